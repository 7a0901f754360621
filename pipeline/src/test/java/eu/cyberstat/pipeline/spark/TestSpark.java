package eu.cyberstat.pipeline.spark;

import eu.cyberstat.pipeline.Settings;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** The one SparkSession shared by every test of the JVM: starting one costs seconds. */
public final class TestSpark {

    private static SparkSession session;

    private TestSpark() {
    }

    public static synchronized SparkSession session() {
        if (session == null) {
            Path work = Path.of("target", "spark-work").toAbsolutePath();
            Settings settings = Settings.defaults()
                    .with(Settings.SPARK_MASTER, "local[2]")
                    .with(Settings.SHUFFLE_PARTITIONS, 2)
                    .with(Settings.WORK_DIR, work);
            session = SparkSessions.create(settings, "cyberstat-tests");
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
