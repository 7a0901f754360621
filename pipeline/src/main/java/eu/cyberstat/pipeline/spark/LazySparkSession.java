package eu.cyberstat.pipeline.spark;

import eu.cyberstat.pipeline.Settings;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * A command's Spark session, started on first use (validation alone stays fast) and stopped by
 * {@link #close()} only if this command started it: under tests or an embedding pipeline a
 * session may exist already, which is used and left running.
 */
public final class LazySparkSession implements Supplier<SparkSession>, AutoCloseable {

    private final Settings settings;
    private final String appName;
    private SparkSession session;
    private boolean own;

    public LazySparkSession(Settings settings, String appName) {
        this.settings = settings;
        this.appName = appName;
    }

    @Override
    public synchronized SparkSession get() {
        if (session == null) {
            own = SparkSession.getDefaultSession().isEmpty() && SparkSession.getActiveSession().isEmpty();
            session = own ? SparkSessions.create(settings, appName) : SparkSession.active();
        }
        return session;
    }

    @Override
    public synchronized void close() {
        if (session != null && own) {
            session.stop();
        }
    }
}
