package eu.cyberstat.warehousing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two writer processes on one warehouse log at once: the log's OS file lock serialises them, so
 * every commit of both lands, in one gap-free sequence, none overwriting another.
 */
class ConcurrentWritersTest {

    @TempDir
    Path dir;

    /** A writer process: appends {@code count} commits named {@code prefix-i} to the log in {@code args[0]}. */
    public static void main(String[] args) {
        CommitLog log = new CommitLog(Path.of(args[0]));
        int count = Integer.parseInt(args[2]);
        for (int i = 0; i < count; i++) {
            log.append(args[1] + "-" + i, "data/" + args[1] + "-" + i, List.of(List.of("FR", "2022")), Map.of());
        }
    }

    private Process writer(Path log, String prefix, int count) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ConcurrentWritersTest.class.getName(),
                log.toString(), prefix, Integer.toString(count))
                .redirectErrorStream(true).redirectOutput(dir.resolve(prefix + ".log").toFile()).start();
    }

    @Test
    void twoProcessesAppendingAtOnceLoseNothing() throws Exception {
        Path log = dir.resolve("_log");
        int each = 60;
        List<Process> writers = new ArrayList<>();
        for (String prefix : List.of("A", "B", "C")) {
            writers.add(writer(log, prefix, each));
        }
        for (Process p : writers) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(dir.resolve("A.log"))).isZero();
        }
        List<Commit> commits = new CommitLog(log).commits();
        assertThat(commits).extracting(Commit::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 3L * each).boxed().toList());
        assertThat(commits).extracting(Commit::id).doesNotHaveDuplicates().hasSize(3 * each);
        assertThat(commits).extracting(Commit::committedAt).isSorted();
        assertThat(log.toFile().listFiles(File::isFile)).as("the lock file and the entries, no temporary file left")
                .hasSize(3 * each + 1);
    }
}
