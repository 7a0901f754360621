package eu.cyberstat.pipeline.spark;

import eu.cyberstat.pipeline.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one SparkSession of a cyberstat process. Local mode by default; the master and
 * any {@code spark.*} setting come from {@link Settings}, so the same job runs under
 * spark-submit on a cluster, where whatever spark-submit sets (the master above all) wins.
 */
public final class SparkSessions {

    /** Folders a table read may list on the driver before Spark lists them with a job. */
    static final String PARALLEL_LISTING_THRESHOLD = "spark.sql.sources.parallelPartitionDiscovery.threshold";

    private SparkSessions() {
    }

    public static SparkSession create(Settings settings, String appName) {
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        configuration(settings, new SparkConf()).forEach(builder::config);
        return builder.getOrCreate();
    }

    /**
     * What cyberstat sets on the session: its defaults, then the settings' {@code spark.*} keys,
     * each only where {@code submitted} (the configuration spark-submit passed, read from system
     * properties by {@code new SparkConf()}) does not set it already. Options set on the builder
     * would otherwise override spark-submit's.
     */
    static Map<String, String> configuration(Settings settings, SparkConf submitted) {
        Path work = settings.workDir().toAbsolutePath();
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put(Settings.SHUFFLE_PARTITIONS, Integer.toString(Settings.SHUFFLE_PARTITIONS_DEFAULT));
        conf.put("spark.ui.enabled", "false");
        conf.put("spark.ui.showConsoleProgress", "false");
        conf.put("spark.sql.session.timeZone", "UTC");
        conf.put("spark.sql.sources.partitionOverwriteMode", "dynamic");
        conf.put("spark.sql.parquet.compression.codec", "snappy");
        // Spark's scratch files stay inside the project's work folder, not in /tmp.
        conf.put("spark.local.dir", work.resolve("spark").toString());
        conf.put("spark.sql.warehouse.dir", work.resolve("spark-warehouse").toString());
        conf.put(Settings.SPARK_MASTER, Settings.SPARK_MASTER_DEFAULT);
        conf.putAll(settings.sparkSettings());
        String master = submitted.contains(Settings.SPARK_MASTER) ? submitted.get(Settings.SPARK_MASTER)
                : conf.get(Settings.SPARK_MASTER);
        if (master.startsWith("local")) {
            conf.put("spark.driver.host", "localhost");
            conf.put("spark.driver.bindAddress", "127.0.0.1");
            // A table read lists its folders (the observations table has one per submission and country) on the
            // driver: above 32 folders Spark would run a job to list them in parallel, which on one machine costs
            // seconds in a cold JVM and saves nothing.
            conf.putIfAbsent(PARALLEL_LISTING_THRESHOLD, "100000");
        }
        conf.keySet().removeIf(submitted::contains);
        return conf;
    }
}
