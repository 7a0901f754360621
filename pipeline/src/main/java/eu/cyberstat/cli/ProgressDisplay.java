package eu.cyberstat.cli;

import eu.cyberstat.pipeline.progress.Progress;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a long command's {@link Progress}: when standard error is a terminal, one line per stage,
 * redrawn in place, with its name, the units done (of how many, with rate and time left when
 * known) and the time elapsed; otherwise (a log file, CI, a pipe) nothing on the terminal, and one log line every
 * 10 seconds at info level (shown with {@code --verbose}). A thread polls the counts, so the job
 * never waits for the display.
 */
public final class ProgressDisplay implements Progress, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressDisplay.class);
    private static final long POLL_MILLIS = 250;
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    /** One stage as the display thread sees it. */
    private record Stage(String name, long total, String unit, LongSupplier done, long startNanos) {
    }

    private final String task;
    private final boolean terminal;
    private final AtomicLong advanced = new AtomicLong();
    private final Thread thread;
    private volatile Stage stage;
    private volatile boolean running = true;

    private ProgressDisplay(String task, boolean terminal) {
        this.task = task;
        this.terminal = terminal;
        this.thread = new Thread(this::show, "progress-" + task);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** A display for the task named (e.g. "run 2022"), on the terminal if standard error is one. */
    public static ProgressDisplay start(String task) {
        return new ProgressDisplay(task, Terminal.isStderrTerminal());
    }

    @Override
    public void stage(String name, long total, String unit) {
        advanced.set(0);
        stage = new Stage(name, total, unit, advanced::get, System.nanoTime());
    }

    @Override
    public void stage(String name, long total, String unit, LongSupplier done) {
        stage = new Stage(name, total, unit, done, System.nanoTime());
    }

    @Override
    public void advance(long units) {
        advanced.addAndGet(units);
    }

    private void show() {
        if (terminal) {
            showBars();
        } else {
            logLines();
        }
    }

    private void showBars() {
        Stage shown = null;
        ProgressBar bar = null;
        try {
            while (true) {
                Stage s = stage;
                if (s != shown) {
                    if (bar != null) {
                        bar.close();
                    }
                    bar = s == null ? null : bar(s);
                    shown = s;
                }
                if (bar != null) {
                    long done = shown.done().getAsLong();
                    bar.stepTo(shown.total() > 0 ? Math.min(shown.total(), done) : done);
                }
                if (!running) {
                    return;
                }
                sleep();
            }
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
    }

    /** The terminal line of a stage: the same sentence as the log line, redrawn in place. */
    private ProgressBar bar(Stage s) {
        return new ProgressBarBuilder().setTaskName(task + ": " + s.name())
                .setInitialMax(s.total() > 0 ? s.total() : -1)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis((int) POLL_MILLIS)
                .setRenderer((state, width) -> {
                    String line = line(s.name(), state.getCurrent(), s.total(), s.unit(), System.nanoTime() - s.startNanos());
                    return line.length() <= width ? line : line.substring(0, Math.max(0, width - 1)) + "…";
                })
                .build();
    }

    private void logLines() {
        long lastLog = System.nanoTime();
        while (running) {
            sleep();
            Stage s = stage;
            long now = System.nanoTime();
            if (s != null && now - lastLog >= LOG_EVERY_NANOS) {
                lastLog = now;
                LOG.info(line(s.name(), s.done().getAsLong(), s.total(), s.unit(), now - s.startNanos()));
            }
        }
    }

    /**
     * "run 2022: alerts: 1,234,567 of 20,000,000 rows (6.2 %), 812,345 rows/s, ETA 23 s, 1.5 s elapsed";
     * without a total, "run 2022: metrics, 12.0 s elapsed".
     */
    String line(String stageName, long done, long total, String unit, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        StringBuilder line = new StringBuilder(task).append(": ").append(stageName);
        if (unit != null) {
            double rate = seconds > 0 ? done / seconds : 0;
            line.append(String.format(Locale.ROOT, ": %,d", done));
            if (total > 0) {
                line.append(String.format(Locale.ROOT, " of %,d", total));
            }
            line.append(' ').append(unit);
            if (total > 0) {
                line.append(String.format(Locale.ROOT, " (%.1f %%)", 100.0 * done / total));
            }
            if (rate >= 10) { // a rate of documents, a few a second, says nothing the count does not
                line.append(String.format(Locale.ROOT, ", %,.0f %s/s", rate, unit));
            }
            if (total > 0 && rate > 0 && done < total) {
                line.append(String.format(Locale.ROOT, ", ETA %.0f s", (total - done) / rate));
            }
        }
        return line.append(String.format(Locale.ROOT, ", %.1f s elapsed", seconds)).toString();
    }

    private void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Ends the display: the last bar is drawn complete as it stands and the terminal line is freed. */
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
