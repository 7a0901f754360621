package eu.cyberstat.pipeline.alerts;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Where alert ingest writes and alert metrics read: the warehouse's alerts and quarantine tables. */
public interface AlertTables {

    /**
     * Makes {@code rows} (schema {@link AlertTablesSchema#ALERTS_SCHEMA}) the new content of the
     * platform-month partitions they hold, atomically: readers see all of them or none. Rows that
     * turn out to be none commit nothing.
     *
     * @return whether anything was committed
     */
    boolean replaceAlerts(Dataset<Row> rows, Map<String, String> properties);

    /** Stores an ingest's quarantined records (partition platform × ingest id). */
    void replaceQuarantine(Dataset<Row> rows, Map<String, String> properties);

    /**
     * The id of the ingest whose input digest is {@code inputSha256} if every platform-month it
     * wrote is still in force, or if it wrote none (every record quarantined), so that ingesting
     * the same export again would change nothing.
     */
    Optional<String> ingestInForce(String inputSha256);

    /** The alerts in force at {@code asOf} (null = latest). */
    Dataset<Row> alerts(SparkSession spark, Instant asOf);

    /** The quarantined records in force at {@code asOf} (null = latest). */
    Dataset<Row> quarantine(SparkSession spark, Instant asOf);
}
