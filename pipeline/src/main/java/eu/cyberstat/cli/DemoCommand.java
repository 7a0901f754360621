package eu.cyberstat.cli;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.DemoPlan;
import eu.cyberstat.app.Receipt;
import eu.cyberstat.app.RunDemo;
import java.io.PrintWriter;
import java.nio.file.Path;
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
        PrintWriter out = spec.commandLine().getOut();
        try (Application app = Application.start(warehouseOptions.settings(), "cyberstat demo")) {
            RunDemo.Result result = new RunDemo(app).run(new RunDemo.Request(samples, outDir, year), new RunDemo.Listener() {
                @Override
                public void loading(DemoPlan plan, String warehouse) {
                    out.printf("Loading %d sample files into %s%n", plan.entries().size(), warehouse);
                }

                @Override
                public void loaded(RunDemo.Loaded file) {
                    print(file, out);
                }

                @Override
                public void running(int reference) {
                    out.printf("%nAnnual run for %d%n", reference);
                    out.flush();
                }

                @Override
                public void waiting(long runId) {
                    spec.commandLine().getErr().println(RunPrinter.waiting(runId));
                }
            }, ProgressDisplay::start);
            RunPrinter.print(result.run(), out);
            if (result.surprises() > 0) {
                out.printf("%d sample file(s) did not have the expected outcome (see above).%n", result.surprises());
                return ExitCode.REJECTED;
            }
            return ExitCode.OK;
        }
    }

    private static void print(RunDemo.Loaded file, PrintWriter out) {
        if (file.receipt() != null) {
            Receipt r = file.receipt();
            out.printf("  %-48s %-9s %5d figures  %s%n", file.name(), r.status(), r.rows(), r.submissionId());
        } else if (file.ingest().isRepeat()) {
            out.printf("  %-48s %-9s %5s alerts   %s%n", file.name(), "duplicate", "", file.ingest().sameAs());
        } else {
            out.printf("  %-48s %-9s %5d alerts   %s (%,d quarantined)%n", file.name(), "ingested",
                    file.ingest().accepted(), file.ingest().ingestId(), file.ingest().quarantined());
        }
        if (!file.isAsExpected()) {
            out.printf("    expected %s%n", file.entry().expectAccepted() ? "accepted" : "rejected");
        }
        out.flush();
    }
}
