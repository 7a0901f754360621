package eu.cyberstat.app.schedule;

import eu.cyberstat.app.Application;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.history.RunHistory;
import eu.cyberstat.pipeline.history.RunRecord;
import eu.cyberstat.pipeline.history.RunTrigger;
import eu.cyberstat.pipeline.run.RunManifest;
import eu.cyberstat.pipeline.run.RunTestSupport;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.warehousing.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** A warehouse with national figures for 2015–2022 (two countries) and a settings file for the scheduler tests. */
final class SchedulerFixture {

    private SchedulerFixture() {
    }

    static Warehouse warehouse(Path dir) {
        Warehouse warehouse = Warehouse.openOrCreate(dir.resolve("warehouse"));
        List<Observation> rows = new ArrayList<>();
        for (int year = 2015; year <= 2022; year++) {
            rows.add(new Observation("AT", year, "CYB", "RECORDED", 1000L + 100L * (year - 2015), "", ""));
            rows.add(new Observation("BE", year, "CYB", "RECORDED", 2000L + 50L * (year - 2015), "", ""));
        }
        RunTestSupport.submit(TestSpark.session(), warehouse, "two-countries.csv", rows);
        return warehouse;
    }

    /** Settings: the warehouse in {@code dir}, a five-year window, every scheduled job off unless given. */
    static Settings settings(Path dir, String... lines) throws IOException {
        List<String> all = new ArrayList<>(List.of("warehouse.dir = " + dir.resolve("warehouse"),
                "metrics.window.years = 5", "schedule.annual.cron = off", "schedule.deadline.cron = off",
                "schedule.watch.seconds = 0", "schedule.inbox.seconds = 0", "schedule.queue.seconds = 1",
                "inbox.dir = " + dir.resolve("inbox"), "schedule.retry.pause.seconds = 1",
                "work.dir = " + dir.resolve("work")));
        all.addAll(List.of(lines));
        Path file = dir.resolve("cyberstat.properties");
        Files.writeString(file, all.stream().collect(Collectors.joining("\n", "", "\n")));
        return Settings.load(file);
    }

    /** A successful run of a year as the history records it, with the inputs fingerprint given. */
    static RunRecord succeeded(Application app, int year, String fingerprint) {
        RunHistory history = app.history();
        RunRecord run = history.enqueue(RunHistory.NewRun.queued(year, null, RunTrigger.COMMAND, "test"));
        history.claim(run.id(), "test/1/1", Instant.now());
        history.inputsFingerprint(run.id(), fingerprint);
        history.succeeded(run.id(), new RunManifest("R" + year + "-000000000000", year,
                new RunManifest.Window(year - 4, year, year - 4), Instant.now(), Instant.now(), "test", null, "4", "local",
                null, Instant.now(), "", List.of(), List.of(), null, List.of(), List.of(), List.of()), List.of());
        return history.require(run.id());
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
