package eu.cyberstat.tools.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.ingest.alerts.ExportFile;
import eu.cyberstat.ingest.alerts.PlatformProfiles;
import eu.cyberstat.ingest.validation.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke test: the generator writes an export of the size asked that its platform's profile reads. */
class AlertExportGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void writesTheRowsAskedInTheShapeOfTheGermanPlatform() throws Exception {
        Path out = dir.resolve("de.csv");
        AlertExportGenerator.main(new String[] {"de-csv", "500", "2023", "1", out.toString()});
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(501);
        // The platform's own profile finds every column it maps in the generated header.
        ExportFile.inspect(0, out, PlatformProfiles.load(
                Fixtures.projectDir().resolve("templates/profiles/alerts-de-meldestelle.yaml")));
    }

    @Test
    void theSameSeedGivesTheSameFile() throws Exception {
        AlertExportGenerator.write("nl-jsonl", 200, 2023, 1, dir.resolve("a.jsonl"), 0.01, 7);
        AlertExportGenerator.write("nl-jsonl", 200, 2023, 1, dir.resolve("b.jsonl"), 0.01, 7);
        assertThat(Files.mismatch(dir.resolve("a.jsonl"), dir.resolve("b.jsonl"))).isEqualTo(-1L);
    }
}
