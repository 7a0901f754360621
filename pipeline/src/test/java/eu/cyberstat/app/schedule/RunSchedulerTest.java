package eu.cyberstat.app.schedule;

import eu.cyberstat.pipeline.schedule.ScheduleSettings;
import static eu.cyberstat.app.schedule.SchedulerFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.Runs;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.history.FailureKind;
import eu.cyberstat.pipeline.history.Notification;
import eu.cyberstat.pipeline.history.RunRecord;
import eu.cyberstat.pipeline.history.RunStatus;
import eu.cyberstat.pipeline.history.RunTrigger;
import eu.cyberstat.pipeline.run.RunTestSupport;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.warehousing.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduler with Quartz on the history database, with short schedules. The runs it starts
 * here are of years without national figures, so they end at once (failed for bad data, not
 * tried again): what is checked is when and how often they are started, and for which year.
 */
class RunSchedulerTest {

    @TempDir
    Path dir;

    /** A cron expression for exactly one instant (Quartz's seventh field is the year). */
    private static String cronAt(Instant t) {
        ZonedDateTime z = t.atZone(ZoneOffset.UTC);
        return z.getSecond() + " " + z.getMinute() + " " + z.getHour() + " " + z.getDayOfMonth() + " " + z.getMonthValue()
                + " ? " + z.getYear();
    }

    private static List<RunRecord> runs(Application app, RunTrigger trigger) {
        return app.history().list(null).stream().filter(r -> r.trigger() == trigger).toList();
    }

    @Test
    void theAnnualJobFiresOnceAtItsTimeForThePreviousYear() throws Exception {
        SchedulerFixture.warehouse(dir);
        Instant at = Instant.now().plusSeconds(12).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Settings settings = SchedulerFixture.settings(dir, "schedule.annual.cron = " + cronAt(at));
        try (Application app = Application.start(settings, "scheduler test");
             RunScheduler scheduler = RunScheduler.start(ScheduleSettings.from(settings), app, new Runs(app))) {
            assertThat(runs(app, RunTrigger.SCHEDULE)).as("nothing before its time").isEmpty();
            await("the annual run", Duration.ofSeconds(40), () -> runs(app, RunTrigger.SCHEDULE).size() == 1
                    && runs(app, RunTrigger.SCHEDULE).get(0).status().isFinal());
            RunRecord run = runs(app, RunTrigger.SCHEDULE).get(0);
            assertThat(run.queuedAt()).isAfterOrEqualTo(at);
            assertThat(run.referenceYear()).isEqualTo(at.atZone(ZoneOffset.UTC).getYear() - 1);
            assertThat(run.requestedBy()).isEqualTo("scheduler");
            Thread.sleep(2000);
            assertThat(runs(app, RunTrigger.SCHEDULE)).as("once").hasSize(1);
            if (run.referenceYear() > 2022) {
                assertThat(run.status()).isEqualTo(RunStatus.FAILED);
                assertThat(run.failure()).isEqualTo(FailureKind.BAD_DATA);
                assertThat(run.message()).contains("no national figures for " + run.referenceYear());
                assertThat(app.history().attemptsAfter(run.id())).as("bad data is not tried again").isEmpty();
                assertThat(app.history().notifications(10)).extracting(Notification::kind).contains(Notification.Kind.RUN_FAILED);
            }
        }
    }

    @Test
    void aFireTimeMissedWhileStoppedRunsOnceAtStartUp() throws Exception {
        SchedulerFixture.warehouse(dir);
        Instant at = Instant.now().plusSeconds(8).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Settings settings = SchedulerFixture.settings(dir, "schedule.annual.cron = " + cronAt(at));
        try (Application app = Application.start(settings, "scheduler test")) {
            RunScheduler.start(ScheduleSettings.from(settings), app, new Runs(app)).stop();
            // Down over the fire time, and longer than the misfire threshold (5 s).
            while (Instant.now().isBefore(at.plusSeconds(7))) {
                Thread.sleep(200);
            }
            assertThat(runs(app, RunTrigger.SCHEDULE)).isEmpty();
            Instant restart = Instant.now();
            try (RunScheduler again = RunScheduler.start(ScheduleSettings.from(settings), app, new Runs(app))) {
                await("the missed annual run", Duration.ofSeconds(15), () -> runs(app, RunTrigger.SCHEDULE).size() == 1);
                Thread.sleep(2000);
                List<RunRecord> scheduled = runs(app, RunTrigger.SCHEDULE);
                assertThat(scheduled).as("once, however long it was down").hasSize(1);
                assertThat(scheduled.get(0).queuedAt()).isAfterOrEqualTo(restart);
                assertThat(scheduled.get(0).referenceYear()).as("the year of the missed time")
                        .isEqualTo(at.atZone(ZoneOffset.UTC).getYear() - 1);
                assertThat(app.history().state("annual.handled")).contains(at.toString());
            }
        }
    }

    @Test
    void aBurstOfChangesGivesOneProvisionalRunAfterTheQuietPeriod() throws Exception {
        Warehouse warehouse = SchedulerFixture.warehouse(dir);
        Settings settings = SchedulerFixture.settings(dir, "schedule.watch.seconds = 1",
                "schedule.provisional.quiet.seconds = 4");
        try (Application app = Application.start(settings, "scheduler test")) {
            // 2030 ran before on other inputs; 2021 on the inputs it still has (its window, 2017–2021,
            // does not hold the figure submitted below).
            SchedulerFixture.succeeded(app, 2030, "inputs of an earlier state");
            SchedulerFixture.succeeded(app, 2021, new eu.cyberstat.app.RunAnnual(app).inputsFingerprint(2021, null, null));
            try (RunScheduler scheduler = RunScheduler.start(ScheduleSettings.from(settings), app, new Runs(app))) {
                Thread.sleep(1500); // the watch job sees the warehouse once
                // A submission by another process (the watch job sees it), then the portal's notice twice.
                RunTestSupport.submit(TestSpark.session(), warehouse, "at-2015.csv",
                        List.of(new Observation("AT", 2015, "CYB", "RECORDED", 1333L, "", "")));
                await("the watch job", Duration.ofSeconds(10), () -> scheduler.provisionalDue() != null);
                Instant firstDue = scheduler.provisionalDue();
                Thread.sleep(1000);
                scheduler.warehouseChanged();
                Thread.sleep(1000);
                scheduler.warehouseChanged();
                Instant due = scheduler.provisionalDue();
                assertThat(due).as("each change moves the re-run").isAfter(firstDue.plusMillis(1500));
                assertThat(runs(app, RunTrigger.PROVISIONAL)).as("quiet period not over").isEmpty();
                await("the provisional run", Duration.ofSeconds(20), () -> !runs(app, RunTrigger.PROVISIONAL).isEmpty()
                        && runs(app, RunTrigger.PROVISIONAL).get(0).status().isFinal());
                Thread.sleep(3000);
                List<RunRecord> provisional = runs(app, RunTrigger.PROVISIONAL);
                assertThat(provisional).as("one run for the burst, of the year whose inputs changed").singleElement()
                        .satisfies(r -> assertThat(r.referenceYear()).isEqualTo(2030));
                assertThat(provisional.get(0).queuedAt()).isAfterOrEqualTo(due.minusMillis(100));
            }
        }
    }

    @Test
    void alertExportsInTheInboxAreIngestedAndBadOnesSetAside() throws Exception {
        SchedulerFixture.warehouse(dir);
        Settings settings = SchedulerFixture.settings(dir, "schedule.inbox.seconds = 1",
                "schedule.inbox.settle.seconds = 0", "schedule.provisional.quiet.seconds = 3600",
                "alerts.hmac.key = a-test-key-that-is-long-enough-0123456789");
        Path platform = dir.resolve("inbox/alerts/FR-PHAROS");
        Files.createDirectories(platform);
        Path project = Path.of(System.getProperty("cyberstat.home", ".."));
        Files.copy(project.resolve("data-samples/alerts/fr-pharos-2022-2024.csv"), platform.resolve("export.csv"));
        Files.writeString(platform.resolve("broken.csv"), "not;an;export\n");
        try (Application app = Application.start(settings, "scheduler test");
             RunScheduler scheduler = RunScheduler.start(ScheduleSettings.from(settings), app, new Runs(app))) {
            await("the inbox", Duration.ofSeconds(120), () -> !Files.exists(platform.resolve("export.csv"))
                    && !Files.exists(platform.resolve("broken.csv")));
            try (var done = Files.list(platform.resolve("done"))) {
                assertThat(done.map(p -> p.getFileName().toString()).toList()).singleElement()
                        .satisfies(n -> assertThat(n).endsWith("-export.csv"));
            }
            try (var failed = Files.list(platform.resolve("failed"))) {
                assertThat(failed.map(p -> p.getFileName().toString()).sorted().toList()).hasSize(2)
                        .anySatisfy(n -> assertThat(n).endsWith("-broken.csv.reason.txt"));
            }
            assertThat(new eu.cyberstat.pipeline.alerts.WarehouseAlertTables(app.warehouse()).alertsSnapshot(null).latest())
                    .as("the export is in the warehouse").isNotNull();
            assertThat(app.history().notifications(10)).anySatisfy(n -> {
                assertThat(n.kind()).isEqualTo(Notification.Kind.INGEST_FAILED);
                assertThat(n.message()).contains("broken.csv").contains("FR-PHAROS");
            });
            assertThat(scheduler.provisionalDue()).as("the ingest starts the quiet period of a provisional re-run")
                    .isAfter(Instant.now().plusSeconds(3000));
        }
    }
}
