package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.pipeline.run.RunTestSupport;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.warehousing.Submission;
import eu.cyberstat.warehousing.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run history end to end through the command line: a run is recorded with its inputs and
 * outputs, a backfill leaves out years without figures and years whose inputs did not change, a
 * published run's files stay byte for byte when a later run of its year writes into the same
 * output folder, and the later run lists the figure it changes.
 */
class RunsCommandTest {

    @TempDir
    Path dir;

    private static List<Observation> figures(long at2022) {
        List<Observation> rows = new ArrayList<>();
        for (int year = 2015; year <= 2022; year++) {
            rows.add(new Observation("AT", year, "CYB", "RECORDED", year == 2022 ? at2022 : 1000L + 100L * (year - 2015), "", ""));
            rows.add(new Observation("BE", year, "CYB", "RECORDED", 2000L + 50L * (year - 2015), "", ""));
        }
        return rows;
    }

    private String[] args(String... command) throws IOException {
        Path config = dir.resolve("cyberstat.properties");
        if (!Files.exists(config)) {
            Files.writeString(config, "metrics.window.years = 5\n");
        }
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of("--warehouse", dir.resolve("warehouse").toString(), "--config", config.toString()));
        return all.toArray(String[]::new);
    }

    private static Map<String, String> checksums(Path folder) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("run.log"))
                    .toList()) {
                sums.put(folder.relativize(f).toString(), DigestUtils.sha256Hex(Files.readAllBytes(f)));
            }
        }
        return sums;
    }

    @Test
    void runsAreRecordedBackfilledPublishedAndCompared() throws Exception {
        Warehouse warehouse = Warehouse.openOrCreate(dir.resolve("warehouse"));
        Submission first = RunTestSupport.submit(TestSpark.session(), warehouse, "two-countries.csv", figures(1700));
        Path out = dir.resolve("out");

        Cli run = Cli.run(args("run", "--year", "2022", "--out", out.toString()));
        assertThat(run.status()).as(run.err()).isEqualTo(ExitCode.OK);

        Cli list = Cli.run(args("runs", "--json"));
        assertThat(list.status()).as(list.err()).isEqualTo(ExitCode.OK);
        JsonNode runs = new ObjectMapper().readTree(list.out());
        assertThat(runs).hasSize(1);
        JsonNode r1 = runs.get(0);
        assertThat(r1.get("id").asLong()).isEqualTo(1);
        assertThat(r1.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(r1.get("trigger").asText()).isEqualTo("COMMAND");
        assertThat(r1.get("requestedBy").asText()).isEqualTo(System.getProperty("user.name"));
        assertThat(r1.get("referenceYear").asInt()).isEqualTo(2022);
        assertThat(r1.get("inputs").get(0).get("submissionId").asText()).isEqualTo(first.id());
        assertThat(r1.get("inputs").get(0).get("sha256").asText()).isEqualTo(first.sha256());
        assertThat(r1.get("stages").findValuesAsText("stage")).contains("snapshot", "metrics", "report");
        Path kept1 = dir.resolve("warehouse/_history/runs/1");
        for (JsonNode f : r1.get("outputs")) {
            Path written = out.resolve(f.get("name").asText());
            assertThat(DigestUtils.sha256Hex(Files.readAllBytes(written))).as(f.toString()).isEqualTo(f.get("sha256").asText());
            assertThat(Files.readAllBytes(kept1.resolve(f.get("name").asText()))).isEqualTo(Files.readAllBytes(written));
        }
        assertThat(kept1.resolve("manifest.json")).hasSameBinaryContentAs(out.resolve("manifest.json"));
        try (Stream<Path> inRuns = Files.list(kept1.getParent())) {
            assertThat(inRuns.map(f -> f.getFileName().toString())).as("copied whole, nothing left beside")
                    .containsExactlyInAnyOrder("1", "1.log");
        }
        assertThat(Files.readString(dir.resolve("warehouse/_history/runs/1.log"))).contains("stage metrics").contains("succeeded: R2022-");

        Cli table = Cli.run(args("runs", "--year", "2022"));
        assertThat(table.out()).containsPattern("\\s+1\\s+2022\\s+succeeded\\s+command\\s+.*R2022-[0-9a-f]{12}");
        assertThat(Cli.run(args("runs", "--year", "2021")).out()).contains("No runs of 2021");

        // 2023 has no figures; 2022 read the same inputs in run 1; only 2021 runs.
        Cli backfill = Cli.run(args("runs", "backfill", "--from", "2021", "--to", "2023"));
        assertThat(backfill.status()).as(backfill.err() + backfill.out()).isEqualTo(ExitCode.OK);
        assertThat(backfill.out()).contains("2023: left out, no national figures for 2023")
                .contains("2022: left out, inputs unchanged since run 1")
                .contains("2021: queued as run 2")
                .containsPattern("run 2 \\(2021\\): succeeded R2021-");

        Map<String, String> before = checksums(kept1);
        Cli publish = Cli.run(args("runs", "publish", "1"));
        assertThat(publish.status()).as(publish.err()).isEqualTo(ExitCode.OK);
        assertThat(publish.out()).contains("Run 1 (R2022-").contains("is the published report of 2022");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept1.resolve("metrics-2022.csv"))))
                .isEqualTo("r--r--r--");
        assertThat(Cli.run(args("runs", "publish", "1")).err()).contains("already the published report of 2022");

        // A revision of AT 2022, then a provisional run into the same output folder.
        RunTestSupport.submit(TestSpark.session(), warehouse, "at-revised.csv",
                List.of(new Observation("AT", 2022, "CYB", "RECORDED", 1750L, "", "")));
        Cli again = Cli.run(args("run", "--year", "2022", "--out", out.toString()));
        assertThat(again.status()).as(again.err()).isEqualTo(ExitCode.OK);
        assertThat(checksums(kept1)).as("the published run's files, byte for byte").isEqualTo(before);
        assertThat(Files.readAllLines(out.resolve("metrics-2022.csv"))).anyMatch(l -> l.startsWith("AT,CYB,,RECORDED,2022,1750,"));

        Cli show = Cli.run(args("runs", "show", "3"));
        assertThat(show.status()).as(show.err()).isEqualTo(ExitCode.OK);
        assertThat(show.out()).contains("W_PUBLISHED_KEPT Run 1 is the published report of 2022")
                .contains("Against the published run 1, this run changes")
                .contains("AT CYB  RECORDED 2022 value: 1700 -> 1750")
                .contains("EU27_2020 CYB  RECORDED 2022 value: 4050 -> 4100")
                .contains("Outputs, kept in " + dir.resolve("warehouse/_history/runs/3").toAbsolutePath())
                .contains("Log: " + dir.resolve("warehouse/_history/runs/3.log").toAbsolutePath());
        assertThat(Cli.run(args("runs")).out()).containsPattern("\\s+1\\s+2022\\s+succeeded.*PUBLISHED");

        // The backfill now compares with run 3, the last successful run of 2022.
        assertThat(Cli.run(args("runs", "backfill", "--from", "2022", "--to", "2022")).out())
                .contains("2022: left out, inputs unchanged since run 3");

        // A run that fails for bad data is recorded, not tried again, and cannot be published.
        Cli missing = Cli.run(args("run", "--year", "2030", "--out", dir.resolve("out2030").toString()));
        assertThat(missing.status()).isEqualTo(ExitCode.REJECTED);
        assertThat(missing.err()).contains("no national figures for 2030");
        Cli failed = Cli.run(args("runs", "show", "4"));
        assertThat(failed.out()).contains("Run 4: reference year 2030 (warehouse's latest state), failed (bad data)")
                .contains("no national figures for 2030");
        assertThat(Cli.run(args("runs", "--json")).out()).doesNotContain("\"RETRY\"");
        Cli refused = Cli.run(args("runs", "publish", "4"));
        assertThat(refused.status()).isEqualTo(ExitCode.REJECTED);
        assertThat(refused.err()).contains("Run 4 failed; only a successful run can be published.");
        assertThat(Cli.run(args("runs", "show", "99")).err()).contains("There is no run 99");
        System.out.println("DEBUG " + Cli.run(args("runs")).out() + Cli.run(args("runs", "show", "1")).out() + Cli.run(args("runs", "show", "3")).out());
    }

    @Test
    void withoutAWarehouseTheHistoryIsNotCreated() {
        Cli cli = Cli.run("runs", "--warehouse", dir.resolve("nowhere").toString());
        assertThat(cli.status()).isEqualTo(ExitCode.REJECTED);
        assertThat(cli.err()).contains("There is no warehouse at");
        assertThat(dir.resolve("nowhere")).doesNotExist();
    }
}
