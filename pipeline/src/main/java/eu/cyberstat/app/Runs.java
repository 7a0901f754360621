package eu.cyberstat.app;

import eu.cyberstat.failure.ConflictException;
import eu.cyberstat.failure.NotFoundException;
import eu.cyberstat.failure.StorageException;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.history.FailureKind;
import eu.cyberstat.pipeline.history.Notification;
import eu.cyberstat.pipeline.history.Notifier;
import eu.cyberstat.pipeline.history.ProcessIdentity;
import eu.cyberstat.pipeline.history.RunHistory;
import eu.cyberstat.pipeline.history.RunRecord;
import eu.cyberstat.pipeline.history.RunStatus;
import eu.cyberstat.pipeline.history.RunTrigger;
import eu.cyberstat.pipeline.progress.Progress;
import eu.cyberstat.pipeline.run.AnnualRun;
import eu.cyberstat.pipeline.run.FigureChanges;
import eu.cyberstat.pipeline.run.OutputFile;
import eu.cyberstat.pipeline.run.RunManifest;
import eu.cyberstat.pipeline.run.RunResult;
import eu.cyberstat.pipeline.schedule.ScheduleSettings;
import eu.cyberstat.warehousing.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The run history as the operator uses it: runs recorded however started (command, page,
 * schedule, backfill), the queue that lets one run at a time, retries of failures that may pass,
 * the recovery of runs interrupted by the end of their process, publication and what a newer run
 * would change against the published one. Every run keeps its files in the history folder
 * ({@code runs/ID}: the outputs and {@code manifest.json}; its log beside, {@code runs/ID.log}); a
 * published run's files are made read-only and are never replaced.
 */
public final class Runs {

    /** The name a run's log is downloaded under. */
    public static final String LOG_FILE = "run.log";
    /** The warning a run of a year with a published run gets: it does not replace the published one. */
    public static final String W_PUBLISHED_KEPT = "W_PUBLISHED_KEPT";

    /**
     * A run and, when another run of its year is published, that run and the figures this one
     * would change against it.
     *
     * @param published the published run of the year when it is another; null otherwise
     */
    public record Detail(RunRecord run, RunRecord published, List<FigureChanges.Change> changes) {
    }

    /** What a backfill did: the runs it queued and the years it left out, with why. */
    public record Backfill(List<RunRecord> queued, List<Skipped> skipped) {
        public record Skipped(int year, String reason) {
        }
    }

    private final Application app;
    private final String self = ProcessIdentity.current();
    private RunHistory history;
    private Notifier notifier;

    public Runs(Application app) {
        this.app = app;
    }

    /** The history, opened on first use: in the warehouse folder unless history.dir says otherwise. */
    private synchronized RunHistory history() {
        if (history == null) {
            if (app.settings().get(eu.cyberstat.pipeline.history.HistoryDatabase.DIR_SETTING).isEmpty()) {
                app.warehouse(); // the history lives in the warehouse folder: say so when there is none
            }
            history = app.history();
            notifier = app.notifier();
        }
        return history;
    }

    private Notifier notifier() {
        history();
        return notifier;
    }

    public List<RunRecord> list(Integer year) {
        return history().list(year);
    }

    public RunRecord get(long id) {
        return history().require(id);
    }

    /** The latest notifications, newest first. */
    public List<Notification> notifications(int limit) {
        return history().notifications(limit);
    }

    /** The folder with a run's files (outputs, manifest). */
    public Path folderOf(long id) {
        return history().folderOf(id);
    }

    /** The log of a run: its stages, warnings and outcome, a line each. */
    public Path logOf(long id) {
        return history().logOf(id);
    }

    /** A run, the published run of its year, and the figures this one changes against it. */
    public Detail show(long id) {
        RunRecord run = history().require(id);
        Optional<RunRecord> published = history().published(run.referenceYear()).filter(p -> p.id() != id);
        List<FigureChanges.Change> changes = List.of();
        if (published.isPresent() && run.status() == RunStatus.SUCCEEDED) {
            changes = FigureChanges.between(folderOf(published.get().id()), folderOf(id), run.referenceYear());
        }
        return new Detail(run, published.orElse(null), changes);
    }

    /** Queues a run for whichever worker is free (the service's scheduler, a backfill command). */
    public RunRecord enqueue(int year, Instant asOf, RunTrigger trigger, String requestedBy) {
        return history().enqueue(RunHistory.NewRun.queued(year, asOf, trigger, requestedBy));
    }

    /**
     * Runs now in this process, recorded, after the run in progress elsewhere (if any) ends:
     * {@code cyberstat run}. A failure is recorded, then thrown as it came.
     *
     * @param waiting told, once, of the run it waits for
     */
    public RunResult runHere(int year, Instant asOf, Path outDir, Integer baseYear, RunTrigger trigger,
                             String requestedBy, Progress progress, LongConsumer waiting) {
        eu.cyberstat.pipeline.metrics.MetricsConfig.from(app.settings(), year, baseYear); // a bad --base-year is said first
        RunRecord run = history().enqueue(new RunHistory.NewRun(year, asOf, trigger, requestedBy, Instant.now(), 1, null,
                self, outDir));
        boolean told = false;
        // A run whose process was killed stays RUNNING in the history until someone looks: without this,
        // the next command would wait for it for ever (found by the crash harness).
        recoverInterrupted();
        while (!history().claim(run.id(), self, Instant.now())) {
            recoverInterrupted();
            if (!told) {
                history().withStatus(RunStatus.RUNNING).stream().findFirst().ifPresent(r -> waiting.accept(r.id()));
                told = true;
            }
            pause(Duration.ofSeconds(1));
        }
        return execute(history().require(run.id()), baseYear, progress).orElseThrow();
    }

    /**
     * Starts the next queued run that is due, unless one is running: the worker of the scheduler
     * and of a backfill command. Empty when there was nothing to start.
     */
    public Optional<RunRecord> runNext(Progress progress) {
        Optional<RunRecord> next = history().claimNext(self, self, Instant.now());
        next.ifPresent(run -> {
            try {
                execute(run, null, progress);
            } catch (RuntimeException e) {
                // recorded, notified and retried by execute; the worker goes on with the queue
            }
        });
        return next.map(r -> history().require(r.id()));
    }

    /** The queued or running runs of a year. */
    public List<RunRecord> pending(int year) {
        return history().pending(year);
    }

    /** Whether a run is running (in any process). */
    public boolean anyRunning() {
        return !history().withStatus(RunStatus.RUNNING).isEmpty();
    }

    /** The next time a queued run becomes due; empty when none is queued for a free worker. */
    public Optional<Instant> nextDue() {
        return history().withStatus(RunStatus.QUEUED).stream().filter(r -> r.executor() == null || self.equals(r.executor()))
                .map(RunRecord::notBefore).min(Instant::compareTo);
    }

    /**
     * The claimed run, recorded from start to end. Success: its files kept in its folder. Failure:
     * recorded with its kind; one that may pass is queued again after a pause (twice as long each
     * time) until its attempts are used up; bad data is not. The operator is told either way.
     */
    private Optional<RunResult> execute(RunRecord run, Integer baseYear, Progress progress) {
        RunLog log = new RunLog(logOf(run.id()));
        log.line("run " + run.id() + ": reference year " + run.referenceYear()
                + (run.asOf() == null ? "" : " as of " + run.asOf()) + ", " + run.trigger().name().toLowerCase()
                + " by " + run.requestedBy() + ", attempt " + run.attempt() + ", output " + run.outDir());
        RunAnnual annual = new RunAnnual(app);
        try {
            history().inputsFingerprint(run.id(), annual.inputsFingerprint(run.referenceYear(), run.asOf(), baseYear));
            RunResult result = annual.run(new RunAnnual.Request(run.referenceYear(), run.asOf(), run.outDir(), baseYear),
                    log.watching(progress));
            RunManifest manifest = result.manifest();
            keep(run, manifest);
            List<RunManifest.Warning> more = new ArrayList<>();
            history().published(run.referenceYear()).ifPresent(p -> more.add(new RunManifest.Warning("history",
                    W_PUBLISHED_KEPT, "Run " + p.id() + " is the published report of " + run.referenceYear()
                    + "; this run does not replace it (cyberstat runs show " + run.id() + " lists the figures it changes).")));
            history().succeeded(run.id(), manifest, more);
            manifest.timings().forEach(t -> log.line("  " + t.stage() + ": " + t.millis() + " ms"));
            manifest.warnings().forEach(w -> log.line("  warning " + w.code() + ": " + w.message()));
            more.forEach(w -> log.line("  warning " + w.code() + ": " + w.message()));
            log.line("succeeded: " + manifest.runId() + ", " + manifest.outputs().size() + " files");
            notifier().tell(Notification.Kind.RUN_FINISHED, run.id(), run.referenceYear(),
                    "run " + run.id() + " of " + run.referenceYear() + " finished",
                    "Run " + run.id() + " (" + manifest.runId() + ") of reference year " + run.referenceYear()
                            + " finished: " + result.published().size() + " figures, " + (manifest.warnings().size()
                            + more.size()) + " warning(s). Files: " + folderOf(run.id()));
            return Optional.of(result);
        } catch (RuntimeException e) {
            FailureKind kind = FailureKind.of(e);
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            history().failed(run.id(), kind, message);
            log.line("failed (" + kind.name().toLowerCase().replace('_', ' ') + "): " + message);
            String next = "";
            int attempts = app.settings().getInt(ScheduleSettings.RETRY_ATTEMPTS, ScheduleSettings.RETRY_ATTEMPTS_DEFAULT);
            if (kind.isRetried() && run.attempt() < attempts) {
                Duration pause = retryPause(run.attempt());
                RunRecord retry = history().enqueue(new RunHistory.NewRun(run.referenceYear(), run.asOf(), RunTrigger.RETRY,
                        run.requestedBy(), Instant.now().plus(pause), run.attempt() + 1, run.id(), run.executor(),
                        chosenOutput(run)));
                next = " It is tried again as run " + retry.id() + " in " + pause.toSeconds() + " s (attempt "
                        + retry.attempt() + " of " + attempts + ").";
                log.line("retry: run " + retry.id() + " after " + pause.toSeconds() + " s");
            }
            notifier().tell(Notification.Kind.RUN_FAILED, run.id(), run.referenceYear(),
                    "run " + run.id() + " of " + run.referenceYear() + " failed",
                    "Run " + run.id() + " of reference year " + run.referenceYear() + " failed: " + message + next);
            throw e;
        }
    }

    private Duration retryPause(int attempt) {
        long first = app.settings().getInt(ScheduleSettings.RETRY_PAUSE_SECONDS, ScheduleSettings.RETRY_PAUSE_SECONDS_DEFAULT);
        return Duration.ofSeconds(first << Math.min(attempt - 1, 10));
    }

    /**
     * The run's outputs and manifest kept in its folder. A run given no output folder published its
     * outputs there itself: nothing to do. One that wrote into a folder of the operator's choice
     * (which its next run replaces) is copied, whole like a run's own publication: into a folder
     * beside, renamed into place, so that an interrupted copy never leaves some of the files.
     */
    private void keep(RunRecord run, RunManifest manifest) {
        Path folder = folderOf(run.id()).toAbsolutePath().normalize();
        Path out = run.outDir().toAbsolutePath().normalize();
        if (out.equals(folder)) {
            return;
        }
        List<String> names = new ArrayList<>(manifest.outputs().stream().map(OutputFile::name).toList());
        names.add(AnnualRun.MANIFEST_FILE);
        Path staged = AtomicFiles.stageFolderBeside(folder);
        try {
            for (String name : names) {
                Path target = staged.resolve(name);
                Files.createDirectories(target.getParent());
                Files.copy(out.resolve(name), target, StandardCopyOption.COPY_ATTRIBUTES);
            }
            AtomicFiles.publishFolder(staged, folder);
        } catch (IOException e) {
            AtomicFiles.deleteTree(staged);
            throw new StorageException("Cannot keep the files of run " + run.id() + " in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The output folder a retry or recovery of the run writes into: the one the operator chose, or
     * (null) its own folder in the history when the run wrote into its own.
     */
    private Path chosenOutput(RunRecord run) {
        return run.outDir().toAbsolutePath().normalize().equals(folderOf(run.id()).toAbsolutePath().normalize())
                ? null : run.outDir();
    }

    /**
     * Runs interrupted by the end of their process (found RUNNING with their process gone): marked
     * interrupted, and each queued again once: a recovery that is itself interrupted is not
     * queued again, nor is the run of a command (it ended with its command). A run whose command ended while it waited for its turn is cancelled.
     *
     * @return the runs queued again
     */
    public List<RunRecord> recoverInterrupted() {
        List<RunRecord> requeued = new ArrayList<>();
        for (RunRecord run : history().withStatus(RunStatus.RUNNING)) {
            if (ProcessIdentity.isAlive(run.owner())) {
                continue;
            }
            // A command's run died with its command: whoever ran it sees that and runs it again; queued, it would
            // later be run by a service into the command's output folder, unasked.
            boolean again = run.trigger() != RunTrigger.RECOVERY && run.trigger() != RunTrigger.COMMAND;
            history().interrupted(run.id(), "Its process (" + run.owner() + ") ended while it ran"
                    + (again ? "; queued again once."
                    : run.trigger() == RunTrigger.COMMAND ? "; it was run by a command, which ended with it: run the "
                    + "command again." : "; it was a recovery already, so it is not queued again."));
            new RunLog(logOf(run.id())).line("interrupted: process " + run.owner() + " ended");
            if (again) {
                requeued.add(history().enqueue(new RunHistory.NewRun(run.referenceYear(), run.asOf(), RunTrigger.RECOVERY,
                        run.requestedBy(), Instant.now(), run.attempt() + 1, run.id(), null, chosenOutput(run))));
            }
            notifier().tell(Notification.Kind.RUN_FAILED, run.id(), run.referenceYear(),
                    "run " + run.id() + " of " + run.referenceYear() + " was interrupted",
                    "Run " + run.id() + " of reference year " + run.referenceYear() + " was interrupted: its process "
                            + "ended while it ran." + (again ? " It is queued again once." : ""));
        }
        for (RunRecord run : history().withStatus(RunStatus.QUEUED)) {
            if (run.executor() != null && !ProcessIdentity.isAlive(run.executor())) {
                history().cancelled(run.id(), "The command that asked for it ended before its turn.");
            }
        }
        return requeued;
    }

    /**
     * Queues one run per reference year from {@code from} to {@code to}, leaving out years without
     * national figures, years with a run queued or running, and years whose inputs have not changed
     * since their last successful run.
     */
    public Backfill backfill(int from, int to, String requestedBy) {
        if (from > to) {
            throw new eu.cyberstat.failure.BadInputException("--from " + from + " is after --to " + to + ".");
        }
        RunAnnual annual = new RunAnnual(app);
        List<RunRecord> queued = new ArrayList<>();
        List<Backfill.Skipped> skipped = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            try {
                annual.requireFigures(year, null);
            } catch (NotFoundException e) {
                skipped.add(new Backfill.Skipped(year, "no national figures for " + year));
                continue;
            }
            List<RunRecord> pending = history().pending(year);
            if (!pending.isEmpty()) {
                skipped.add(new Backfill.Skipped(year, "run " + pending.get(0).id() + " is "
                        + pending.get(0).status().name().toLowerCase()));
                continue;
            }
            String fingerprint = annual.inputsFingerprint(year, null, null);
            Optional<RunRecord> last = history().lastSucceeded(year);
            if (last.isPresent() && fingerprint.equals(last.get().inputsFingerprint())) {
                skipped.add(new Backfill.Skipped(year, "inputs unchanged since run " + last.get().id()));
                continue;
            }
            queued.add(enqueue(year, null, RunTrigger.BACKFILL, requestedBy));
        }
        return new Backfill(queued, skipped);
    }

    /** The run's last attempt: itself, or the retry or recovery that repeats it last. */
    public RunRecord latestAttempt(long id) {
        RunRecord run = history().require(id);
        List<RunRecord> next = history().attemptsAfter(id);
        return next.isEmpty() ? run : latestAttempt(next.get(next.size() - 1).id());
    }

    /**
     * Queues a provisional re-run of every year that has a successful run whose inputs have
     * changed since (a new submission, an alert export, a population import), unless one is
     * queued or running for it already.
     */
    public List<RunRecord> rerunChanged(String requestedBy) {
        if (app.findWarehouse().isEmpty()) {
            return List.of();
        }
        RunAnnual annual = new RunAnnual(app);
        List<RunRecord> queued = new ArrayList<>();
        for (int year : history().yearsWithSuccess()) {
            Optional<RunRecord> last = history().lastSucceeded(year);
            if (last.isEmpty() || !history().pending(year).isEmpty()) {
                continue;
            }
            if (!annual.inputsFingerprint(year, null, null).equals(last.get().inputsFingerprint())) {
                queued.add(enqueue(year, null, RunTrigger.PROVISIONAL, requestedBy));
            }
        }
        return queued;
    }

    /**
     * When the warehouse last changed in what runs read: the latest commit of the national
     * figures and of the alert exports ("" without a warehouse). Cheap: commit logs only.
     */
    public String warehouseState() {
        return app.findWarehouse().map(w -> {
            var national = w.observations().snapshot(null).latest();
            var alerts = new eu.cyberstat.pipeline.alerts.WarehouseAlertTables(w).alertsSnapshot(null).latest();
            return (national == null ? "-" : national.id()) + " " + (alerts == null ? "-" : alerts.id());
        }).orElse("");
    }

    /**
     * The publication deadline of a year: when no run of it is published, the operator is told,
     * once per year. True when told now.
     */
    public boolean deadlinePassed(int year) {
        if (history().published(year).isPresent() || history().notified(Notification.Kind.DEADLINE_PASSED, year)) {
            return false;
        }
        Optional<RunRecord> last = history().lastSucceeded(year);
        notifier().tell(Notification.Kind.DEADLINE_PASSED, null, year, "the report of " + year + " is not published",
                "The publication deadline of the report of reference year " + year + " has passed and no run of " + year
                        + " is published. " + last.map(r -> "The last successful run is run " + r.id()
                        + ": publish it with cyberstat runs publish " + r.id() + " or on the operator page.")
                        .orElse("No run of " + year + " has succeeded yet."));
        return true;
    }

    /** Whether every one of these runs has ended, retries and recoveries included. */
    public boolean allEnded(List<RunRecord> runs) {
        return runs.stream().allMatch(r -> latestAttempt(r.id()).status().isFinal());
    }

    /**
     * Publishes a successful run as the official report of its year: its kept files are checked
     * against the checksums recorded when it ran and made read-only; the run published before for
     * that year (if any) is superseded but keeps its files.
     */
    public RunRecord publish(long id, String by) {
        RunRecord run = history().require(id);
        if (run.status() != RunStatus.SUCCEEDED) {
            throw new ConflictException("Run " + id + " " + run.status().name().toLowerCase() + "; only a successful run "
                    + "can be published.");
        }
        if (run.isPublished()) {
            throw new ConflictException("Run " + id + " is already the published report of " + run.referenceYear() + ".");
        }
        Path folder = folderOf(id);
        List<String> changed = new ArrayList<>();
        for (OutputFile f : run.outputs()) {
            Path file = folder.resolve(f.name());
            try (InputStream in = Files.newInputStream(file)) {
                if (!DigestUtils.sha256Hex(in).equals(f.sha256())) {
                    changed.add(f.name());
                }
            } catch (IOException e) {
                changed.add(f.name() + " (missing)");
            }
        }
        if (!changed.isEmpty()) {
            throw new ConflictException("The kept files of run " + id + " in " + folder + " differ from what it wrote: "
                    + String.join(", ", changed) + ". Run the year again (cyberstat run --year " + run.referenceYear()
                    + (run.asOf() == null ? "" : " --as-of " + run.asOf()) + ") and publish that run.");
        }
        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Read-only is a guard against accidents; the checksums in the history are the proof.
        }
        history().published(id, by, Instant.now());
        new RunLog(logOf(id)).line("published by " + by);
        return history().require(id);
    }

    /** A value of this use case (a run, a list of runs, a backfill) as indented JSON. */
    public static String json(Object value) {
        try {
            return eu.cyberstat.pipeline.run.Json.WRITER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Who asks, on the command line: the operating-system user. */
    public static String commandUser() {
        return System.getProperty("user.name", "unknown");
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the run in progress", e);
        }
    }

    /** {@code run.log}: what the run did, a line each, with the time. */
    static final class RunLog {
        private final Path file;

        RunLog(Path file) {
            this.file = file;
        }

        synchronized void line(String text) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, Instant.now() + " " + text + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the run log " + file + ": " + e.getMessage(), e);
            }
        }

        /** Progress that also logs each stage as it begins. */
        Progress watching(Progress progress) {
            return new Progress() {
                @Override
                public void stage(String name, long total, String unit) {
                    line("stage " + name);
                    progress.stage(name, total, unit);
                }

                @Override
                public void advance(long units) {
                    progress.advance(units);
                }

                @Override
                public void stage(String name, long total, String unit, java.util.function.LongSupplier done) {
                    line("stage " + name);
                    progress.stage(name, total, unit, done);
                }
            };
        }
    }
}
