package eu.cyberstat.pipeline.alerts;

import eu.cyberstat.warehousing.AlertIngest;
import eu.cyberstat.warehousing.AlertMonthsUpdate;
import java.time.Instant;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Where alert ingest writes and alert metrics read: the warehouse's alerts and quarantine tables. */
public interface AlertTables {

    /**
     * An ingest's replacement of the platform-months it covers, and of its quarantine: staged
     * by the job, then committed (see {@link AlertMonthsUpdate}).
     */
    AlertMonthsUpdate replaceAlertMonths(AlertIngest ingest);

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
