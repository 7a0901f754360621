package eu.cyberstat.warehousing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import eu.cyberstat.ingest.population.DemoPjanReader;
import eu.cyberstat.reference.ReferenceData;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every storage of the warehouse must do, whatever the file system: run against a local
 * folder ({@link LocalStorageTest}) and an HDFS ({@link HadoopStorageTest}).
 */
abstract class WarehouseStorageContract {

    WarehouseStorage storage;
    Path root;

    /** The storage to test and a new, empty folder on it. */
    abstract WarehouseLocation freshFolder() throws IOException;

    /** The same folder, as another process would open it. */
    abstract WarehouseLocation sameFolderAgain();

    @TempDir
    Path local;

    @BeforeEach
    void setUp() throws IOException {
        WarehouseLocation at = freshFolder();
        storage = at.storage();
        root = at.root();
        storage.createDirectories(root);
    }

    String read(Path p) throws IOException {
        try (InputStream in = storage.read(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static AtomicFiles.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void createOnceRefusesAnExistingTargetAndKeepsItsContent() throws IOException {
        Path entry = root.resolve("_log/00000000000000000001.json");
        assertThat(storage.createOnce(entry, AtomicFiles.PUBLISHED, text("first"))).isTrue();
        assertThat(storage.createOnce(entry, AtomicFiles.PUBLISHED, text("second"))).isFalse();
        assertThat(read(entry)).isEqualTo("first");
        assertThat(storage.list(entry.getParent())).as("no temporary file left beside").containsExactly(entry);
    }

    @Test
    void publishReplacesAFileWhole() throws IOException {
        Path file = root.resolve("report/validation.json");
        storage.publish(file, AtomicFiles.PUBLISHED, text("one"));
        storage.publish(file, AtomicFiles.PUBLISHED, text("two"));
        assertThat(read(file)).isEqualTo("two");
        assertThat(storage.size(file)).isEqualTo(3);
        assertThat(storage.list(file.getParent())).containsExactly(file);
    }

    @Test
    void aFolderMovesIntoPlaceButNeverOntoAnother() throws IOException {
        Path staged = root.resolve("_staging/s1");
        storage.createDirectories(staged.resolve("raw"));
        storage.write(staged.resolve("raw/a.csv"), text("a,b\n"));
        Path target = root.resolve("submissions/S1");
        storage.moveIntoPlace(staged, target);
        assertThat(storage.exists(staged)).isFalse();
        assertThat(read(target.resolve("raw/a.csv"))).isEqualTo("a,b\n");

        Path other = root.resolve("_staging/s2");
        storage.createDirectories(other);
        storage.write(other.resolve("b.csv"), text("b"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> storage.moveIntoPlace(other, target))
                .isInstanceOf(eu.cyberstat.failure.StorageException.class);
        assertThat(storage.list(target)).as("not merged").containsExactly(target.resolve("raw"));
    }

    @Test
    void writeCreatesANewFileOnly() throws IOException {
        Path file = root.resolve("f.csv");
        storage.write(file, text("x"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> storage.write(file, text("y")))
                .isInstanceOf(IOException.class);
        assertThat(read(file)).isEqualTo("x");
    }

    @Test
    void listsWalksAndDeletes() throws IOException {
        storage.write(root.resolve("b.txt"), text("b"));
        storage.createDirectories(root.resolve("a/inner"));
        storage.write(root.resolve("a/inner/c.txt"), text("cc"));
        assertThat(storage.list(root)).containsExactly(root.resolve("a"), root.resolve("b.txt"));
        assertThat(storage.list(root.resolve("missing"))).isEmpty();
        assertThat(storage.walk(root)).containsExactlyInAnyOrder(root, root.resolve("a"), root.resolve("a/inner"),
                root.resolve("a/inner/c.txt"), root.resolve("b.txt"));
        assertThat(storage.isDirectory(root.resolve("a"))).isTrue();
        assertThat(storage.isFile(root.resolve("b.txt"))).isTrue();
        assertThat(storage.isLink(root.resolve("b.txt"))).isFalse();
        assertThat(storage.lastModified(root.resolve("b.txt"))).isAfter(java.time.Instant.now().minusSeconds(600));
        storage.delete(root.resolve("b.txt"));
        storage.deleteTree(root.resolve("a"));
        assertThat(storage.list(root)).isEmpty();
    }

    @Test
    void commitsOfOneLogGetConsecutiveNumbers() {
        CommitLog log = new CommitLog(storage, root.resolve("tables/t/_log"));
        log.append("A", "data/A", List.of(List.of("FR")), Map.of());
        log.append("B", "data/B", List.of(List.of("DE")), Map.of());
        assertThat(log.commits()).extracting(Commit::id).containsExactly("A", "B");
        assertThat(log.commits()).extracting(Commit::sequence).containsExactly(1L, 2L);
    }

    /** Two processes opening the same new warehouse and importing at once: every import commits, nothing is left. */
    @Test
    void twoWarehouseInstancesImportingAtOnceBothCommit() throws Exception {
        WarehouseLocation at = sameFolderAgain();
        List<java.nio.file.Path> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            files.add(java.nio.file.Files.writeString(local.resolve("demo_pjan-" + i + ".tsv"),
                    "freq,unit,age,sex,geo\\TIME_PERIOD\t2022 \nA,NR,TOTAL,T,AT\t" + (9_000_000 + i) + " \n"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            List<java.nio.file.Path> mine = files.subList(w * 3, w * 3 + 3);
            writers.add(pool.submit(() -> {
                // A Warehouse of its own, as another process would open it.
                PopulationImports imports = Warehouse.openOrCreate(sameFolderAgain()).populationImports();
                for (java.nio.file.Path f : mine) {
                    imports.newImport(f, f.getFileName().toString(), SubmissionStore.sha256(f),
                            new DemoPjanReader(ReferenceData.shipped().countries()).read(f)).commit();
                }
                return null;
            }));
        }
        for (Future<?> w : writers) {
            w.get();
        }
        pool.shutdown();
        Warehouse warehouse = Warehouse.open(at);
        assertThat(warehouse.populationImports().history()).extracting(PopulationImport::fileName)
                .containsExactlyInAnyOrderElementsOf(files.stream().map(f -> f.getFileName().toString()).toList());
        assertThat(WarehouseCheck.of(warehouse, List.of()).leftovers()).isEmpty();
        assertThat(WarehouseCheck.of(warehouse, List.of()).damage()).isEmpty();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
