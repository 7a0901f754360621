package eu.cyberstat.app;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.failure.NotFoundException;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.pipeline.Installation;
import eu.cyberstat.pipeline.alerts.AlertIngestReceipt;
import eu.cyberstat.pipeline.history.RunTrigger;
import eu.cyberstat.pipeline.progress.Progress;
import eu.cyberstat.pipeline.run.RunResult;
import eu.cyberstat.warehousing.CountryYear;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The whole pipeline on the shipped sample data: submits every file of
 * {@code data-samples/demo-plan.csv} (bad ones are rejected and never stop the others) and
 * ingests its alert exports through the same use cases as a user would, then runs the annual
 * run of the latest year, recorded in the run history as every run is. Rerunning it changes
 * nothing in the warehouse (the files are duplicates), replaces the outputs and records one more run.
 */
public final class RunDemo {

    /**
     * @param samples the sample data folder (null: data-samples of the installation)
     * @param year    the reference year (null: the latest year with figures)
     */
    public record Request(Path samples, Path outDir, Integer year) {
    }

    /** What loading one file of the plan gave: a submission's receipt or an ingest's. */
    public record Loaded(DemoPlan.Entry entry, String name, Receipt receipt, AlertIngestReceipt ingest) {
        public boolean isAccepted() {
            return receipt != null ? !receipt.isRejected() : ingest.accepted() > 0 || ingest.isRepeat();
        }

        public boolean isAsExpected() {
            return isAccepted() == entry.expectAccepted();
        }
    }

    /** Told of the plan, of each file as it is loaded, then of the run's start (the command line prints them). */
    public interface Listener {
        void loading(DemoPlan plan, String warehouse);

        void loaded(Loaded file);

        void running(int year);

        /** The run waits for this run, in progress elsewhere, to end (one run at a time). */
        default void waiting(long runId) {
        }
    }

    /** @param surprises files whose outcome was not the expected one */
    public record Result(List<Loaded> loaded, RunResult run, long surprises) {
    }

    private final Application app;

    public RunDemo(Application app) {
        this.app = app;
    }

    /**
     * @param progress a progress display for a task ("run 2022", "ingest DE-MELDESTELLE"), opened when it starts
     */
    public Result run(Request request, Listener listener, Function<String, Progress> progress) {
        Path home = Installation.home();
        Path dir = request.samples() != null ? request.samples() : home.resolve("data-samples");
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("Sample data folder " + dir + " does not exist: name it with --samples DIR.");
        }
        DemoPlan plan = DemoPlan.read(dir, home);
        listener.loading(plan, app.warehouseToWrite().describe());
        SubmitFile submit = new SubmitFile(app);
        IngestAlerts ingest = new IngestAlerts(app);
        List<Loaded> loaded = new ArrayList<>();
        for (DemoPlan.Entry e : plan.entries()) {
            String name = plan.samples().relativize(e.file()).toString();
            Loaded l = e.isNational()
                    ? new Loaded(e, name, submit.submit(new SubmitFile.Request(e.file(),
                            new ValidationRequest(e.country(), e.profile(), null), false, false)).receipt(), null)
                    // The demo keys URL hashes with a random key kept in the warehouse (see AlertKeys).
                    : new Loaded(e, name, null, shown(progress, "ingest " + e.platform(), p -> ingest.ingest(
                            new IngestAlerts.Request(List.of(e.file()), e.platform(), e.profile(), true, false), p)));
            loaded.add(l);
            listener.loaded(l);
        }
        int year = request.year() != null ? request.year() : latestYear();
        listener.running(year);
        // Recorded in the run history like any run (trigger demo), after the run in progress elsewhere, if any.
        RunResult run = shown(progress, "run " + year, p -> new Runs(app).runHere(year, null, request.outDir(), null,
                RunTrigger.DEMO, Runs.commandUser(), p, listener::waiting));
        return new Result(loaded, run, loaded.stream().filter(l -> !l.isAsExpected()).count());
    }

    private int latestYear() {
        return app.warehouse().submissions().effective(null).stream()
                .flatMap(s -> s.countryYears().stream()).mapToInt(CountryYear::year).max()
                .orElseThrow(() -> new NotFoundException("No sample file was accepted: nothing to run."));
    }

    /** {@code work} with a progress display for {@code task}, closed when it ends (a display that is closeable). */
    private static <T> T shown(Function<String, Progress> displays, String task, Function<Progress, T> work) {
        Progress display = displays.apply(task);
        try {
            return work.apply(display);
        } finally {
            if (display instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot close the progress display", e);
                }
            }
        }
    }
}
