package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.ingest.store.Submission;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.pipeline.storage.Warehouse;
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

        Warehouse warehouse = Warehouse.open(warehouseDir);
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
        Warehouse warehouse = Warehouse.open(warehouseDir);
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
        assertThat(Warehouse.open(warehouseDir).submissions().history()).isEmpty();
    }

    @Test
    void aMissingFileIsAClearUsageError() {
        Cli missing = Cli.run("submit", dir.resolve("nope.csv").toString(), "--warehouse", dir.resolve("w").toString());
        assertThat(missing.status()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(missing.err()).contains("nope.csv").doesNotContain("Exception");
    }
}
