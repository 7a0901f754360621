package eu.cyberstat.app.schedule;

import static eu.cyberstat.app.schedule.SchedulerFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberstat.app.Application;
import eu.cyberstat.cli.Cli;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.history.RunHistory;
import eu.cyberstat.pipeline.history.RunRecord;
import eu.cyberstat.pipeline.history.RunStatus;
import eu.cyberstat.pipeline.history.RunTrigger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run handed to another scheduler (cron, Airflow) while the service keeps the history: the
 * service's scheduler, in a process of its own, opens the history first and holds it; then
 * {@code cyberstat run} on the command line records into the same history (H2's mixed mode), a
 * run queued for the service meanwhile waits for the command's run to end (one run at a time
 * across processes), and {@code cyberstat runs} lists both with the process that ran each.
 */
class MixedModeTest {

    @TempDir
    Path dir;

    @Test
    void aCommandLineRunRecordsIntoTheHistoryTheServiceHolds() throws Exception {
        SchedulerFixture.warehouse(dir);
        Settings settings = SchedulerFixture.settings(dir);
        Path config = dir.resolve("cyberstat.properties");
        Process service = SchedulerProcess.start(dir, config);
        try {
            Path log = dir.resolve("process.log");
            await("the service's scheduler to start", Duration.ofSeconds(120),
                    () -> Files.exists(log) && read(log).contains("scheduler started"));
            assertThat(service.isAlive()).as(read(log)).isTrue();
            assertThat(dir.resolve("warehouse/_history/history.mv.db")).as("opened by the service first").exists();

            Path out = dir.resolve("out-2022");
            CompletableFuture<Cli> command = CompletableFuture.supplyAsync(() -> Cli.run("run", "--year", "2022",
                    "--out", out.toString(), "--config", config.toString()));
            try (Application app = Application.start(settings, "mixed mode test")) {
                RunHistory history = app.history();
                await("the command's run to start", Duration.ofSeconds(120), () -> history.list(2022).stream()
                        .anyMatch(r -> r.trigger() == RunTrigger.COMMAND && r.status() != RunStatus.QUEUED));
                RunRecord queued = history.enqueue(RunHistory.NewRun.queued(2021, null, RunTrigger.PAGE, "op"));

                Cli done = command.get(5, TimeUnit.MINUTES);
                assertThat(done.status()).as(done.out() + done.err()).isZero();
                await("the service to run the queued run", Duration.ofSeconds(240),
                        () -> history.require(queued.id()).status().isFinal());

                RunRecord byCommand = history.list(2022).get(0);
                RunRecord byService = history.require(queued.id());
                assertThat(byCommand.status()).as(byCommand.message()).isEqualTo(RunStatus.SUCCEEDED);
                assertThat(byCommand.trigger()).isEqualTo(RunTrigger.COMMAND);
                assertThat(byCommand.owner()).contains("/" + ProcessHandle.current().pid() + "/");
                assertThat(byCommand.outputs()).extracting(o -> o.name()).contains("metrics-2022.csv");
                assertThat(out.resolve("metrics-2022.csv")).exists();
                assertThat(byService.status()).as(byService.message()).isEqualTo(RunStatus.SUCCEEDED);
                assertThat(byService.owner()).as("run by the service").contains("/" + service.pid() + "/");
                assertThat(byService.startedAt()).as("one run at a time across processes")
                        .isAfterOrEqualTo(byCommand.finishedAt());
            }

            Cli list = Cli.run("runs", "--json", "--config", config.toString());
            assertThat(list.status()).as(list.err()).isZero();
            List<JsonNode> runs = new java.util.ArrayList<>();
            new ObjectMapper().readTree(list.out()).forEach(runs::add);
            assertThat(runs).extracting(r -> r.get("trigger").asText() + " " + r.get("referenceYear").asInt() + " "
                    + r.get("status").asText()).containsExactly("PAGE 2021 SUCCEEDED", "COMMAND 2022 SUCCEEDED");
            assertThat(service.isAlive()).as("the service held the history throughout").isTrue();
        } finally {
            service.destroyForcibly();
            service.waitFor();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
