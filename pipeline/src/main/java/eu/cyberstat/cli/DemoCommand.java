package eu.cyberstat.cli;

import eu.cyberstat.ingest.InputException;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.pipeline.DemoPlan;
import eu.cyberstat.pipeline.Installation;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.alerts.AlertIngestReceipt;
import eu.cyberstat.pipeline.metrics.MetricsConfig;
import eu.cyberstat.pipeline.progress.ProgressDisplay;
import eu.cyberstat.pipeline.run.AnnualRun;
import eu.cyberstat.pipeline.run.RunRequest;
import eu.cyberstat.pipeline.run.RunResult;
import eu.cyberstat.pipeline.spark.LazySparkSession;
import eu.cyberstat.pipeline.storage.Receipt;
import eu.cyberstat.pipeline.storage.SubmissionIntake;
import eu.cyberstat.pipeline.storage.Warehouse;
import eu.cyberstat.reference.ReferenceData;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cyberstat demo}: the whole pipeline on the shipped sample data. Submits every file of
 * {@code data-samples/demo-plan.csv} (bad ones are shown being rejected and never stop the
 * others), then runs the annual run of the latest year into {@code out/}. Rerunning it changes
 * nothing in the warehouse (the files are duplicates) and replaces the outputs.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Loads the shipped sample data into the warehouse and produces the annual report set in --out.")
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "DIR", description = "Sample data folder (default: data-samples of the installation).")
    Path samples;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--year", paramLabel = "YYYY", description = "Reference year (default: the latest year with figures).")
    Integer year;

    @Mixin
    WarehouseOptions warehouseOptions;

    @Override
    public Integer call() {
        Path home = Installation.home();
        Path dir = samples != null ? samples : home.resolve("data-samples");
        if (!Files.isDirectory(dir)) {
            throw new InputException("Sample data folder " + dir + " does not exist: name it with --samples DIR.");
        }
        DemoPlan plan = DemoPlan.read(dir, home);
        Settings settings = warehouseOptions.settings();
        Warehouse warehouse = Warehouse.openOrCreate(settings.warehouseDir());
        PrintWriter out = spec.commandLine().getOut();
        try (LazySparkSession spark = new LazySparkSession(settings, "cyberstat demo")) {
            out.printf("Loading %d sample files into %s%n", plan.entries().size(), warehouse.root());
            int surprises = load(plan, warehouse, settings, spark, out);
            int reference = year != null ? year : latestYear(warehouse);
            out.printf("%nAnnual run for %d%n", reference);
            out.flush();
            RunResult result;
            try (ProgressDisplay progress = ProgressDisplay.start("run " + reference)) {
                result = new AnnualRun(spark.get(), warehouse, ReferenceData.shipped(),
                        warehouse.population(null), RunCommand.steps(settings))
                        .run(new RunRequest(MetricsConfig.from(settings, reference, null), null, outDir), progress);
            }
            RunCommand.print(result, out);
            if (surprises > 0) {
                out.printf("%d sample file(s) did not have the expected outcome (see above).%n", surprises);
                return ExitCode.REJECTED;
            }
            return ExitCode.OK;
        }
    }

    private int load(DemoPlan plan, Warehouse warehouse, Settings settings, LazySparkSession spark,
                     PrintWriter out) {
        SubmissionIntake intake = new SubmissionIntake(warehouse, ReferenceData.shipped(),
                ValidateCommand.validationSettings(settings), spark);
        int surprises = 0;
        for (DemoPlan.Entry e : plan.entries()) {
            String name = plan.samples().relativize(e.file()).toString();
            boolean accepted;
            if (e.isNational()) {
                Receipt r = intake.submit(e.file(), new ValidationRequest(e.country(), e.profile(), null)).receipt();
                accepted = !r.isRejected();
                out.printf("  %-48s %-9s %5d figures  %s%n", name, r.status(), r.rows(), r.submissionId());
            } else {
                // The demo keys URL hashes with a random key kept in the warehouse (see AlertKeys).
                AlertIngestReceipt r = IngestAlertsCommand.ingest(List.of(e.file()), e.platform(), e.profile(), settings,
                        true, false, spark.get());
                accepted = r.accepted() > 0 || r.isRepeat();
                if (r.isRepeat()) {
                    out.printf("  %-48s %-9s %5s alerts   %s%n", name, "duplicate", "", r.sameAs());
                } else {
                    out.printf("  %-48s %-9s %5d alerts   %s (%,d quarantined)%n", name, "ingested", r.accepted(),
                            r.ingestId(), r.quarantined());
                }
            }
            if (accepted != e.expectAccepted()) {
                surprises++;
                out.printf("    expected %s%n", e.expectAccepted() ? "accepted" : "rejected");
            }
            out.flush();
        }
        return surprises;
    }

    private static int latestYear(Warehouse warehouse) {
        return warehouse.submissions().effective(null).stream()
                .flatMap(s -> s.countryYears().stream()).mapToInt(cy -> Integer.parseInt(cy.get(1))).max()
                .orElseThrow(() -> new InputException("No sample file was accepted: nothing to run."));
    }
}
