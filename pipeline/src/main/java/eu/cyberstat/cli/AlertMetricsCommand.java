package eu.cyberstat.cli;

import eu.cyberstat.pipeline.AsOf;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.alerts.AlertMetricsJob;
import eu.cyberstat.pipeline.alerts.WarehouseAlertTables;
import eu.cyberstat.pipeline.spark.LazySparkSession;
import eu.cyberstat.pipeline.storage.Warehouse;
import eu.cyberstat.reports.model.AlertFigure;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
        Settings settings = warehouseOptions.settings();
        Instant instant = AsOf.parse(asOf); // a mistake on the command line is said before anything is opened
        List<AlertFigure> figures;
        Warehouse warehouse = Warehouse.open(settings.warehouseDir());
        try (LazySparkSession spark = new LazySparkSession(settings, "cyberstat alert-metrics")) {
            figures = new AlertMetricsJob(spark.get(), new WarehouseAlertTables(warehouse))
                    .figures(year, instant);
        }
        Path file = AlertMetricsJob.writeCsv(figures, out, year);
        spec.commandLine().getOut().printf(Locale.ROOT, "%s: %,d alert figures for %d in %.1f s%n", file, figures.size(), year,
                (System.nanoTime() - start) / 1e9);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
