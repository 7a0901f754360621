package eu.cyberstat.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.cyberstat.figure.Observation;
import eu.cyberstat.figure.SubmissionNote;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.run.RunTestSupport;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.problem.Audience;
import eu.cyberstat.problem.Checks;
import eu.cyberstat.problem.Issue;
import eu.cyberstat.problem.Phrase;
import eu.cyberstat.problem.ValidationReport;
import eu.cyberstat.reference.Language;
import eu.cyberstat.reports.model.SubmissionCheck;
import eu.cyberstat.app.Application;
import eu.cyberstat.app.Receipt;
import eu.cyberstat.app.SubmitFile;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.warehousing.RejectedUpload;
import eu.cyberstat.reports.model.SubmissionInForce;
import eu.cyberstat.warehousing.Submission;
import eu.cyberstat.warehousing.Warehouse;
import java.math.BigDecimal;
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

    @Test
    void theNoteGivenWithARevisionIsAmongItsNotesBeforeThoseOfItsFigures() throws Exception {
        Warehouse warehouse = Warehouse.openOrCreate(dir.resolve("wh"));
        RunTestSupport.submit(spark, warehouse, "fr-2021-2022.csv", List.of(fr(2021, "CYB", 110, ""),
                fr(2022, "CYB", 120, "")));
        Thread.sleep(5);
        Submission revision = RunTestSupport.submit(spark, warehouse, "fr-2022-revision.csv", List.of(
                fr(2022, "CYB", 125, "Provisional")), "2022 revised: late returns from two regions");
        assertThat(warehouse.submissions().history().get(1).note())
                .as("kept in the commit").isEqualTo("2022 revised: late returns from two regions");

        SubmissionInForce revised = ReportStep.inForce(warehouse.submissions(), null).get(1);
        assertThat(revised.id()).isEqualTo(revision.id());
        assertThat(revised.notes()).containsExactly(
                new SubmissionNote("FR", "2022 revised: late returns from two regions", List.of(2022), 1),
                new SubmissionNote("FR", "Provisional", List.of(2022), 1));
        assertThat(ReportStep.inForce(warehouse.submissions(), null).get(0).notes()).isEmpty();
    }

    @Test
    void everyIssueOfASubmissionBecomesACheckOnItsFeedbackSheetWithItsWords() {
        Issue jump = Checks.W_YOY_JUMP.at(14, "value", "value", 400L, "change",
                Phrase.of("change.times", "ratio", new BigDecimal("4.0")), "previousYear", 2021, "previous", 100L,
                "source", Phrase.of("source.warehouse"));
        Issue offence = Checks.E_UNKNOWN_OFFENCE.at(7, "offence", "value", "X", "hint", "");
        Issue legacy = Issue.warning(0, "", "W_AFTER_ZERO", "=1+1");
        ValidationReport report = ValidationReport.fromJson(ValidationReport.of("be_2022.csv", "cyberstat-csv", "UTF-8",
                120, List.of(jump, offence, legacy)).toJson());
        List<SubmissionCheck> checks = ReportStep.checks("BE", "sub-1", report);
        assertThat(checks).containsExactly(
                new SubmissionCheck("BE", "sub-1", "be_2022.csv", "ERROR", 7, "offence", "E_UNKNOWN_OFFENCE",
                        offence.message(), offence.phrase()),
                new SubmissionCheck("BE", "sub-1", "be_2022.csv", "WARNING", 14, "value", "W_YOY_JUMP",
                        jump.message(), jump.phrase()),
                new SubmissionCheck("BE", "sub-1", "be_2022.csv", "WARNING", 0, "", "W_AFTER_ZERO", "=1+1", null));
        assertThat(checks.get(1).phrase().in(Language.FR, Audience.NATIONAL_CONTACT))
                .startsWith("La valeur 400 représente 4,0 fois le chiffre de 2021, 100 (d’après votre transmission précédente).");
    }

    @Test
    void templatesResolveAgainstTheInstallationUnlessAbsolute() {
        String home = System.getProperty("cyberstat.home");
        try {
            System.setProperty("cyberstat.home", "/opt/cyberstat");
            assertThat(ReportStep.templatesDir(Settings.defaults())).isEqualTo(Path.of("/opt/cyberstat/templates/report"));
            assertThat(ReportStep.templatesDir(Settings.defaults().with(ReportStep.TEMPLATES_DIR, "/srv/t")))
                    .isEqualTo(Path.of("/srv/t"));
        } finally {
            if (home == null) {
                System.clearProperty("cyberstat.home");
            } else {
                System.setProperty("cyberstat.home", home);
            }
        }
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
        Application app = Application.start(Settings.defaults().with(Settings.WAREHOUSE_DIR, dir.resolve("wh")), "test");
        SubmitFile intake = new SubmitFile(app);
        String header = "country,year,offence,indicator,value,flags,note\n";
        Path undeclared = java.nio.file.Files.writeString(dir.resolve("at-bad.csv"), header + "AT,2021,CYB,RECORDED,-4,,\n");
        Path declared = java.nio.file.Files.writeString(dir.resolve("fr-bad.csv"), header + "FR,2021,CYB,RECORDED,n/a,,\n");
        Path anonymous = java.nio.file.Files.writeString(dir.resolve("nothing.csv"), "not,a,known,layout\n1,2,3,4\n");
        assertThat(intake.submit(new SubmitFile.Request(undeclared, ValidationRequest.detect(), false, false)).receipt().status()).isEqualTo(Receipt.REJECTED);
        Thread.sleep(5);
        assertThat(intake.submit(new SubmitFile.Request(declared, ValidationRequest.forCountry("FR"), false, false)).receipt().status()).isEqualTo(Receipt.REJECTED);
        intake.submit(new SubmitFile.Request(anonymous, ValidationRequest.detect(), false, false));

        List<RejectedUpload> open = ReportStep.rejectedSinceLastAccepted(warehouse.submissions(), null);
        assertThat(open).extracting(RejectedUpload::file, RejectedUpload::countries).containsExactly(
                tuple("at-bad.csv", List.of("AT")), tuple("fr-bad.csv", List.of("FR")));
        assertThat(open.get(0).report().errors()).extracting(eu.cyberstat.problem.Issue::code)
                .containsExactly("E_NEGATIVE");
        assertThat(ReportStep.checks("AT", open.get(0).id(), open.get(0).report()))
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
