package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.figure.Observation;
import eu.cyberstat.pipeline.run.RunTestSupport;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.warehousing.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void baseYearOutsideTheWindowIsAUsageError() {
        Cli cli = Cli.run("run", "--year", "2022", "--base-year", "2005", "--warehouse", dir.toString());
        assertThat(cli.status()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(cli.err()).contains("Base year 2005 is outside the window 2013–2022").doesNotContain("Exception");
    }

    @Test
    void aMissingWarehouseIsNamedAndNotCreated() {
        Cli cli = Cli.run("run", "--year", "2022", "--warehouse", dir.resolve("nowhere").toString());
        assertThat(cli.status()).isEqualTo(ExitCode.REJECTED);
        assertThat(cli.err()).contains("There is no warehouse at " + dir.resolve("nowhere")).doesNotContain("Exception");
        assertThat(dir.resolve("nowhere")).doesNotExist();
    }

    @Test
    void aBadAsOfIsAUsageError() {
        Cli cli = Cli.run("run", "--year", "2022", "--as-of", "last tuesday", "--warehouse", dir.toString());
        assertThat(cli.status()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(cli.err()).contains("--as-of 'last tuesday'");
    }

    @Test
    void runsWithTheWindowOfTheConfigurationFile() throws Exception {
        Warehouse warehouse = Warehouse.openOrCreate(dir.resolve("warehouse"));
        List<Observation> rows = new ArrayList<>();
        for (int year = 2015; year <= 2022; year++) {
            rows.add(new Observation("AT", year, "CYB", "RECORDED", 1000L + 100L * (year - 2015), "", ""));
            rows.add(new Observation("BE", year, "CYB", "RECORDED", 2000L + 50L * (year - 2015), "", ""));
        }
        RunTestSupport.submit(TestSpark.session(), warehouse, "two-countries.csv", rows);
        Path config = dir.resolve("cyberstat.properties");
        Files.writeString(config, "metrics.window.years = 5\n");

        Cli cli = Cli.run("run", "--year", "2022", "--warehouse", dir.resolve("warehouse").toString(),
                "--out", dir.resolve("out").toString(), "--config", config.toString());

        assertThat(cli.status()).as(cli.err()).isEqualTo(ExitCode.OK);
        assertThat(cli.out()).containsPattern("Run R2022-[0-9a-f]{12}: reference year 2022, 2018–2022 \\(index 2018 = 100\\)");
        List<String> lines = Files.readAllLines(dir.resolve("out/metrics-2022.csv"));
        assertThat(lines).hasSize(1 + 3 * 5);   // EU27_2020, AT, BE × 2018–2022
        assertThat(lines.get(1)).startsWith("EU27_2020,CYB,,RECORDED,2018,");
        assertThat(dir.resolve("out/manifest.json")).isRegularFile();
        try (var outputs = Files.walk(dir.resolve("out"))) {
            List<Path> files = outputs.filter(Files::isRegularFile).toList();
            assertThat(files).extracting(f -> f.getFileName().toString())
                    .contains("metrics-2022.csv", "report-2022-en.pdf", "report-2022-en.xlsx", "AT-2022.pdf");
            for (Path f : files) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                        .as("mode of " + f.getFileName()).isEqualTo("rw-r--r--");
            }
        }
        assertThat(dir.resolve("out/alerts-2022.csv")).as("no alerts in the warehouse, no alert figures").doesNotExist();
        assertThat(TestSpark.session().sparkContext().isStopped()).as("the shared session is left running").isFalse();
    }

    @Test
    void theRunPublishesTheAlertFiguresOfItsYearAndNamesThemInItsId() throws Exception {
        Path warehouseDir = dir.resolve("warehouse");
        List<Observation> rows = new ArrayList<>();
        for (int year = 2013; year <= 2022; year++) {
            rows.add(new Observation("DE", year, "CYB", "RECORDED", 90_000L + 1000L * (year - 2013), "", ""));
        }
        RunTestSupport.submit(TestSpark.session(), Warehouse.openOrCreate(warehouseDir), "de.csv", rows);
        String[] run = {"run", "--year", "2022", "--warehouse", warehouseDir.toString(), "--out", dir.resolve("before").toString()};
        Cli before = Cli.run(run);
        assertThat(before.status()).as(before.err()).isEqualTo(ExitCode.OK);

        Path project = Path.of(System.getProperty("cyberstat.home"));
        Cli ingest = Cli.run("ingest-alerts", project.resolve("data-samples/alerts/de-meldestelle-2022-2024.csv.gz").toString(),
                "--platform", "DE-MELDESTELLE", "--warehouse", warehouseDir.toString(), "--warehouse-key");
        assertThat(ingest.status()).as(ingest.err()).isEqualTo(ExitCode.OK);
        run[run.length - 1] = dir.resolve("after").toString();
        Cli after = Cli.run(run);
        assertThat(after.status()).as(after.err()).isEqualTo(ExitCode.OK);
        Cli alone = Cli.run("alert-metrics", "--year", "2022", "--warehouse", warehouseDir.toString(),
                "--out", dir.resolve("alone").toString());
        assertThat(alone.status()).as(alone.err()).isEqualTo(ExitCode.OK);

        Path published = dir.resolve("after/alerts-2022.csv");
        assertThat(Files.readAllBytes(published)).isEqualTo(Files.readAllBytes(dir.resolve("alone/alerts-2022.csv")));
        assertThat(Files.readAllLines(published)).anyMatch(l -> l.startsWith("VOLUME,2022,0,DE-MELDESTELLE,,,"));
        assertThat(Files.readString(dir.resolve("after/manifest.json"))).contains("\"alerts-2022.csv\"");
        assertThat(runId(after.out())).as("the alerts ingested are inputs of the run").isNotEqualTo(runId(before.out()));
        assertThat(vintage(after.out())).as("the data are as of their newest input, the alerts").isAfter(vintage(before.out()));

        Cli noAlertsThen = Cli.run("run", "--year", "2020", "--warehouse", warehouseDir.toString(),
                "--out", dir.resolve("2020").toString());
        assertThat(noAlertsThen.status()).as(noAlertsThen.err()).isEqualTo(ExitCode.OK);
        assertThat(dir.resolve("2020/alerts-2020.csv")).as("the samples hold alerts of 2022–2024 only").doesNotExist();
        assertThat(Files.readString(dir.resolve("2020/manifest.json"))).contains("W_ALERTS_NONE");
    }

    private static java.time.Instant vintage(String out) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data as of (\\S+)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return java.time.Instant.parse(m.group(1));
    }

    private static String runId(String out) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Run (R2022-[0-9a-f]{12})").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }

    @Test
    void aYearWithoutFiguresIsSaidBeforeAnythingRuns() throws Exception {
        Path warehouseDir = dir.resolve("warehouse");
        List<Observation> rows = new ArrayList<>();
        for (int year = 2013; year <= 2022; year++) {
            rows.add(new Observation("AT", year, "CYB", "RECORDED", 1000L + year, "", ""));
        }
        rows.add(new Observation("AT", 2024, "CYB", "RECORDED", 7L, "", ""));
        RunTestSupport.submit(TestSpark.session(), Warehouse.openOrCreate(warehouseDir), "at.csv", rows);

        Cli cli = Cli.run("run", "--year", "1999", "--warehouse", warehouseDir.toString(),
                "--out", dir.resolve("out").toString());

        assertThat(cli.status()).isEqualTo(ExitCode.REJECTED);
        assertThat(cli.err()).isEqualTo("cyberstat: The warehouse " + warehouseDir + " holds no national figures for 1999;"
                + " it holds figures for 2013–2022, 2024. Choose one of these years with --year, or submit the figures of"
                + " 1999 first.\n");
        assertThat(dir.resolve("out")).doesNotExist();
        assertThat(Cli.run("run", "--year", "2023", "--warehouse", warehouseDir.toString(),
                "--out", dir.resolve("out").toString()).status()).isEqualTo(ExitCode.REJECTED);
    }
}
