package eu.cyberstat.warehousing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.cyberstat.failure.StorageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leftovers of interrupted writes are listed and removed; what a commit references never is; damage is found. */
class WarehouseCheckTest {

    @TempDir
    Path dir;

    private Warehouse warehouse;
    private Path root;
    private Path out;

    /** One committed submission (raw file, data folder, log entry) and one leftover of every kind. */
    @BeforeEach
    void warehouseWithLeftovers() throws IOException {
        warehouse = Warehouse.openOrCreate(dir.resolve("wh"));
        root = warehouse.root();
        out = dir.resolve("out");
        String content = "country,year\nDE,2022\n";
        Files.createDirectories(root.resolve("submissions/S1/raw"));
        Files.writeString(root.resolve("submissions/S1/raw/de.csv"), content);
        Files.createDirectories(root.resolve("tables/observations/data/submission_id=S1/geo=DE/year=2022"));
        Map<String, String> properties = new HashMap<>();
        KeptFile.put(properties, "de.csv", DigestUtils.sha256Hex(content.getBytes(StandardCharsets.UTF_8)),
                content.length());
        warehouse.submissions().log().append("S1", "data/submission_id=S1", List.of(List.of("DE", "2022")), properties);

        Files.createDirectories(root.resolve("_staging/submission-S2/raw"));
        Files.writeString(root.resolve("_staging/submission-S2/raw/fr.csv"), "half");
        Files.createDirectories(root.resolve("tables/observations/data/submission_id=S3/geo=FR/year=2022"));
        Files.createDirectories(root.resolve("submissions/S3/raw"));
        Files.writeString(root.resolve("submissions/S3/raw/fr.csv"), "refused at commit");
        Files.writeString(root.resolve("tables/observations/_log/.00000000000000000002.json123.tmp"), "{");
        Files.createDirectories(dir.resolve(".out.partial-1234/"));
        Files.writeString(dir.resolve(".out.partial-1234/metrics-2022.csv"), "x");
        Files.createDirectories(root.resolve("submissions/rejected/S4/raw"));
        Files.writeString(root.resolve("submissions/rejected/S4/raw/bad.csv"), "kept on purpose");
    }

    private WarehouseCheck.Report check() {
        return WarehouseCheck.of(Warehouse.open(root), List.of(out));
    }

    private static List<String> paths(List<WarehouseCheck.Leftover> leftovers, Path base) {
        return leftovers.stream().map(l -> base.relativize(l.path()) + " " + l.kind()).sorted().toList();
    }

    private void age(Duration by) throws IOException {
        FileTime old = FileTime.from(Instant.now().minus(by));
        for (Path base : List.of(root, dir)) {
            try (Stream<Path> files = Files.walk(base)) {
                for (Path p : files.toList()) {
                    Files.setLastModifiedTime(p, old);
                }
            }
        }
    }

    @Test
    void listsWhatNoCommitReferencesAndNothingElse() {
        WarehouseCheck.Report report = check();
        assertThat(paths(report.leftovers(), dir)).containsExactly(
                ".out.partial-1234 UNFINISHED_RUN",
                "wh/_staging/submission-S2 STAGED",
                "wh/submissions/S3 UNCOMMITTED_SUBMISSION",
                "wh/tables/observations/_log/.00000000000000000002.json123.tmp TEMPORARY_FILE",
                "wh/tables/observations/data/submission_id=S3 UNCOMMITTED_DATA");
        assertThat(report.isSafe()).isTrue();
        assertThat(report.damage()).isEmpty();
    }

    @Test
    void cleanRemovesOnlyOldLeftoversAndNeverWhatACommitReferences() throws IOException {
        WarehouseCheck.CleanUp young = WarehouseCheck.clean(warehouse, List.of(out), Instant.now(), Duration.ofHours(1),
                false);
        assertThat(young.removed()).as("a running writer may own what changed within the hour").isEmpty();
        assertThat(young.tooYoung()).hasSize(5);

        age(Duration.ofHours(2));
        WarehouseCheck.CleanUp dry = WarehouseCheck.clean(warehouse, List.of(out), Instant.now(), Duration.ofHours(1),
                true);
        assertThat(dry.removed()).hasSize(5);
        assertThat(check().leftovers()).as("a dry run removes nothing").hasSize(5);

        WarehouseCheck.CleanUp done = WarehouseCheck.clean(warehouse, List.of(out), Instant.now(), Duration.ofHours(1),
                false);
        assertThat(done.removed()).hasSize(5);
        assertThat(check().leftovers()).isEmpty();
        assertThat(root.resolve("submissions/S1/raw/de.csv")).exists();
        assertThat(root.resolve("tables/observations/data/submission_id=S1/geo=DE/year=2022")).isDirectory();
        assertThat(root.resolve("tables/observations/_log/00000000000000000001.json")).exists();
        assertThat(root.resolve("submissions/rejected/S4/raw/bad.csv")).as("rejected uploads are kept on purpose").exists();
        assertThat(root.resolve("_staging")).isDirectory();
    }

    @Test
    void aRawFileChangedSinceItsCommitIsDamageAndIsNotReadBack() throws IOException {
        Files.writeString(root.resolve("submissions/S1/raw/de.csv"), "country,year\nDE,2023\n");
        WarehouseCheck.Report report = check();
        assertThat(report.isSafe()).isFalse();
        assertThat(report.damage()).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo(root.resolve("submissions/S1/raw/de.csv"));
            assertThat(d.problem()).startsWith("has changed since commit S1 kept it: its SHA-256 is "
                    + DigestUtils.sha256Hex("country,year\nDE,2023\n")).contains("Restore it from the warehouse's backup");
        });
        assertThatThrownBy(() -> warehouse.submissions().rawFileOf("S1")).isInstanceOf(StorageException.class)
                .hasMessageContaining("de.csv has changed since commit S1 kept it");
    }

    @Test
    void aSymbolicLinkInTheWarehouseIsDamageAndARawFileReplacedByOneIsNotRead() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.csv"), "country,year\nDE,2022\n");
        Path raw = root.resolve("submissions/S1/raw/de.csv");
        Files.delete(raw);
        Files.createSymbolicLink(raw, outside);
        WarehouseCheck.Report report = check();
        assertThat(report.damage()).extracting(WarehouseCheck.Damage::path).contains(raw);
        assertThat(report.damage()).anySatisfy(d -> assertThat(d.problem()).startsWith("is a symbolic link to " + outside));
        assertThatThrownBy(() -> warehouse.submissions().rawFileOf("S1")).isInstanceOf(StorageException.class)
                .hasMessageContaining("is a symbolic link, not the file commit S1 kept");
    }

    @Test
    void aCommitWhoseFolderIsGoneIsDamage() throws IOException {
        Files.delete(root.resolve("tables/observations/data/submission_id=S1/geo=DE/year=2022"));
        Files.delete(root.resolve("tables/observations/data/submission_id=S1/geo=DE"));
        Files.delete(root.resolve("tables/observations/data/submission_id=S1"));
        assertThat(check().damage()).singleElement().satisfies(d ->
                assertThat(d.problem()).isEqualTo("is missing, though commit S1 of observations names it: restore the "
                        + "warehouse from its backup."));
    }
}
