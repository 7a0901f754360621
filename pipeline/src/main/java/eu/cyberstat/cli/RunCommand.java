package eu.cyberstat.cli;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.Runs;
import eu.cyberstat.pipeline.AsOf;
import eu.cyberstat.pipeline.history.RunTrigger;
import eu.cyberstat.pipeline.metrics.MetricsConfig;
import eu.cyberstat.pipeline.run.RunResult;
import java.nio.file.Path;
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
                + "reproduce a run as the warehouse was at a past date.",
            "The run is recorded in the run history (cyberstat runs) with a copy of its files; while another run "
                + "runs (the service's, a backfill) it waits for its turn."})
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
        java.time.Instant at = AsOf.parse(asOf);
        try (Application app = Application.start(warehouseOptions.settings(), "cyberstat run " + year)) {
            RunResult result;
            try (ProgressDisplay progress = ProgressDisplay.start("run " + year)) {
                result = new Runs(app).runHere(year, at, out, baseYear, RunTrigger.COMMAND,
                        Runs.commandUser(), progress, running -> spec.commandLine().getErr().println(
                                RunPrinter.waiting(running)));
            }
            RunPrinter.print(result, spec.commandLine().getOut());
        }
        return ExitCode.OK;
    }
}
