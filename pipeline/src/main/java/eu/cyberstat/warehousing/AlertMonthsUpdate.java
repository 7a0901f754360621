package eu.cyberstat.warehousing;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One ingest of a platform's alert exports replacing the platform-months it covers. The alerts
 * are staged first ({@link #stageAlerts}: writing them is the Spark job that also sets the
 * malformed records aside), then the quarantine ({@link #stageQuarantine}); {@link #apply()}
 * names the months that would be replaced, and {@link #commit()} publishes both in one step.
 *
 * <p>Two tables, one commit point: the quarantine's log entry is written first, naming the
 * alerts commit to come, and is invisible until that alerts entry exists
 * ({@link AlertIngests#quarantine}); the alerts entry then makes both visible at once. Killed
 * between the two, neither is visible, and the same export ingested again is not taken for a
 * repeat. An ingest whose every record was set aside commits only its quarantine, which is
 * then its commit point; rows that turn out to be none commit nothing to the alerts table,
 * rather than an entry that owns no partition.
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

    /**
     * Publishes what was staged, alerts and quarantine together: the quarantine entry is
     * prepared, then the alerts entry commits both (see the class comment).
     */
    @Override
    public AlertIngest commit() {
        if (!hasAlerts()) {
            Optional.ofNullable(stagedAlerts).ifPresent(alerts::deleteStaged);
            Optional.ofNullable(stagedQuarantine)
                    .ifPresent(q -> quarantine.commit(q, List.of(), ingest.quarantineProperties(null)));
            return ingest;
        }
        Optional.ofNullable(stagedQuarantine).ifPresent(q -> quarantine.commit(q, List.of(),
                ingest.quarantineProperties(stagedAlerts.commitId())));
        alerts.commit(stagedAlerts, List.of(), ingest.alertsProperties());
        return ingest;
    }
}
