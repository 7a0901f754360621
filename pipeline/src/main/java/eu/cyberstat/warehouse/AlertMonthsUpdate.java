package eu.cyberstat.warehouse;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One ingest of a platform's alert exports replacing the platform-months it covers. The alerts
 * are staged first ({@link #stageAlerts}: writing them is the Spark job that also sets the
 * malformed records aside), then the quarantine ({@link #stageQuarantine}); {@link #apply()}
 * names the months that would be replaced, and {@link #commit()} publishes both: the alerts
 * table's entry, then the quarantine's. Rows that turn out to be none commit nothing to the
 * alerts table, rather than an entry that owns no partition.
 */
public final class AlertMonthsUpdate implements PendingUpdate<List<String>, AlertIngest> {

    private final ParquetTable alerts;
    private final ParquetTable quarantine;
    private AlertIngest ingest;
    private ParquetTable.StagedData stagedAlerts;
    private ParquetTable.StagedData stagedQuarantine;

    AlertMonthsUpdate(ParquetTable alerts, ParquetTable quarantine, AlertIngest ingest) {
        this.alerts = alerts;
        this.quarantine = quarantine;
        this.ingest = ingest;
    }

    /** Writes the alerts (schema {@link AlertTablesSchema#ALERTS_SCHEMA}) to the staging folder; nothing is visible. */
    public AlertMonthsUpdate stageAlerts(Dataset<Row> rows) {
        stagedAlerts = alerts.stage(ParquetTable.newCommitId(), rows);
        ingest = ingest.withAlertsCommitted(!stagedAlerts.partitions().isEmpty());
        return this;
    }

    /** Writes the records set aside (schema {@link AlertTablesSchema#QUARANTINE_SCHEMA}) to the staging folder. */
    public AlertMonthsUpdate stageQuarantine(Dataset<Row> rows) {
        stagedQuarantine = quarantine.stage(ParquetTable.newCommitId(), rows);
        return this;
    }

    /** Whether any alert was staged (false when every record was set aside). */
    public boolean hasAlerts() {
        return stagedAlerts != null && !stagedAlerts.partitions().isEmpty();
    }

    /** The platform-months ("2024-01") the staged alerts would replace. */
    @Override
    public List<String> apply() {
        return stagedAlerts == null ? List.of()
                : stagedAlerts.partitions().stream().map(p -> p.get(1)).sorted().toList();
    }

    /** Publishes what was staged: the alerts' months, then the quarantine, each in one log entry. */
    @Override
    public AlertIngest commit() {
        if (stagedAlerts != null) {
            if (stagedAlerts.partitions().isEmpty()) {
                ParquetTable.deleteStaged(stagedAlerts);
            } else {
                alerts.commit(stagedAlerts, List.of(), ingest.alertsProperties());
            }
        }
        Optional.ofNullable(stagedQuarantine)
                .ifPresent(q -> quarantine.commit(q, List.of(), ingest.quarantineProperties()));
        return ingest;
    }
}
