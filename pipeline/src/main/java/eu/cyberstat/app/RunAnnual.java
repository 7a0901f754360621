package eu.cyberstat.app;

import eu.cyberstat.pipeline.alerts.AlertRunStep;
import eu.cyberstat.pipeline.metrics.MetricsConfig;
import eu.cyberstat.pipeline.progress.Progress;
import eu.cyberstat.pipeline.report.ReportStep;
import eu.cyberstat.pipeline.run.AnnualRun;
import eu.cyberstat.pipeline.run.RunFolder;
import eu.cyberstat.pipeline.run.InputsFingerprint;
import eu.cyberstat.pipeline.run.RunRequest;
import eu.cyberstat.pipeline.run.RunResult;
import eu.cyberstat.pipeline.run.RunStep;
import eu.cyberstat.warehousing.Warehouse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The annual run of a reference year: the metrics of its window from the national figures in
 * force as of an instant, the alert figures, SDMX, key findings, the report set and the
 * manifest (the run's record), written into the output folder.
 */
public final class RunAnnual {

    /**
     * @param asOf     read the warehouse as it was at this instant (null: its latest state)
     * @param baseYear base year of the index (null: the setting, else the first year of the window)
     */
    public record Request(int year, Instant asOf, Path outDir, Integer baseYear) {
    }

    private final Application app;

    public RunAnnual(Application app) {
        this.app = app;
    }

    /** Runs, telling {@code progress} of each stage; the result holds the manifest, the run's record. */
    public RunResult run(Request request, Progress progress) {
        MetricsConfig config = MetricsConfig.from(app.settings(), request.year(), request.baseYear());
        RunRequest run = new RunRequest(config, request.asOf(), request.outDir());
        Warehouse warehouse = app.warehouse();
        AnnualRun.requireFigures(warehouse, run);   // before Spark starts: a year without figures is said at once
        RunFolder.requireReplaceable(request.outDir());
        return new AnnualRun(app.spark(), warehouse, app.reference(), warehouse.population(request.asOf()), steps())
                .run(run, progress);
    }

    /**
     * What a run of this year would read, as a fingerprint computed from the commit logs (no
     * Spark); see {@link InputsFingerprint}.
     */
    public String inputsFingerprint(int year, Instant asOf, Integer baseYear) {
        MetricsConfig config = MetricsConfig.from(app.settings(), year, baseYear);
        Warehouse warehouse = app.warehouse();
        return InputsFingerprint.of(warehouse, config, asOf, warehouse.population(asOf), steps());
    }

    /** Whether the warehouse holds national figures for the year (as of the instant); a run needs them. */
    public void requireFigures(int year, Instant asOf) {
        AnnualRun.requireFigures(app.warehouse(), new RunRequest(MetricsConfig.from(app.settings(), year, null), asOf,
                Path.of(".")));
    }

    /** What the run does after the national metrics, ordered by what each reads: the alert figures, the report set. */
    private List<RunStep> steps() {
        return List.of(new ReportStep(app.reference(), app.settings()), new AlertRunStep());
    }
}
