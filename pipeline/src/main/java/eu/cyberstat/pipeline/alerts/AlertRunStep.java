package eu.cyberstat.pipeline.alerts;

import eu.cyberstat.pipeline.run.RunContext;
import eu.cyberstat.pipeline.run.RunProduct;
import eu.cyberstat.pipeline.run.RunStep;
import eu.cyberstat.reports.model.AlertFigure;
import eu.cyberstat.warehousing.Commit;
import eu.cyberstat.warehousing.Snapshot;
import eu.cyberstat.warehousing.Warehouse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The alert-platform part of the annual run: the alert figures of the reference year into
 * {@code alerts-YYYY.csv} (hashed into the manifest) and into the report. A warehouse without
 * any alert export skips the step: national statistics alone make a complete report.
 */
public final class AlertRunStep implements RunStep {

    @Override
    public String name() {
        return "alerts";
    }

    @Override
    public Set<RunProduct<?>> produces() {
        return Set.of(RunProduct.ALERT_FIGURES);
    }

    @Override
    public Inputs inputs(Warehouse warehouse, Instant asOf) {
        Snapshot snapshot = new WarehouseAlertTables(warehouse).alertsSnapshot(asOf);
        Commit latest = snapshot.latest();
        return latest == null ? Inputs.NONE : new Inputs(
                snapshot.effectiveCommits().stream().map(Commit::id).collect(Collectors.joining(",")), latest.committedAt());
    }

    @Override
    public void run(RunContext context) {
        WarehouseAlertTables tables = new WarehouseAlertTables(context.warehouse());
        Instant vintage = context.provenance().asOf();
        if (tables.alertsSnapshot(vintage).latest() == null) {
            context.put(RunProduct.ALERT_FIGURES, List.of());
            return;
        }
        int year = context.referenceYear();
        List<AlertFigure> figures = new AlertMetricsJob(context.spark(), tables).figures(year, vintage);
        if (figures.isEmpty()) {
            context.warn("W_ALERTS_NONE", "The warehouse holds alert exports, but no alert received in "
                    + (year - 1) + " or " + year + ".");
            context.put(RunProduct.ALERT_FIGURES, List.of());
            return;
        }
        context.write(AlertMetricsJob.fileName(year), (long) figures.size(), out -> AlertMetricsJob.writeCsv(figures, out));
        context.put(RunProduct.ALERT_FIGURES, List.copyOf(figures));
    }
}
