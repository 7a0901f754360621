package eu.cyberstat.pipeline.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue of the run history: one run at a time, across threads and connections; due times; the tables Quartz needs. */
class RunHistoryTest {

    @TempDir
    Path dir;

    @Test
    void onlyOneRunStartsAtATimeEvenWhenWorkersRace() throws Exception {
        try (HistoryDatabase db = HistoryDatabase.open(dir)) {
            RunHistory history = new RunHistory(db);
            for (int year = 2018; year <= 2022; year++) {
                history.enqueue(RunHistory.NewRun.queued(year, null, RunTrigger.BACKFILL, "test"));
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Optional<RunRecord>>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String worker = "host/" + i + "/0";
                Callable<Optional<RunRecord>> claim = () -> {
                    go.await();
                    return history.claimNext(worker, worker, Instant.now());
                };
                claims.add(pool.submit(claim));
            }
            go.countDown();
            List<RunRecord> started = new ArrayList<>();
            for (Future<Optional<RunRecord>> f : claims) {
                f.get().ifPresent(started::add);
            }
            pool.shutdown();
            assertThat(started).hasSize(1);
            assertThat(started.get(0).referenceYear()).as("the oldest queued run first").isEqualTo(2018);
            assertThat(history.withStatus(RunStatus.RUNNING)).hasSize(1);

            assertThat(history.claim(2, "host/9/0", Instant.now())).as("run 2 waits while run 1 runs").isFalse();
            history.failed(started.get(0).id(), FailureKind.BAD_DATA, "no figures");
            assertThat(history.claimNext("host/9/0", "host/9/0", Instant.now())).map(RunRecord::referenceYear).contains(2019);
        }
    }

    @Test
    void aQueuedRunWaitsForItsTimeAndForItsExecutor() {
        try (HistoryDatabase db = HistoryDatabase.open(dir)) {
            RunHistory history = new RunHistory(db);
            Instant later = Instant.now().plusSeconds(3600);
            history.enqueue(new RunHistory.NewRun(2022, null, RunTrigger.RETRY, "test", later, 2, null, null, null));
            history.enqueue(new RunHistory.NewRun(2021, null, RunTrigger.COMMAND, "test", Instant.now(), 1, null,
                    "host/1/1", dir.resolve("out")));
            assertThat(history.claimNext("host/2/2", "host/2/2", Instant.now())).as("not due; not mine").isEmpty();
            assertThat(history.claimNext("host/2/2", "host/2/2", later)).map(RunRecord::referenceYear).contains(2022);
            RunRecord mine = history.require(2);
            assertThat(mine.outDir()).isEqualTo(dir.resolve("out").toAbsolutePath());
            assertThat(history.require(1).outDir()).isEqualTo(dir.resolve("runs/1").toAbsolutePath().normalize());
        }
    }

    @Test
    void theDatabaseHoldsQuartzTablesAndOpensAgain() throws Exception {
        try (HistoryDatabase db = HistoryDatabase.open(dir)) {
            new RunHistory(db).enqueue(RunHistory.NewRun.queued(2022, null, RunTrigger.PAGE, "ana"));
            try (var c = db.connection(); var rs = c.getMetaData().getTables(null, null, "QRTZ_%", null)) {
                List<String> tables = new ArrayList<>();
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
                assertThat(tables).contains("QRTZ_TRIGGERS", "QRTZ_CRON_TRIGGERS", "QRTZ_JOB_DETAILS", "QRTZ_FIRED_TRIGGERS",
                        "QRTZ_LOCKS");
            }
        }
        try (HistoryDatabase again = HistoryDatabase.open(dir)) {
            assertThat(new RunHistory(again).list(null)).singleElement()
                    .satisfies(r -> assertThat(r.requestedBy()).isEqualTo("ana"));
        }
    }
}
