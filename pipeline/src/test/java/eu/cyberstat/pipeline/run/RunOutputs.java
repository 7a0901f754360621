package eu.cyberstat.pipeline.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Two runs of the same inputs compared as their reader gets them: the same files, every one byte
 * for byte, and the same manifest but for what differs between two runs (when and where each ran,
 * and the id and time of its own commit to the metrics table). For the tests that run one year
 * two ways (a standalone cluster, a warehouse on HDFS) against local mode on a local warehouse.
 */
public final class RunOutputs {

    /** Manifest fields that differ between two runs of the same inputs (RunManifest), and where the run ran. */
    public static final List<String> RUN_SPECIFIC = List.of("startedAt", "finishedAt", "timings", "sparkMaster");

    private RunOutputs() {
    }

    /** Asserts that the run in {@code other} published what the run in {@code expected} did. */
    public static void assertSame(Path expected, Path other) throws IOException {
        Map<String, Path> expectedFiles = files(expected);
        Map<String, Path> otherFiles = files(other);
        assertThat(otherFiles.keySet()).as("files of the run in " + other).isEqualTo(expectedFiles.keySet())
                .contains("metrics-2022.csv", "alerts-2022.csv", "sdmx-2022.csv", "key-findings-2022.json",
                        "report-2022-en.pdf", "report-2022-fr.pdf", "report-2022-de.pdf", "report-2022-en.xlsx",
                        "report-2022-fr.xlsx", "report-2022-de.xlsx", "feedback/FR-2022.pdf", "manifest.json");
        for (String name : expectedFiles.keySet()) {
            if (!name.equals("manifest.json")) {
                assertThat(Files.mismatch(expectedFiles.get(name), otherFiles.get(name))).as(name + " differs at byte")
                        .isEqualTo(-1L);
            }
        }
        assertThat(withoutRunSpecifics(manifest(other))).as("manifest, timings and commit aside")
                .isEqualTo(withoutRunSpecifics(manifest(expected)));
    }

    /** The manifest of the run in {@code out}. */
    public static JsonNode manifest(Path out) throws IOException {
        return new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    }

    private static JsonNode withoutRunSpecifics(JsonNode manifest) {
        ObjectNode copy = manifest.deepCopy();
        copy.remove(RUN_SPECIFIC);
        ((ObjectNode) copy.get("table")).remove(List.of("commitId", "committedAt"));
        return copy;
    }

    private static Map<String, Path> files(Path root) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).forEach(f -> files.put(root.relativize(f).toString(), f));
        }
        return files;
    }
}
