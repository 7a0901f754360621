package eu.cyberstat.warehousing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The storage contract on an in-process HDFS, and the optimistic commit that replaces the local
 * file lock there: a writer that loses entry N to another reads it, checks it, and takes N+1.
 */
class HadoopStorageTest extends WarehouseStorageContract {

    @Override
    WarehouseLocation freshFolder() {
        return MiniHdfs.location("/contract-" + unique() + "/warehouse");
    }

    @Override
    WarehouseLocation sameFolderAgain() {
        return MiniHdfs.location(root.toString());
    }

    @Test
    void namesAreTheClustersUris() {
        assertThat(storage.describe(root.resolve("tables/observations")))
                .isEqualTo(MiniHdfs.uri() + root + "/tables/observations");
    }

    @Test
    void aCommitterThatLosesItsNumberChecksTheWinnerAndTakesTheNext() {
        Path logDir = root.resolve("tables/t/_log");
        CommitLog mine = new CommitLog(storage, logDir);
        CommitLog theirs = new CommitLog(MiniHdfs.location(root.toString()).storage(), logDir);
        Commit first = mine.append("A", "data/A", List.of(List.of("FR")), Map.of());
        Snapshot base = mine.snapshot(null);
        List<List<String>> checked = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        Commit won = mine.append("C", "data/C", List.of(List.of("IT")), Map.of(), base, unseen -> {
            unseen.forEach(c -> checked.add(List.of(c.id())));
            if (calls.getAndIncrement() == 0) {
                // Another process commits entry 2 between this writer's check and its rename.
                theirs.append("B", "data/B", List.of(List.of("DE")), Map.of());
            }
            return Optional.empty();
        });
        assertThat(calls.get()).as("the conflict check ran again after losing entry 2").isEqualTo(2);
        assertThat(checked).containsExactly(List.of("B"));
        assertThat(won.sequence()).isEqualTo(3);
        assertThat(mine.commits()).extracting(Commit::id).containsExactly(first.id(), "B", "C");
        assertThat(storage.list(logDir)).as("no temporary file left").hasSize(3);
    }

    @Test
    void aWinnerThatConflictsRefusesTheLosersCommit() {
        Path logDir = root.resolve("tables/t/_log");
        CommitLog mine = new CommitLog(storage, logDir);
        CommitLog theirs = new CommitLog(MiniHdfs.location(root.toString()).storage(), logDir);
        Snapshot base = mine.snapshot(null);
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> mine.append("C", "data/C", List.of(List.of("FR")), Map.of(), base, unseen -> {
            if (calls.getAndIncrement() == 0) {
                theirs.append("B", "data/B", List.of(List.of("FR")), Map.of());
            }
            return unseen.stream().filter(c -> c.partitions().contains(List.of("FR"))).findFirst();
        })).isInstanceOf(CommitLog.Conflict.class).hasMessageContaining("B");
        assertThat(mine.commits()).extracting(Commit::id).containsExactly("B");
    }

    @Test
    void twoWarehousesCommittingAtOnceLoseNothingAndDuplicateNothing() throws Exception {
        Path logDir = root.resolve("tables/observations/_log");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> writers = new ArrayList<>();
        for (String writer : List.of("X", "Y")) {
            // Each writer has a Warehouse's storage of its own: nothing shared in this JVM.
            WarehouseStorage own = MiniHdfs.location(root.toString()).storage();
            writers.add(pool.submit(() -> {
                CommitLog log = new CommitLog(own, logDir);
                for (int i = 0; i < 8; i++) {
                    log.append(writer + i, "data/" + writer + i, List.of(List.of(writer, Integer.toString(i))), Map.of());
                }
                return null;
            }));
        }
        for (Future<?> w : writers) {
            w.get();
        }
        pool.shutdown();
        List<Commit> commits = new CommitLog(storage, logDir).commits();
        assertThat(commits).hasSize(16);
        assertThat(commits).extracting(Commit::id).doesNotHaveDuplicates();
        assertThat(commits).extracting(Commit::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L,
                12L, 13L, 14L, 15L, 16L);
        assertThat(commits).extracting(Commit::committedAt).isSorted();
    }
}
