package eu.cyberstat.app.schedule;

import eu.cyberstat.pipeline.schedule.ScheduleSettings;
import static eu.cyberstat.app.schedule.SchedulerFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.Runs;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.history.RunHistory;
import eu.cyberstat.pipeline.history.RunRecord;
import eu.cyberstat.pipeline.history.RunStatus;
import eu.cyberstat.pipeline.history.RunTrigger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with its process (SIGKILL, a real second process) is marked interrupted when the
 * scheduler starts again, queued again exactly once and run to its end; a recovery that is itself
 * killed is not queued again.
 */
class SchedulerRestartTest {

    @TempDir
    Path dir;

    private Process startScheduler(Path config) throws Exception {
        return SchedulerProcess.start(dir, config);
    }

    private static void kill(Process process) throws InterruptedException {
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
        process.waitFor();
    }

    @Test
    void aKilledRunIsInterruptedAndRunAgainExactlyOnce() throws Exception {
        SchedulerFixture.warehouse(dir);
        Settings settings = SchedulerFixture.settings(dir);
        Path config = dir.resolve("cyberstat.properties");
        long first;
        try (Application app = Application.start(settings, "restart test")) {
            first = new Runs(app).enqueue(2022, null, RunTrigger.PAGE, "ana").id();
        }

        Process process = startScheduler(config);
        try (Application app = Application.start(settings, "restart test")) {
            RunHistory history = app.history();
            await("run " + first + " to start in the other process", Duration.ofSeconds(90),
                    () -> history.require(first).status() == RunStatus.RUNNING);
            assertThat(history.require(first).owner()).contains("/" + process.pid() + "/");
            Thread.sleep(1500);
            kill(process);
            assertThat(history.require(first).status()).as("nobody told the history").isEqualTo(RunStatus.RUNNING);

            // The scheduler starts again (here): run 1 was interrupted; its recovery runs to the end.
            Instant restart = Instant.now();
            try (RunScheduler scheduler = RunScheduler.start(ScheduleSettings.from(settings), app, new Runs(app))) {
                RunRecord interrupted = history.require(first);
                assertThat(interrupted.status()).isEqualTo(RunStatus.INTERRUPTED);
                assertThat(interrupted.message()).contains("ended while it ran; queued again once");
                List<RunRecord> again = history.attemptsAfter(first);
                assertThat(again).singleElement().satisfies(r -> {
                    assertThat(r.trigger()).isEqualTo(RunTrigger.RECOVERY);
                    assertThat(r.referenceYear()).isEqualTo(2022);
                    assertThat(r.requestedBy()).isEqualTo("ana");
                    assertThat(r.attempt()).isEqualTo(2);
                });
                long recovery = again.get(0).id();
                await("the recovery to end", Duration.ofSeconds(240), () -> history.require(recovery).status().isFinal());
                RunRecord done = history.require(recovery);
                assertThat(done.status()).as(done.message()).isEqualTo(RunStatus.SUCCEEDED);
                assertThat(done.startedAt()).isAfter(restart);
                assertThat(done.outputs()).extracting(o -> o.name()).contains("metrics-2022.csv");
            }
            // Started once more: nothing is queued again.
            try (RunScheduler scheduler = RunScheduler.start(ScheduleSettings.from(settings), app, new Runs(app))) {
                Thread.sleep(1500);
                assertThat(history.list(2022)).hasSize(2);
            }

            // A recovery killed in its turn is interrupted for good.
            RunRecord third = history.enqueue(RunHistory.NewRun.queued(2022, null, RunTrigger.PAGE, "ana"));
            Process second = startScheduler(config);
            await("run " + third.id() + " to start", Duration.ofSeconds(90),
                    () -> history.require(third.id()).status() == RunStatus.RUNNING);
            kill(second);
            Process thirdProcess = startScheduler(config);
            await("the recovery of run " + third.id() + " to start", Duration.ofSeconds(90),
                    () -> history.attemptsAfter(third.id()).stream().anyMatch(r -> r.status() == RunStatus.RUNNING));
            long recovery = history.attemptsAfter(third.id()).get(0).id();
            kill(thirdProcess);
            try (RunScheduler scheduler = RunScheduler.start(ScheduleSettings.from(settings), app, new Runs(app))) {
                assertThat(history.require(recovery).status()).isEqualTo(RunStatus.INTERRUPTED);
                assertThat(history.require(recovery).message()).contains("it was a recovery already");
                assertThat(history.attemptsAfter(recovery)).as("not queued a third time").isEmpty();
            }
        } finally {
            process.destroyForcibly();
        }
    }
}
