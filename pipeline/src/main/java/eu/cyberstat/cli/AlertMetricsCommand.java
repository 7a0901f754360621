package eu.cyberstat.cli;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.ComputeAlertMetrics;
import eu.cyberstat.pipeline.AsOf;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cyberstat alert-metrics}: the alert figures of one reference year into
 * {@code alerts-YYYY.csv}, without the rest of the annual run (which also writes them).
 */
@Command(name = "alert-metrics", mixinStandardHelpOptions = true,
        description = "Computes the alert-platform figures of a reference year from the warehouse and writes "
                + "alerts-YYYY.csv (see docs/alerts.md).")
public final class AlertMetricsCommand implements Callable<Integer> {

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "Reference year.")
    int year;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--as-of", paramLabel = "INSTANT", description = "Read the warehouse as it was at this date or instant.")
    String asOf;

    @Mixin
    WarehouseOptions warehouseOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Instant instant = AsOf.parse(asOf); // a mistake on the command line is said before anything is opened
        ComputeAlertMetrics.Result result;
        try (Application app = Application.start(warehouseOptions.settings(), "cyberstat alert-metrics")) {
            result = new ComputeAlertMetrics(app).compute(new ComputeAlertMetrics.Request(year, instant, out));
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "%s: %,d alert figures for %d in %.1f s%n", result.file(),
                result.figures().size(), year, (System.nanoTime() - start) / 1e9);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
