package eu.cyberstat.cli;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.Runs;
import eu.cyberstat.pipeline.history.RunRecord;
import eu.cyberstat.pipeline.history.RunStatus;
import eu.cyberstat.pipeline.progress.Progress;
import eu.cyberstat.pipeline.run.FigureChanges;
import eu.cyberstat.pipeline.run.OutputFile;
import eu.cyberstat.pipeline.run.RunManifest;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cyberstat runs}: the run history, its details, backfill and publication. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = {"Lists the runs of the run history, newest first: every annual run, started on the command line, "
                + "from the operator page, by the schedule or by a backfill, with its status, timings and result.",
            "The history is kept in the warehouse folder (_history) unless the setting history.dir names another."},
        subcommands = {RunsCommand.Show.class, RunsCommand.Backfill.class, RunsCommand.Publish.class})
public final class RunsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "YYYY", description = "Only the runs of this reference year.")
    Integer year;

    @Option(names = "--json", description = "The runs as JSON, every field of the history.")
    boolean json;

    @Mixin
    WarehouseOptions warehouseOptions;

    @Override
    public Integer call() {
        try (Application app = Application.start(warehouseOptions.settings(), "cyberstat runs")) {
            List<RunRecord> runs = new Runs(app).list(year);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Runs.json(runs));
            } else if (runs.isEmpty()) {
                out.println("No runs" + (year == null ? "" : " of " + year) + " in the run history.");
            } else {
                out.printf("%5s  %4s  %-11s  %-11s  %-10s  %-20s  %8s  %s%n", "RUN", "YEAR", "STATUS", "TRIGGER", "BY",
                        "STARTED", "TIME", "RESULT");
                for (RunRecord r : runs) {
                    out.printf("%5d  %4d  %-11s  %-11s  %-10s  %-20s  %8s  %s%n", r.id(), r.referenceYear(),
                            r.status().name().toLowerCase(), r.trigger().name().toLowerCase(), cut(r.requestedBy(), 10),
                            r.startedAt() == null ? "-" : r.startedAt().truncatedTo(ChronoUnit.SECONDS),
                            duration(r.duration()), result(r));
                }
            }
            out.flush();
        }
        return ExitCode.OK;
    }

    static String result(RunRecord r) {
        String text = switch (r.status()) {
            case SUCCEEDED -> r.resultId();
            case QUEUED -> r.notBefore().isAfter(Instant.now()) ? "not before " + r.notBefore().truncatedTo(ChronoUnit.SECONDS) : "";
            default -> r.message() == null ? "" : cut(r.message(), 70);
        };
        if (r.isPublished()) {
            text += "  PUBLISHED";
        } else if (r.supersededAt() != null) {
            text += "  (published, superseded)";
        }
        return text;
    }

    static String duration(Duration d) {
        if (d == null) {
            return "-";
        }
        long s = d.toSeconds();
        return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** {@code cyberstat runs show ID}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Shows one run: what asked for it, its stage timings, warnings, inputs (submissions and "
                    + "their SHA-256) and outputs, where its files are kept, and, when another run of its year is "
                    + "published, the figures this run would change against the published one.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The run's number (cyberstat runs lists them).")
        long id;

        @Option(names = "--json", description = "The run, and the figures it changes, as JSON.")
        boolean json;

        @Mixin
        WarehouseOptions warehouseOptions;

        @Override
        public Integer call() {
            try (Application app = Application.start(warehouseOptions.settings(), "cyberstat runs show")) {
                Runs runs = new Runs(app);
                Runs.Detail d = runs.show(id);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(Runs.json(d));
                    out.flush();
                    return ExitCode.OK;
                }
                RunRecord r = d.run();
                out.printf("Run %d: reference year %d%s, %s%n", r.id(), r.referenceYear(),
                        r.asOf() == null ? " (warehouse's latest state)" : " as of " + r.asOf(),
                        r.status().name().toLowerCase() + (r.failure() == null ? "" : " (" + r.failure().name()
                                .toLowerCase().replace('_', ' ') + ")"));
                out.printf("  asked by %s (%s), queued %s, attempt %d%s%n", r.requestedBy(),
                        r.trigger().name().toLowerCase(), r.queuedAt().truncatedTo(ChronoUnit.SECONDS), r.attempt(),
                        r.retryOf() == null ? "" : " (repeats run " + r.retryOf() + ")");
                if (r.startedAt() != null) {
                    out.printf("  started %s, ended %s (%s), in %s%n", r.startedAt().truncatedTo(ChronoUnit.SECONDS),
                            r.finishedAt() == null ? "-" : r.finishedAt().truncatedTo(ChronoUnit.SECONDS),
                            duration(r.duration()), r.owner());
                }
                if (r.message() != null) {
                    out.println("  " + r.message());
                }
                if (r.resultId() != null) {
                    out.println("  result " + r.resultId() + ", inputs fingerprint " + r.inputsFingerprint());
                }
                if (r.isPublished()) {
                    out.printf("  PUBLISHED %s by %s: its files are frozen; re-create them with "
                            + "cyberstat run --year %d --as-of %s%n", r.publishedAt().truncatedTo(ChronoUnit.SECONDS),
                            r.publishedBy(), r.referenceYear(), r.asOf() != null ? r.asOf() : r.startedAt());
                }
                if (!r.stages().isEmpty()) {
                    out.println("Stages:");
                    r.stages().forEach(s -> out.printf("  %-16s %8d ms%n", s.stage(), s.millis()));
                }
                if (!r.warnings().isEmpty()) {
                    out.println("Warnings:");
                    r.warnings().forEach(w -> out.printf("  %s %s%n", w.code(), w.message()));
                }
                if (!r.inputs().isEmpty()) {
                    out.println("Inputs:");
                    for (RunManifest.Input i : r.inputs()) {
                        out.printf("  %s  %s  %s  %d figures read%n", i.submissionId(), i.sha256(), i.file(), i.rowsRead());
                    }
                }
                if (!r.outputs().isEmpty()) {
                    out.println("Outputs, kept in " + runs.folderOf(r.id()) + ":");
                    for (OutputFile f : r.outputs()) {
                        out.printf("  %s  %s  %d bytes%n", f.sha256(), f.name(), f.bytes());
                    }
                }
                if (Files.exists(runs.logOf(r.id()))) {
                    out.println("Log: " + runs.logOf(r.id()));
                }
                java.util.Optional.ofNullable(d.published()).ifPresent(p -> {
                    if (d.changes().isEmpty()) {
                        out.printf("Against the published run %d: no figure changes.%n", p.id());
                    } else {
                        out.printf("Against the published run %d, this run changes %d figure value(s):%n", p.id(),
                                d.changes().size());
                        for (FigureChanges.Change c : d.changes().subList(0, Math.min(50, d.changes().size()))) {
                            out.printf("  %s %s: %s -> %s%n", c.figure(), c.column() == null ? "" : c.column(),
                                    c.published() == null ? "(none)" : c.published(),
                                    c.newer() == null ? "(withdrawn)" : c.newer());
                        }
                        if (d.changes().size() > 50) {
                            out.printf("  ... and %d more (--json lists them all)%n", d.changes().size() - 50);
                        }
                    }
                });
                out.flush();
            }
            return ExitCode.OK;
        }
    }

    /** {@code cyberstat runs backfill --from Y --to Y}. */
    @Command(name = "backfill", mixinStandardHelpOptions = true,
            description = {"Queues one run per reference year from --from to --to, leaving out years without national "
                    + "figures, years with a run queued or running, and years whose inputs (submissions in force, alert "
                    + "exports, population) have not changed since their last successful run.",
                "Then runs the queue here, one run at a time, until those runs end; with --queue-only it leaves them to "
                    + "the service (cyberstat serve)."})
    static final class Backfill implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "YYYY", description = "The first reference year.")
        int from;

        @Option(names = "--to", required = true, paramLabel = "YYYY", description = "The last reference year.")
        int to;

        @Option(names = "--queue-only", description = "Queue the runs and return: the service runs them.")
        boolean queueOnly;

        @Mixin
        WarehouseOptions warehouseOptions;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            boolean failed = false;
            try (Application app = Application.start(warehouseOptions.settings(), "cyberstat runs backfill")) {
                Runs runs = new Runs(app);
                Runs.Backfill backfill = runs.backfill(from, to, Runs.commandUser());
                backfill.skipped().forEach(s -> out.printf("%d: left out, %s%n", s.year(), s.reason()));
                backfill.queued().forEach(r -> out.printf("%d: queued as run %d%n", r.referenceYear(), r.id()));
                out.flush();
                if (queueOnly || backfill.queued().isEmpty()) {
                    return ExitCode.OK;
                }
                while (!runs.allEnded(backfill.queued())) {
                    var ran = runs.runNext(Progress.NONE);
                    if (ran.isPresent()) {
                        RunRecord r = ran.get();
                        out.printf("run %d (%d): %s%s%n", r.id(), r.referenceYear(), r.status().name().toLowerCase(),
                                r.status() == RunStatus.SUCCEEDED ? " " + r.resultId() + " in " + duration(r.duration())
                                        : ": " + r.message());
                        out.flush();
                    } else {
                        sleep();
                    }
                }
                failed = backfill.queued().stream()
                        .anyMatch(r -> runs.latestAttempt(r.id()).status() != RunStatus.SUCCEEDED);
            }
            return failed ? ExitCode.REJECTED : ExitCode.OK;
        }

        private static void sleep() {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** {@code cyberstat runs publish ID}. */
    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = "Publishes a successful run as the official report of its reference year: its kept files are "
                    + "checked against their recorded SHA-256 and frozen (read-only, never replaced); a run published "
                    + "before for that year is superseded but keeps its files. Later runs of the year are provisional.")
    static final class Publish implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The run's number (cyberstat runs lists them).")
        long id;

        @Mixin
        WarehouseOptions warehouseOptions;

        @Override
        public Integer call() {
            try (Application app = Application.start(warehouseOptions.settings(), "cyberstat runs publish")) {
                Runs runs = new Runs(app);
                RunRecord r = runs.publish(id, Runs.commandUser());
                PrintWriter out = spec.commandLine().getOut();
                out.printf("Run %d (%s) is the published report of %d; its files in %s are frozen.%n", r.id(),
                        r.resultId(), r.referenceYear(), runs.folderOf(r.id()));
                out.flush();
            }
            return ExitCode.OK;
        }
    }
}
