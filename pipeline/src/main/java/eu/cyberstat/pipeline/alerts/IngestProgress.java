package eu.cyberstat.pipeline.alerts;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Records read so far by the ingest tasks of this JVM. In local mode (the default) the tasks
 * run in the driver's JVM, so the progress display sees every record as it is read. On a
 * cluster the tasks count in their own JVMs: the display then stays at zero until the end
 * (Spark's own UI shows the tasks' progress there).
 */
final class IngestProgress {

    private static final AtomicLong RECORDS = new AtomicLong();

    private IngestProgress() {
    }

    static void add(long records) {
        RECORDS.addAndGet(records);
    }

    static long records() {
        return RECORDS.get();
    }

    static void reset() {
        RECORDS.set(0);
    }
}
