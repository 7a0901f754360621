package eu.cyberstat.pipeline.alerts;

import eu.cyberstat.ingest.store.Snapshot;
import eu.cyberstat.pipeline.storage.ParquetTable;
import eu.cyberstat.pipeline.storage.Warehouse;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The alert tables of a warehouse: Parquet tables with atomic partition-wise replacement and history. */
public final class WarehouseAlertTables implements AlertTables {

    private final ParquetTable alerts;
    private final ParquetTable quarantine;

    public WarehouseAlertTables(Warehouse warehouse) {
        this.alerts = warehouse.table(AlertTablesSchema.ALERTS, AlertTablesSchema.ALERTS_SCHEMA,
                AlertTablesSchema.ALERTS_PARTITIONING);
        this.quarantine = warehouse.table(AlertTablesSchema.QUARANTINE, AlertTablesSchema.QUARANTINE_SCHEMA,
                AlertTablesSchema.QUARANTINE_PARTITIONING);
    }

    @Override
    public boolean replaceAlerts(Dataset<Row> rows, Map<String, String> properties) {
        return alerts.replacePartitionsIfAny(rows, properties).isPresent();
    }

    @Override
    public void replaceQuarantine(Dataset<Row> rows, Map<String, String> properties) {
        quarantine.replacePartitions(rows, properties);
    }

    @Override
    public Optional<String> ingestInForce(String inputSha256) {
        Snapshot now = alerts.snapshot(null);
        Optional<String> wrote = now.effectiveCommits().stream()
                .filter(c -> inputSha256.equals(c.property(AlertIngestJob.INPUT_SHA256)) && now.isFullyEffective(c))
                .map(c -> c.property(AlertIngestJob.INGEST_ID)).findFirst();
        if (wrote.isPresent()) {
            return wrote;
        }
        // An ingest whose every record was quarantined wrote only its quarantine: that is all it would write again.
        return quarantine.snapshot(null).commits().stream()
                .filter(c -> inputSha256.equals(c.property(AlertIngestJob.INPUT_SHA256))
                        && "false".equals(c.property(AlertIngestJob.ALERTS_COMMITTED)))
                .map(c -> c.property(AlertIngestJob.INGEST_ID)).reduce((a, b) -> b);
    }

    /** The alerts table's commits in force at {@code asOf} (null = latest). */
    public Snapshot alertsSnapshot(Instant asOf) {
        return alerts.snapshot(asOf);
    }

    @Override
    public Dataset<Row> alerts(SparkSession spark, Instant asOf) {
        return alerts.read(spark, asOf);
    }

    @Override
    public Dataset<Row> quarantine(SparkSession spark, Instant asOf) {
        return quarantine.read(spark, asOf);
    }
}
