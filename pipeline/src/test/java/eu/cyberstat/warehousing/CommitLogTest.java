package eu.cyberstat.warehousing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitLogTest {

    @TempDir
    Path dir;

    private static List<List<String>> partitions(String... geoYears) {
        return Stream.of(geoYears).map(s -> List.of(s.split(" "))).toList();
    }

    @Test
    void laterCommitsSupersedeEarlierOnesPartitionByPartition() {
        CommitLog log = new CommitLog(dir);
        Commit first = log.append("A", "data/A", partitions("DE 2021", "DE 2022"), Map.of());
        Commit second = log.append("B", "data/B", partitions("DE 2022"), Map.of());
        Snapshot now = log.snapshot(null);
        assertThat(now.partitionOwners()).containsEntry(List.of("DE", "2021"), first)
                .containsEntry(List.of("DE", "2022"), second);
        assertThat(now.isFullyEffective(first)).isFalse();
        assertThat(now.partitionsOwnedBy(first)).containsExactly(List.of("DE", "2021"));
        assertThat(now.effectiveCommits()).containsExactly(first, second);
    }

    @Test
    void asOfAnInstantSeesOnlyWhatWasCommittedBy() {
        CommitLog log = new CommitLog(dir);
        Commit first = log.append("A", "data/A", partitions("DE 2022"), Map.of());
        log.append("B", "data/B", partitions("DE 2022"), Map.of());
        Snapshot past = log.snapshot(first.committedAt());
        assertThat(past.partitionOwners().get(List.of("DE", "2022")).id()).isEqualTo("A");
        assertThat(log.snapshot(first.committedAt().minusMillis(1)).commits()).isEmpty();
    }

    @Test
    void commitTimesStrictlyIncreaseEvenWhenTheClockStandsStill() {
        Clock frozen = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        CommitLog log = new CommitLog(dir, frozen);
        Commit a = log.append("A", "data/A", partitions("DE 2022"), Map.of());
        Commit b = log.append("B", "data/B", partitions("DE 2022"), Map.of());
        assertThat(b.committedAt()).isAfter(a.committedAt());
        assertThat(b.sequence()).isEqualTo(a.sequence() + 1);
    }

    @Test
    void concurrentWritersBothCommitInSequence() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Commit>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = "C" + i;
            futures.add(pool.submit(() -> new CommitLog(dir).append(id, "data/" + id, partitions("FR 2020"), Map.of())));
        }
        for (Future<Commit> f : futures) {
            f.get();
        }
        pool.shutdown();
        List<Commit> commits = new CommitLog(dir).commits();
        assertThat(commits).hasSize(20);
        assertThat(commits).extracting(Commit::sequence).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList());
    }

    @Test
    void aHalfWrittenTemporaryFileIsNotACommit() throws Exception {
        CommitLog log = new CommitLog(dir);
        log.append("A", "data/A", partitions("DE 2022"), Map.of());
        Files.writeString(dir.resolve(".tmp-crashed.json"), "{\"sequence\": 2, \"id\": \"B\"");
        assertThat(log.commits()).extracting(Commit::id).containsExactly("A");
    }

    @Test
    void refusesTheSameCommitIdTwice() {
        CommitLog log = new CommitLog(dir);
        log.append("A", "data/A", partitions("DE 2022"), Map.of());
        assertThatThrownBy(() -> log.append("A", "data/A", partitions("DE 2022"), Map.of()))
                .hasMessageContaining("already exists");
    }

    @Test
    void aWriterThatReadTheLogChecksOnlyTheCommitsAppendedSince() throws Exception {
        CommitLog log = new CommitLog(dir);
        log.append("A", "data/A", partitions("DE 2021"), Map.of());
        Snapshot read = log.snapshot(null);
        long reads = log.fullReads();
        Commit meanwhile = new CommitLog(dir).append("B", "data/B", partitions("DE 2022"), Map.of());
        // The entry the writer read already is not read again (it would fail to parse now).
        Files.writeString(dir.resolve(String.format("%020d.json", 1)), "not json");
        List<List<Commit>> checked = new ArrayList<>();

        Commit c = log.append("C", "data/C", partitions("FR 2022"), Map.of(), read, unseen -> {
            checked.add(unseen);
            return java.util.Optional.empty();
        });

        assertThat(checked).containsExactly(List.of(meanwhile));
        assertThat(c.sequence()).isEqualTo(3);
        assertThat(c.committedAt()).isAfter(meanwhile.committedAt());
        assertThat(log.fullReads()).isEqualTo(reads);
    }

    @Test
    void aCommitSinceTheSnapshotCanRefuseTheAppend() {
        CommitLog log = new CommitLog(dir);
        Snapshot read = log.snapshot(null);
        Commit meanwhile = new CommitLog(dir).append("B", "data/B", partitions("DE 2022"), Map.of());
        assertThatThrownBy(() -> log.append("C", "data/C", partitions("DE 2022"), Map.of(), read,
                unseen -> unseen.stream().findFirst()))
                .isInstanceOfSatisfying(CommitLog.Conflict.class, e -> assertThat(e.existing()).isEqualTo(meanwhile));
        assertThat(log.commits()).extracting(Commit::id).containsExactly("B");
    }
}
