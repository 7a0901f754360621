package eu.cyberstat.app.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.Runs;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.history.ProcessIdentity;
import eu.cyberstat.pipeline.history.RunHistory;
import eu.cyberstat.pipeline.history.RunRecord;
import eu.cyberstat.pipeline.history.RunStatus;
import eu.cyberstat.pipeline.history.RunTrigger;
import eu.cyberstat.pipeline.progress.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `cyberstat run` killed (SIGKILL: its run stays RUNNING in the history, nobody told it) must not
 * make the next `cyberstat run` wait for ever: the dead run is marked interrupted, not queued
 * again (its command ended with it), and the new run goes ahead. The crash harness hung on exactly
 * this after its fifth `run` kill.
 */
class KilledCommandRunTest {

    @TempDir
    Path dir;

    /** This host's identity of a process that has ended. */
    private static String deadProcess() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        String[] self = ProcessIdentity.current().split("/");
        return self[0] + "/" + gone.pid() + "/" + self[2];
    }

    @Test
    void theNextRunDoesNotWaitForARunWhoseCommandWasKilled() throws Exception {
        SchedulerFixture.warehouse(dir);
        Settings settings = SchedulerFixture.settings(dir);
        try (Application app = Application.start(settings, "killed command test")) {
            RunHistory history = app.history();
            RunRecord killed = history.enqueue(RunHistory.NewRun.queued(2022, null, RunTrigger.COMMAND, "ana"));
            assertThat(history.claim(killed.id(), deadProcess(), Instant.now())).isTrue();
            assertThat(history.require(killed.id()).status()).isEqualTo(RunStatus.RUNNING);

            Path out = dir.resolve("out");
            assertTimeoutPreemptively(Duration.ofMinutes(4), () -> new Runs(app).runHere(2022, null, out, null,
                    RunTrigger.COMMAND, "ana", Progress.NONE, running -> { }));

            RunRecord interrupted = history.require(killed.id());
            assertThat(interrupted.status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(interrupted.message()).contains("it was run by a command, which ended with it: run the command "
                    + "again");
            assertThat(history.attemptsAfter(killed.id())).as("not queued again").isEmpty();
            assertThat(history.list(2022)).filteredOn(r -> r.status() == RunStatus.SUCCEEDED).hasSize(1);
            assertThat(out.resolve("metrics-2022.csv")).satisfies(f -> assertThat(Files.size(f)).isPositive());
        }
    }
}
