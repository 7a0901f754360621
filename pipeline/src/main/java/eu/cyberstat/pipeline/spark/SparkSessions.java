package eu.cyberstat.pipeline.spark;

import eu.cyberstat.pipeline.Settings;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one SparkSession of a cyberstat process. Local mode by default; the master and
 * any {@code spark.*} setting come from {@link Settings}, so the same job runs under
 * spark-submit on a cluster (where the master is already set and wins).
 */
public final class SparkSessions {

    private SparkSessions() {
    }

    public static SparkSession create(Settings settings, String appName) {
        Path work = settings.workDir().toAbsolutePath();
        SparkSession.Builder builder = SparkSession.builder()
                .appName(appName)
                .config("spark.sql.shuffle.partitions", Settings.SHUFFLE_PARTITIONS_DEFAULT)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
                .config("spark.sql.parquet.compression.codec", "snappy")
                // Spark's scratch files stay inside the project's work folder, not in /tmp.
                .config("spark.local.dir", work.resolve("spark").toString())
                .config("spark.sql.warehouse.dir", work.resolve("spark-warehouse").toString());
        if (System.getProperty("spark.master") == null) {
            builder.master(settings.get(Settings.SPARK_MASTER, Settings.SPARK_MASTER_DEFAULT));
            builder.config("spark.driver.host", "localhost");
            builder.config("spark.driver.bindAddress", "127.0.0.1");
        }
        settings.sparkSettings().forEach(builder::config);
        return builder.getOrCreate();
    }
}
