package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberstat.app.Application;
import eu.cyberstat.app.SubmitFile;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.warehousing.CommitLog;
import eu.cyberstat.warehousing.Submission;
import eu.cyberstat.warehousing.Warehouse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** submit → warehouse → read back as of an instant, through the command line. */
class SubmitCommandTest {

    private final SparkSession spark = TestSpark.session();

    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private static String csv(long v2021, long v2022) {
        return "country,year,offence,indicator,value,flags,note\n"
                + "LU,2021,CYB,RECORDED," + v2021 + ",,\n"
                + "LU,2022,CYB,RECORDED," + v2022 + ",p,\n";
    }

    private long value(Warehouse w, Instant asOf, int year) {
        List<Row> rows = w.observations().read(spark, asOf)
                .filter("geo = 'LU' and year = " + year + " and offence = 'CYB'").collectAsList();
        assertThat(rows).hasSize(1);
        return rows.get(0).getLong(rows.get(0).fieldIndex("value"));
    }

    @Test
    void acceptsSupersedesKeepsHistoryAndReadsAsOf() throws Exception {
        Path warehouseDir = dir.resolve("wh");
        Path first = file("lu.csv", csv(100, 120));
        Cli accepted = Cli.run("submit", first.toString(), "--country", "LU", "--warehouse", warehouseDir.toString());
        assertThat(accepted.status()).as(accepted.out() + accepted.err()).isZero();
        assertThat(accepted.out()).contains("Accepted: submission").contains("figures  2");

        Cli again = Cli.run("submit", first.toString(), "--country", "LU", "--warehouse", warehouseDir.toString());
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("Duplicate").contains("nothing was written");

        Warehouse warehouse = Warehouse.openOrCreate(warehouseDir);
        Submission original = warehouse.submissions().history().get(0);
        Thread.sleep(5);
        Path revision = file("lu-revised.csv", "country,year,offence,indicator,value,flags,note\n"
                + "LU,2022,CYB,RECORDED,130,,final figure\n");
        Cli revised = Cli.run("submit", revision.toString(), "--country", "LU", "--warehouse", warehouseDir.toString());
        assertThat(revised.status()).isZero();
        assertThat(revised.out()).contains("supersedes " + original.id() + " for [LU 2022]");

        assertThat(warehouse.submissions().history()).hasSize(2);
        assertThat(value(warehouse, null, 2021)).isEqualTo(100);
        assertThat(value(warehouse, null, 2022)).isEqualTo(130);
        assertThat(value(warehouse, original.committedAt(), 2022)).isEqualTo(120);
        assertThat(Files.readString(warehouse.submissions().rawFileOf(original.id()))).isEqualTo(csv(100, 120));

        // Reloading the first file does not undo the revision.
        Cli reload = Cli.run("submit", first.toString(), "--country", "LU", "--warehouse", warehouseDir.toString());
        assertThat(reload.out()).contains("Duplicate");
        assertThat(value(warehouse, null, 2022)).isEqualTo(130);
    }

    @Test
    void aRejectedFileIsKeptButNothingIsLoaded() throws Exception {
        Path warehouseDir = dir.resolve("wh2");
        Path bad = file("bad.csv", "country,year,offence,indicator,value,flags,note\nLU,2022,CYB,RECORDED,-5,,\n");
        Cli rejected = Cli.run("submit", bad.toString(), "--country", "LU", "--warehouse", warehouseDir.toString());
        assertThat(rejected.status()).isEqualTo(ExitCode.REJECTED);
        assertThat(rejected.out()).contains("line 2, column value").contains("Rejected: nothing was loaded");
        Warehouse warehouse = Warehouse.openOrCreate(warehouseDir);
        assertThat(warehouse.submissions().history()).isEmpty();
        try (var kept = Files.list(warehouseDir.resolve("submissions/rejected"))) {
            Path folder = kept.findFirst().orElseThrow();
            assertThat(Files.readString(folder.resolve("raw/bad.csv"))).contains("-5");
            assertThat(Files.readString(folder.resolve("validation.json"))).contains("\"status\" : \"rejected\"");
        }
    }

    @Test
    void anUploaderCannotSubmitForAnotherCountry() throws Exception {
        Path warehouseDir = dir.resolve("wh3");
        Cli wrong = Cli.run("submit", file("lu.csv", csv(1, 2)).toString(), "--country", "BE",
                "--warehouse", warehouseDir.toString());
        assertThat(wrong.status()).isEqualTo(ExitCode.REJECTED);
        assertThat(Warehouse.openOrCreate(warehouseDir).submissions().history()).isEmpty();
    }

    @Test
    void aMissingFileIsAClearUsageError() {
        Cli missing = Cli.run("submit", dir.resolve("nope.csv").toString(), "--warehouse", dir.resolve("w").toString());
        assertThat(missing.status()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(missing.err()).contains("nope.csv").doesNotContain("Exception");
    }

    private static final String HEADER = "country,year,offence,indicator,value,flags,note\n";

    @Test
    void aCorrectionThatLeavesFiguresOutIsShownAndNeedsReplace() throws Exception {
        Path warehouseDir = dir.resolve("revisions");
        String wh = warehouseDir.toString();
        Path full = file("lu-full.csv", HEADER + "LU,2021,CYB,RECORDED,100,,\nLU,2022,CYB,RECORDED,120,p,\n"
                + "LU,2022,CIA,RECORDED,40,,\nLU,2022,COMP,RECORDED,80,p,\n");
        assertThat(Cli.run("submit", full.toString(), "--country", "LU", "--warehouse", wh).status()).isZero();
        Path correction = file("lu-correction.csv", HEADER + "LU,2022,CYB,RECORDED,130,,\n");

        Cli held = Cli.run("submit", correction.toString(), "--country", "LU", "--warehouse", wh);

        assertThat(held.status()).as(held.err()).isEqualTo(ExitCode.REJECTED);
        assertThat(held.out()).contains("Against the figures in force for LU 2022: 1 changed, 0 added, "
                        + "2 no longer published, 0 unchanged.")
                .contains("  LU 2022 CYB RECORDED                     120 p → 130")
                .contains("No longer published:\n  LU 2022 CIA RECORDED                     40\n"
                        + "  LU 2022 COMP RECORDED                    80 p\n")
                .contains("Not loaded: this file would withdraw 2 figures in force");
        Warehouse warehouse = Warehouse.open(warehouseDir);
        assertThat(warehouse.submissions().history()).hasSize(1);
        assertThat(warehouseDir.resolve("submissions/rejected")).doesNotExist();

        Cli json = Cli.run("submit", correction.toString(), "--country", "LU", "--warehouse", wh, "--json");
        JsonNode revisions = new ObjectMapper().readTree(json.out()).get("revisions");
        assertThat(revisions.get("dropped").asLong()).isEqualTo(2);
        assertThat(revisions.get("changes")).extracting(c -> c.get("kind").asText() + " " + c.get("offence").asText())
                .containsExactly("CHANGED CYB", "DROPPED CIA", "DROPPED COMP");
        assertThat(new ObjectMapper().readTree(json.out()).get("receipt").get("status").asText()).isEqualTo("unconfirmed");

        Cli replaced = Cli.run("submit", correction.toString(), "--country", "LU", "--warehouse", wh, "--replace");
        assertThat(replaced.status()).as(replaced.out() + replaced.err()).isZero();
        assertThat(replaced.out()).contains("2 no longer published").contains("Accepted: submission");
        List<Row> lu2022 = warehouse.observations().read(spark, null).filter("geo = 'LU' and year = 2022").collectAsList();
        assertThat(lu2022).extracting(r -> r.getString(r.fieldIndex("offence")) + "=" + r.getLong(r.fieldIndex("value")))
                .containsExactly("CYB=130");
        assertThat(value(warehouse, null, 2021)).as("another country-year is not touched").isEqualTo(100);
    }

    @Test
    void aFileThatDropsNothingIsLoadedWithItsCounts() throws Exception {
        Path warehouseDir = dir.resolve("counts");
        Cli first = Cli.run("submit", file("a.csv", csv(100, 120)).toString(), "--warehouse", warehouseDir.toString());
        assertThat(first.out()).contains("Against the figures in force for LU 2021–2022: 0 changed, 2 added, "
                + "0 no longer published, 0 unchanged.");
        Cli second = Cli.run("submit", file("b.csv", csv(100, 125)).toString(), "--warehouse", warehouseDir.toString());
        assertThat(second.status()).isZero();
        assertThat(second.out()).contains("1 changed, 0 added, 0 no longer published, 1 unchanged.")
                .contains("Changed:\n  LU 2022 CYB RECORDED                     120 p → 125 p\n");
    }

    @Test
    void aRejectedFileIsKeptOncePerContent() throws Exception {
        Path warehouseDir = dir.resolve("rejected-once");
        Path bad = file("bad.csv", HEADER + "LU,2022,CYB,RECORDED,-5,,\n");
        Cli first = Cli.run("submit", bad.toString(), "--warehouse", warehouseDir.toString());
        Cli second = Cli.run("submit", bad.toString(), "--warehouse", warehouseDir.toString());
        assertThat(second.status()).isEqualTo(ExitCode.REJECTED);
        try (var kept = Files.list(warehouseDir.resolve("submissions/rejected"))) {
            List<Path> folders = kept.toList();
            assertThat(folders).hasSize(1);
            assertThat(first.out()).contains("kept as " + folders.get(0).getFileName());
            assertThat(second.out()).contains("kept as " + folders.get(0).getFileName());
        }
    }

    @Test
    void aSubmissionReadsTheLogOnce() throws Exception {
        Warehouse warehouse = Warehouse.openOrCreate(dir.resolve("reads"));
        for (int year = 2019; year <= 2021; year++) {
            Path f = file("lu" + year + ".csv", HEADER + "LU," + year + ",CYB,RECORDED,5,,\n");
            assertThat(Cli.run("submit", f.toString(), "--warehouse", warehouse.root().toString()).status()).isZero();
        }
        long before = CommitLog.fullReadsOf(warehouse.submissions().log().dir());

        SubmitFile.Outcome outcome;
        try (Application app = Application.start(Settings.defaults().with(Settings.WAREHOUSE_DIR, warehouse.root()),
                "test")) {
            outcome = new SubmitFile(app).submit(new SubmitFile.Request(file("lu2022.csv",
                    HEADER + "LU,2022,CYB,RECORDED,6,,\nLU,2021,CYB,RECORDED,5,,\n"), ValidationRequest.detect(), false,
                    false));
        }

        assertThat(outcome.receipt().status()).isEqualTo("accepted");
        assertThat(outcome.revisions().unchanged()).isEqualTo(1);
        assertThat(outcome.receipt().supersedes()).hasSize(1);
        assertThat(CommitLog.fullReadsOf(warehouse.submissions().log().dir()) - before).isEqualTo(1);
    }

    @Test
    void anUnknownCountryIsRefusedWithTheNearestCode() throws Exception {
        Path lu = file("lu.csv", csv(1, 2));
        Cli xx = Cli.run("submit", lu.toString(), "--country", "XX", "--warehouse", dir.resolve("xx").toString());
        assertThat(xx.status()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(xx.err()).contains("'XX' is not the Eurostat geo code of a reporting country: did you mean XK (Kosovo*)?")
                .doesNotContain("Usage:", "Exception");
        assertThat(dir.resolve("xx")).doesNotExist();
        assertThat(Cli.run("submissions", "--country", "GR").err()).contains("did you mean EL (Greece)?");
        assertThat(Cli.run("validate", lu.toString(), "--country", "Luxemburg").err()).contains("did you mean LU (Luxembourg)?");
        assertThat(Cli.run("validate", lu.toString(), "--country", "DW").err())
                .contains("did you mean DK (Denmark) or DE (Germany)?");
        assertThat(Cli.run("validate", lu.toString(), "--country", "QQ").err())
                .contains("The reporting countries are BE BG CZ");
        assertThat(Cli.run("validate", lu.toString(), "--country", "EU27_2020").err())
                .contains("cyberstat computes the EU aggregate itself");
        assertThat(Cli.run("validate", lu.toString(), "--country", "lu").status()).isZero();
    }
}
