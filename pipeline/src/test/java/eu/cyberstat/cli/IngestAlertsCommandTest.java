package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.pipeline.spark.TestSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestAlertsCommandTest {

    private static final Path PROJECT = Path.of(System.getProperty("cyberstat.project.dir", ".."));
    private static final String SAMPLE = PROJECT.resolve("data-samples/alerts/de-meldestelle-2022-2024.csv.gz").toString();
    private static final String PROFILE = PROJECT.resolve("templates/profiles/alerts-de-meldestelle.yaml").toString();

    @TempDir
    Path dir;

    /** The command reuses the JVM's Spark session: start it here, not inside a temporary folder. */
    @BeforeAll
    static void sharedSpark() {
        TestSpark.session();
    }

    private Path config(String extra) throws IOException {
        Path config = dir.resolve("cyberstat.properties");
        Files.writeString(config, "warehouse.dir=" + dir.resolve("wh") + "\nwork.dir=" + dir.resolve("work") + "\n" + extra);
        return config;
    }

    @Test
    void refusesToRunWithoutAKey() throws IOException {
        Cli cli = Cli.run("ingest-alerts", SAMPLE, "--platform", "DE-MELDESTELLE", "--profile", PROFILE,
                "--config", config("").toString());
        if (System.getenv("CYBERSTAT_ALERTS_HMAC_KEY") == null) {
            assertThat(cli.status()).isEqualTo(ExitCode.USAGE_OR_IO);
            assertThat(cli.err()).contains("alerts.hmac.key").contains("CYBERSTAT_ALERTS_HMAC_KEY").doesNotContain("Exception");
        }
        Cli shortKey = Cli.run("ingest-alerts", SAMPLE, "--platform", "DE-MELDESTELLE", "--profile", PROFILE,
                "--config", config("alerts.hmac.key=short\n").toString());
        assertThat(shortKey.status()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(shortKey.err()).contains("at least 32 characters").doesNotContain("short\n");
    }

    @Test
    void printsTheReceiptAndKeepsAWarehouseKeyPrivate() throws IOException {
        Cli cli = Cli.run("ingest-alerts", SAMPLE, "--platform", "DE-MELDESTELLE", "--profile", PROFILE,
                "--config", config("").toString(), "--warehouse-key");
        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("rows read    1,200").contains("quarantined").contains("duplicates")
                .contains("months       2022-01 .. 2024-12 (36 months)").contains("rows/s");
        Path key = dir.resolve("wh/_private/alerts-hmac.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent()))).isEqualTo("rwx------");
        assertThat(cli.out() + cli.err()).doesNotContain(Files.readString(key).strip());

        Cli otherKey = Cli.run("ingest-alerts", SAMPLE, "--platform", "DE-MELDESTELLE", "--profile", PROFILE,
                "--config", config("alerts.hmac.key=" + "x".repeat(40) + "\n").toString());
        assertThat(otherKey.status()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(otherKey.err()).contains("differs from the one this warehouse's alerts were hashed with");
    }

    @Test
    void badInputIsASentenceNotAStackTrace() throws IOException {
        Cli missing = Cli.run("ingest-alerts", dir.resolve("nope.csv").toString(), "--platform", "DE-MELDESTELLE",
                "--profile", PROFILE, "--config", config("").toString(), "--warehouse-key");
        assertThat(missing.status()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(missing.err()).contains("nope.csv does not exist").doesNotContain("Exception");

        Path wrongHeader = dir.resolve("wrong.csv");
        Files.writeString(wrongHeader, "id;date;category\n1;2024-01-01;x\n");
        Cli header = Cli.run("ingest-alerts", wrongHeader.toString(), "--platform", "DE-MELDESTELLE", "--profile", PROFILE,
                "--config", config("").toString(), "--warehouse-key");
        assertThat(header.status()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(header.err()).contains("wrong.csv").contains("column 'meldung_id'").contains("not in its header line");

        Cli otherPlatform = Cli.run("ingest-alerts", SAMPLE, "--platform", "FR-PHAROS", "--profile", PROFILE,
                "--config", config("").toString(), "--warehouse-key");
        assertThat(otherPlatform.status()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(otherPlatform.err()).contains("is for platform DE-MELDESTELLE, not FR-PHAROS");
    }
}
