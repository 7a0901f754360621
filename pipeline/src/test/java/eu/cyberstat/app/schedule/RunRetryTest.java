package eu.cyberstat.app.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.Runs;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.history.FailureKind;
import eu.cyberstat.pipeline.history.Notification;
import eu.cyberstat.pipeline.history.RunHistory;
import eu.cyberstat.pipeline.history.RunRecord;
import eu.cyberstat.pipeline.history.RunStatus;
import eu.cyberstat.pipeline.history.RunTrigger;
import eu.cyberstat.pipeline.progress.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that fails for a reason that may pass (its output folder cannot be written) is tried again after a pause, up to its attempts. */
class RunRetryTest {

    @TempDir
    Path dir;

    @Test
    void anIoFailureIsTriedAgainAfterAPauseUntilTheAttemptsAreUsedUp() throws Exception {
        SchedulerFixture.warehouse(dir);
        Settings settings = SchedulerFixture.settings(dir, "schedule.retry.attempts = 2",
                "schedule.retry.pause.seconds = 2");
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file where the output folder should be");
        try (Application app = Application.start(settings, "retry test")) {
            RunHistory history = app.history();
            Runs runs = new Runs(app);
            RunRecord first = history.enqueue(new RunHistory.NewRun(2022, null, RunTrigger.PAGE, "ana", Instant.now(), 1,
                    null, null, blocker.resolve("out")));

            assertThat(runs.runNext(Progress.NONE)).map(RunRecord::id).contains(first.id());
            RunRecord failed = history.require(first.id());
            assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
            assertThat(failed.failure()).isEqualTo(FailureKind.TRANSIENT);
            List<RunRecord> retries = history.attemptsAfter(first.id());
            assertThat(retries).singleElement().satisfies(r -> {
                assertThat(r.trigger()).isEqualTo(RunTrigger.RETRY);
                assertThat(r.attempt()).isEqualTo(2);
                assertThat(r.status()).isEqualTo(RunStatus.QUEUED);
                assertThat(Duration.between(failed.finishedAt(), r.notBefore()).toMillis()).isBetween(1500L, 2600L);
            });
            assertThat(runs.runNext(Progress.NONE)).as("not before its pause").isEmpty();

            Thread.sleep(Duration.between(Instant.now(), retries.get(0).notBefore()).toMillis() + 100);
            assertThat(runs.runNext(Progress.NONE)).map(RunRecord::id).contains(retries.get(0).id());
            assertThat(history.require(retries.get(0).id()).status()).isEqualTo(RunStatus.FAILED);
            assertThat(history.attemptsAfter(retries.get(0).id())).as("two attempts in all").isEmpty();
            assertThat(runs.latestAttempt(first.id()).id()).isEqualTo(retries.get(0).id());

            List<Notification> told = history.notifications(10);
            assertThat(told).filteredOn(n -> n.kind() == Notification.Kind.RUN_FAILED).hasSize(2);
            assertThat(Files.readString(runs.logOf(first.id())))
                    .contains("failed (transient)").contains("retry: run " + retries.get(0).id() + " after 2 s");
        }
    }
}
