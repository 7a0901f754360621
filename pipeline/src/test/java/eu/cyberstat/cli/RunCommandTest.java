package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.ingest.Observation;
import eu.cyberstat.pipeline.run.RunTestSupport;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.pipeline.warehouse.Warehouse;
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
    void aMissingWarehouseIsNamed() {
        Cli cli = Cli.run("run", "--year", "2022", "--warehouse", dir.resolve("nowhere").toString());
        assertThat(cli.status()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(cli.err()).contains("nowhere").contains("does not exist");
    }

    @Test
    void aBadAsOfIsAUsageError() {
        Cli cli = Cli.run("run", "--year", "2022", "--as-of", "last tuesday", "--warehouse", dir.toString());
        assertThat(cli.status()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(cli.err()).contains("--as-of 'last tuesday'");
    }

    @Test
    void runsWithTheWindowOfTheConfigurationFile() throws Exception {
        Warehouse warehouse = Warehouse.open(dir.resolve("warehouse"));
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
        assertThat(TestSpark.session().sparkContext().isStopped()).as("the shared session is left running").isFalse();
    }
}
