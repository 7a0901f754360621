package eu.cyberstat.cli;

import eu.cyberstat.pipeline.AsOf;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.alerts.AlertRunStep;
import eu.cyberstat.pipeline.metrics.MetricsConfig;
import eu.cyberstat.pipeline.progress.ProgressDisplay;
import eu.cyberstat.pipeline.report.ReportStep;
import eu.cyberstat.pipeline.run.AnnualRun;
import eu.cyberstat.pipeline.run.OutputFile;
import eu.cyberstat.pipeline.run.RunManifest;
import eu.cyberstat.pipeline.run.RunRequest;
import eu.cyberstat.pipeline.run.RunResult;
import eu.cyberstat.pipeline.run.RunStep;
import eu.cyberstat.pipeline.spark.LazySparkSession;
import eu.cyberstat.pipeline.storage.Warehouse;
import eu.cyberstat.reference.ReferenceData;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cyberstat run}: the annual metrics run of a reference year. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {
            "Computes the trend metrics of a reference year and the years before it (a ten-year window by "
                + "default) from the national figures in the warehouse, replaces that year's metrics in the "
                + "warehouse, and writes metrics-YYYY.csv, sdmx-YYYY.csv, key-findings-YYYY.json, the alert-platform "
                + "figures alerts-YYYY.csv (when the warehouse holds alert exports), the report set (PDF and workbook "
                + "in three languages, feedback sheets) and manifest.json.",
            "The same warehouse state and settings give byte-identical files (the manifest aside); use --as-of to "
                + "reproduce a run as the warehouse was at a past date."})
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The reference year of the report.")
    int year;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Folder for the output files (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--as-of", paramLabel = "INSTANT",
            description = "Read the warehouse as it was at this date (end of day, UTC) or instant, e.g. 2026-03-01 "
                + "or 2026-03-01T12:00:00Z. Default: its latest state.")
    String asOf;

    @Option(names = "--base-year", paramLabel = "YYYY",
            description = "Base year of the index (= 100), inside the window. Default: setting "
                + MetricsConfig.BASE_YEAR + ", else the first year of the window.")
    Integer baseYear;

    @Mixin
    WarehouseOptions warehouseOptions;

    @Override
    public Integer call() {
        Settings settings = warehouseOptions.settings();
        MetricsConfig config = MetricsConfig.from(settings, year, baseYear);
        RunRequest request = new RunRequest(config, AsOf.parse(asOf), out);
        Warehouse warehouse = Warehouse.open(settings.warehouseDir());
        AnnualRun.requireFigures(warehouse, request);   // before Spark starts: a year without figures is said at once
        try (LazySparkSession spark = new LazySparkSession(settings, "cyberstat run " + year)) {
            RunResult result;
            try (ProgressDisplay progress = ProgressDisplay.start("run " + year)) {
                result = new AnnualRun(spark.get(), warehouse, ReferenceData.shipped(),
                        warehouse.population(request.asOf()), steps(settings)).run(request, progress);
            }
            print(result, spec.commandLine().getOut());
        }
        return ExitCode.OK;
    }

    /** What the annual run does after the national metrics: the alert figures, then the report set. */
    static List<RunStep> steps(Settings settings) {
        return List.of(new AlertRunStep(), new ReportStep(ReferenceData.shipped(), settings));
    }

    static void print(RunResult result, PrintWriter out) {
        RunManifest m = result.manifest();
        out.printf("Run %s: reference year %d, %d–%d (index %d = 100), data as of %s%n", m.runId(), m.referenceYear(),
                m.window().firstYear(), m.window().lastYear(), m.window().baseYear(), m.dataVintage());
        out.printf("Read %d figures from %d submission(s); published %d figures and %d key findings.%n",
                m.inputs().stream().mapToLong(RunManifest.Input::rowsRead).sum(), m.inputs().size(),
                result.published().size(), result.keyFindings().size());
        for (OutputFile f : m.outputs()) {
            out.printf("  %s  %s%n", result.outDir().resolve(f.name()), f.sha256());
        }
        out.printf("  %s%n", result.outDir().resolve(AnnualRun.MANIFEST_FILE));
        if (!m.warnings().isEmpty()) {
            out.printf("%d warning(s), listed in the manifest:%n", m.warnings().size());
            m.warnings().stream().limit(10).forEach(w -> out.printf("  %s %s%n", w.code(), w.message()));
            if (m.warnings().size() > 10) {
                out.printf("  ... and %d more%n", m.warnings().size() - 10);
            }
        }
        out.flush();
    }
}
