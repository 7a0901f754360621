package eu.cyberstat.pipeline.alerts;

import eu.cyberstat.ingest.store.Commit;
import eu.cyberstat.ingest.store.Snapshot;
import eu.cyberstat.pipeline.run.RunContext;
import eu.cyberstat.pipeline.run.RunStep;
import eu.cyberstat.pipeline.storage.Warehouse;
import eu.cyberstat.reports.model.AlertFigure;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The alert-platform part of the annual run: the alert figures of the reference year into
 * {@code alerts-YYYY.csv} (hashed into the manifest) and into the report. A warehouse without
 * any alert export skips the step: national statistics alone make a complete report.
 */
public final class AlertRunStep implements RunStep {

    /** The state of the alerts table that the run id names; the step reads exactly that state. */
    private Snapshot snapshot;

    @Override
    public String name() {
        return "alerts";
    }

    @Override
    public String inputFingerprint(Warehouse warehouse, Instant asOf) {
        snapshot = new WarehouseAlertTables(warehouse).alertsSnapshot(asOf);
        return snapshot.effectiveCommits().stream().map(Commit::id).collect(Collectors.joining(","));
    }

    @Override
    public Instant inputVintage(Warehouse warehouse, Instant asOf) {
        if (snapshot == null) {
            inputFingerprint(warehouse, asOf);
        }
        Commit latest = snapshot.latest();
        return latest == null ? null : latest.committedAt();
    }

    @Override
    public void run(RunContext context) {
        if (snapshot == null) {
            inputFingerprint(context.warehouse(), context.asOf());
        }
        Commit latest = snapshot.latest();
        if (latest == null) {
            return;
        }
        int year = context.referenceYear();
        // As of the latest commit fingerprinted rather than "now": an ingest committing mid-run is not read.
        List<AlertFigure> figures = new AlertMetricsJob(context.spark(), new WarehouseAlertTables(context.warehouse()))
                .figures(year, latest.committedAt());
        if (figures.isEmpty()) {
            context.warn("W_ALERTS_NONE", "The warehouse holds alert exports, but no alert received in "
                    + (year - 1) + " or " + year + ".");
            return;
        }
        context.write(AlertMetricsJob.fileName(year), (long) figures.size(), out -> AlertMetricsJob.writeCsv(figures, out));
        context.addAlertFigures(figures);
    }
}
