package eu.cyberstat.app;

import eu.cyberstat.pipeline.alerts.AlertMetricsJob;
import eu.cyberstat.pipeline.alerts.WarehouseAlertTables;
import eu.cyberstat.reports.model.AlertFigure;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The alert figures of one reference year alone, into {@code alerts-YYYY.csv} (the annual run writes them too). */
public final class ComputeAlertMetrics {

    /** @param asOf read the warehouse as it was at this instant (null: its latest state) */
    public record Request(int year, Instant asOf, Path outDir) {
    }

    /** The file written and the figures in it. */
    public record Result(Path file, List<AlertFigure> figures) {
    }

    private final Application app;

    public ComputeAlertMetrics(Application app) {
        this.app = app;
    }

    public Result compute(Request request) {
        List<AlertFigure> figures = new AlertMetricsJob(app.spark(), new WarehouseAlertTables(app.warehouse()))
                .figures(request.year(), request.asOf());
        return new Result(AlertMetricsJob.writeCsv(figures, request.outDir(), request.year()), figures);
    }
}
