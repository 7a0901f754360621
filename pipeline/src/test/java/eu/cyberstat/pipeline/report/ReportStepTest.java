package eu.cyberstat.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.cyberstat.ingest.Observation;
import eu.cyberstat.ingest.store.RejectedUpload;
import eu.cyberstat.ingest.store.Submission;
import eu.cyberstat.ingest.store.SubmissionNote;
import eu.cyberstat.pipeline.run.RunTestSupport;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.ingest.validation.ValidationSettings;
import eu.cyberstat.pipeline.storage.Receipt;
import eu.cyberstat.pipeline.storage.SubmissionIntake;
import eu.cyberstat.pipeline.storage.Warehouse;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.reports.model.SubmissionInForce;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the report is told of the submissions in force: the years each gives, which it revised, its notes. */
class ReportStepTest {

    private final SparkSession spark = TestSpark.session();

    @TempDir
    Path dir;

    private static Observation fr(int year, String offence, long value, String note) {
        return new Observation("FR", year, offence, "RECORDED", value, "", note);
    }

    @Test
    void aRevisionTakesTheYearsItReplacesWithItsNotes() throws Exception {
        Warehouse warehouse = Warehouse.openOrCreate(dir.resolve("wh"));
        Submission first = RunTestSupport.submit(spark, warehouse, "fr-2020-2022.csv", List.of(
                fr(2020, "CYB", 100, ""), fr(2021, "CYB", 110, "Provisional"), fr(2022, "CYB", 120, "Provisional"),
                fr(2022, "CIA", 30, "Provisional")));
        Thread.sleep(5);
        Submission revision = RunTestSupport.submit(spark, warehouse, "fr-2021-2022-revision.csv", List.of(
                fr(2021, "CYB", 112, "Révision : chiffres définitifs"), fr(2022, "CYB", 125, "Révision : chiffres définitifs"),
                fr(2022, "CIA", 31, "\u001B[2J=cmd")));

        List<SubmissionInForce> now = ReportStep.inForce(warehouse.submissions(), null);
        assertThat(now).hasSize(2);
        SubmissionInForce original = now.get(0);
        assertThat(original.id()).isEqualTo(first.id());
        assertThat(original.years()).containsExactly(2020);
        assertThat(original.figures()).isEqualTo(1);
        assertThat(original.isRevision()).isFalse();
        // The provisional notes went with the figures the revision replaced.
        assertThat(original.notes()).isEmpty();
        SubmissionInForce revised = now.get(1);
        assertThat(revised.id()).isEqualTo(revision.id());
        assertThat(revised.file()).isEqualTo("fr-2021-2022-revision.csv");
        assertThat(revised.years()).containsExactly(2021, 2022);
        assertThat(revised.revisedYears()).containsExactly(2021, 2022);
        assertThat(revised.figures()).isEqualTo(3);
        assertThat(revised.notes()).containsExactly(
                new SubmissionNote("FR", "Révision : chiffres définitifs", List.of(2021, 2022), 2),
                new SubmissionNote("FR", "\u001B[2J=cmd", List.of(2022), 1));
        assertThat(revised.notes().get(1).shown()).isEqualTo("\\u001B[2J=cmd");

        // As of before the revision: the first file gives every year and carries its notes.
        List<SubmissionInForce> before = ReportStep.inForce(warehouse.submissions(), first.committedAt());
        assertThat(before).singleElement().satisfies(s -> {
            assertThat(s.years()).containsExactly(2020, 2021, 2022);
            assertThat(s.revisedYears()).isEmpty();
            assertThat(s.notes()).containsExactly(new SubmissionNote("FR", "Provisional", List.of(2021, 2022), 3));
        });
    }

    /**
     * A rejected upload is for the country it was declared for, else those its rows name, and
     * reaches that country's feedback sheet, with its issues, until an accepted delivery of the
     * country follows it; one whose country is unknown reaches no sheet.
     */
    @Test
    void aRejectedUploadReachesItsCountrysSheetUntilAnAcceptedOneFollows() throws Exception {
        Warehouse warehouse = Warehouse.openOrCreate(dir.resolve("wh"));
        RunTestSupport.submit(spark, warehouse, "at-2022.csv", List.of(new Observation("AT", 2022, "CYB", "RECORDED", 100L,
                "", "")));
        Thread.sleep(5);
        SubmissionIntake intake = new SubmissionIntake(warehouse, ReferenceData.shipped(), ValidationSettings.defaults(),
                () -> spark);
        String header = "country,year,offence,indicator,value,flags,note\n";
        Path undeclared = java.nio.file.Files.writeString(dir.resolve("at-bad.csv"), header + "AT,2021,CYB,RECORDED,-4,,\n");
        Path declared = java.nio.file.Files.writeString(dir.resolve("fr-bad.csv"), header + "FR,2021,CYB,RECORDED,n/a,,\n");
        Path anonymous = java.nio.file.Files.writeString(dir.resolve("nothing.csv"), "not,a,known,layout\n1,2,3,4\n");
        assertThat(intake.submit(undeclared, ValidationRequest.detect()).receipt().status()).isEqualTo(Receipt.REJECTED);
        Thread.sleep(5);
        assertThat(intake.submit(declared, ValidationRequest.forCountry("FR")).receipt().status()).isEqualTo(Receipt.REJECTED);
        intake.submit(anonymous, ValidationRequest.detect());

        List<RejectedUpload> open = ReportStep.rejectedSinceLastAccepted(warehouse.submissions(), null);
        assertThat(open).extracting(RejectedUpload::file, RejectedUpload::countries).containsExactly(
                tuple("at-bad.csv", List.of("AT")), tuple("fr-bad.csv", List.of("FR")));
        assertThat(open.get(0).report().errors()).extracting(eu.cyberstat.ingest.validation.Issue::code)
                .containsExactly("E_NEGATIVE");
        assertThat(ReportStage.checks("AT", open.get(0).id(), open.get(0).report()))
                .extracting(c -> c.geo() + " " + c.code() + " " + c.file()).containsExactly("AT E_NEGATIVE at-bad.csv");
        // As of before the rejections: none; once Austria delivers again: only France's is open.
        assertThat(ReportStep.rejectedSinceLastAccepted(warehouse.submissions(), open.get(0).receivedAt().minusMillis(1)))
                .isEmpty();
        Thread.sleep(5);
        RunTestSupport.submit(spark, warehouse, "at-2021.csv", List.of(new Observation("AT", 2021, "CYB", "RECORDED", 90L,
                "", "")));
        assertThat(ReportStep.rejectedSinceLastAccepted(warehouse.submissions(), null)).extracting(RejectedUpload::file)
                .containsExactly("fr-bad.csv");
    }
}
