package eu.cyberstat.pipeline.alerts;

import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how a long ingest advances: a progress bar with rows, rows/s and ETA when standard
 * error is a terminal; otherwise (a log file, CI) one log line every 10 seconds with the same
 * figures. Reads {@link IngestProgress}, which the ingest tasks update.
 */
final class IngestProgressDisplay implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestProgressDisplay.class);
    private static final long POLL_MILLIS = 250;
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private final long total;
    private final Thread thread;
    private volatile boolean running = true;

    private IngestProgressDisplay(long total) {
        this.total = total;
        IngestProgress.reset();
        this.thread = new Thread(this::show, "alert-ingest-progress");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    static IngestProgressDisplay start(long totalRecords) {
        return new IngestProgressDisplay(totalRecords);
    }

    /** Marks the ingest finished, so the bar ends at 100 %. */
    void done() {
        IngestProgress.add(Math.max(0, total - IngestProgress.records()));
    }

    private void show() {
        if (Terminal.isStderrTerminal()) {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Ingest").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" rows", 1).showSpeed()
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).build()) {
                while (running) {
                    bar.stepTo(Math.min(total, IngestProgress.records()));
                    sleep();
                }
                bar.stepTo(Math.min(total, IngestProgress.records()));
            }
            return;
        }
        long start = System.nanoTime();
        long lastLog = start;
        while (running) {
            sleep();
            long now = System.nanoTime();
            if (now - lastLog >= LOG_EVERY_NANOS) {
                lastLog = now;
                LOG.info(line(IngestProgress.records(), now - start));
            }
        }
    }

    /** "1,234,567 of 20,000,000 rows (6.2 %), 812,345 rows/s, ETA 23 s" */
    String line(long done, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 && done < total ? String.format(Locale.ROOT, ", ETA %.0f s", (total - done) / rate) : "";
        return String.format(Locale.ROOT, "ingest: %,d of %,d rows (%.1f %%), %,.0f rows/s%s", done, total,
                total > 0 ? 100.0 * done / total : 100.0, rate, eta);
    }

    private void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
