package eu.cyberstat.pipeline.alerts;

import eu.cyberstat.warehousing.AlertIngest;
import eu.cyberstat.warehousing.AlertMonthsUpdate;
import eu.cyberstat.warehousing.Snapshot;
import eu.cyberstat.warehousing.Warehouse;
import java.time.Instant;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The alert tables of a warehouse: Parquet tables with atomic partition-wise replacement and history. */
public final class WarehouseAlertTables implements AlertTables {

    private final Warehouse warehouse;

    public WarehouseAlertTables(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public AlertMonthsUpdate replaceAlertMonths(AlertIngest ingest) {
        return warehouse.replaceAlertMonths(ingest);
    }

    @Override
    public Optional<String> ingestInForce(String inputSha256) {
        return warehouse.alertIngests().inForce(inputSha256);
    }

    /** The alerts table's commits in force at {@code asOf} (null = latest). */
    public Snapshot alertsSnapshot(Instant asOf) {
        return warehouse.alerts().snapshot(asOf);
    }

    @Override
    public Dataset<Row> alerts(SparkSession spark, Instant asOf) {
        return warehouse.alerts().read(spark, asOf);
    }

    @Override
    public Dataset<Row> quarantine(SparkSession spark, Instant asOf) {
        // Only the quarantine of ingests that committed: one prepared for a killed ingest's alerts stays unseen.
        return warehouse.alertQuarantine().readSnapshot(spark, warehouse.alertIngests().quarantine(asOf));
    }
}
