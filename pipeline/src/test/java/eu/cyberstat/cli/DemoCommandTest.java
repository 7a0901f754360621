package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.pipeline.spark.TestSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, end to end on the shipped samples: what a new user sees first. */
class DemoCommandTest {

    @TempDir
    Path dir;

    /** The demo reuses the JVM's Spark session: start it here, not inside a temporary folder. */
    @BeforeAll
    static void sharedSpark() {
        TestSpark.session();
    }

    @Test
    void loadsEverySampleRunsTheYearAndRunsAgainIdentically() throws IOException {
        String[] demo = {"demo", "--warehouse", dir.resolve("warehouse").toString(), "--out", dir.resolve("out").toString()};
        Cli first = Cli.run(demo);
        assertThat(first.status()).as(first.out() + first.err()).isEqualTo(ExitCode.OK);
        assertThat(first.out()).contains("bad/bad-values.csv").contains("rejected")
                .contains("alerts/nl-meldpunt-2022-2024.jsonl").containsPattern("Run R2022-[0-9a-f]{12}: reference year 2022");
        Path out = dir.resolve("out");
        for (String file : new String[] {"metrics-2022.csv", "alerts-2022.csv", "sdmx-2022.csv", "key-findings-2022.json",
                "report-2022-en.pdf", "report-2022-fr.pdf", "report-2022-de.pdf", "report-2022-en.xlsx",
                "report-2022-fr.xlsx", "report-2022-de.xlsx", "manifest.json",
                "feedback/DE-2022.pdf", "feedback/FR-2022.pdf"}) {
            assertThat(out.resolve(file)).as(file).isNotEmptyFile();
        }
        Map<String, String> before = digests(out);
        Path tables = dir.resolve("warehouse/tables");
        long figuresBefore = countFiles(tables.resolve("observations"));
        long alertsBefore = countFiles(tables.resolve("alerts"));

        Cli second = Cli.run(demo);
        assertThat(second.status()).as(second.err()).isEqualTo(ExitCode.OK);
        assertThat(second.out()).doesNotContain(" accepted ").doesNotContain("ingested");
        assertThat(countFiles(tables.resolve("observations"))).as("no figures written again").isEqualTo(figuresBefore);
        assertThat(countFiles(tables.resolve("alerts"))).as("no alerts written again").isEqualTo(alertsBefore);
        Map<String, String> after = digests(out);
        before.remove("manifest.json");
        after.remove("manifest.json");   // start and end times differ, nothing else
        assertThat(after).isEqualTo(before);
    }

    private static Map<String, String> digests(Path out) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                digests.put(out.relativize(f).toString(), DigestUtils.sha256Hex(Files.readAllBytes(f)));
            }
        }
        return digests;
    }

    private static long countFiles(Path warehouse) throws IOException {
        try (Stream<Path> files = Files.walk(warehouse)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
