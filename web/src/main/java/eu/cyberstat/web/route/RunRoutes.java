package eu.cyberstat.web.route;

import eu.cyberstat.app.Runs;
import eu.cyberstat.app.schedule.RunScheduler;
import eu.cyberstat.failure.CyberstatException;
import eu.cyberstat.pipeline.history.RunRecord;
import eu.cyberstat.pipeline.history.RunStatus;
import eu.cyberstat.pipeline.history.RunTrigger;
import eu.cyberstat.pipeline.run.OutputFile;
import eu.cyberstat.reference.Language;
import eu.cyberstat.web.audit.AuditEvent;
import eu.cyberstat.web.audit.AuditLog;
import eu.cyberstat.web.page.Formats;
import eu.cyberstat.web.page.Frames;
import eu.cyberstat.web.page.Pages;
import eu.cyberstat.web.page.Problem;
import eu.cyberstat.web.query.ReportFile;
import eu.cyberstat.web.security.RequestGuard;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operator's runs: the run history with status and timings, each run's files (manifest, log,
 * report set), the forms that start a run, a backfill and a publication (CSRF-protected like every
 * form), the notifications, and the same history as JSON ({@code /api/v1/runs}). Each handler
 * calls the run use case or the scheduler and renders its answer.
 */
public final class RunRoutes {

    /** A run as the list shows it. */
    public record Row(long id, int year, String status, String statusCode, String trigger, String by, String started,
                      String duration, String result, boolean published, boolean ended) {
    }

    /** A file of a run, with its link. */
    public record FileRow(String href, String name, String size, String sha256) {
    }

    /**
     * A notification as the page lists it, in the page's language: what happened and to which run
     * or year. The stored message (English, as mailed) is shown only where the page has no words
     * of its own for it: an alert export refused, with the file and the reason.
     */
    public record NoticeRow(String when, String kind, String about, String message, Long run) {
    }

    /** A stage timing with the stage's name in the page's language. */
    public record StageRow(String name, String millis) {
    }

    private final Runs runs;
    private final RunScheduler scheduler;
    private final AuditLog audit;
    private final Pages pages;
    private final Frames frames;

    public RunRoutes(Runs runs, RunScheduler scheduler, AuditLog audit, Pages pages, Frames frames) {
        this.runs = runs;
        this.scheduler = scheduler;
        this.audit = audit;
        this.pages = pages;
        this.frames = frames;
    }

    /** {@code GET /runs}. */
    public void list(Context ctx) {
        Pages.Frame frame = frames.of(ctx);
        Language lang = frame.language();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("runs", runs.list(null).stream().map(r -> row(r, lang)).toList());
        model.put("notices", runs.notifications(20).stream().map(n -> notice(n, lang)).toList());
        model.put("notice", ctx.queryParam("queued") != null ? pages.text(lang, "runs.backfill.done",
                ctx.queryParam("queued"), ctx.queryParam("skipped")) : null);
        Pages.respond(ctx, pages.render("runs.ftlh", pages.text(lang, "runs.title"), frame, model));
    }

    /** {@code GET /runs/{id}}. */
    public void show(Context ctx) {
        Pages.Frame frame = frames.of(ctx);
        Language lang = frame.language();
        Runs.Detail d = detail(ctx);
        RunRecord r = d.run();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("run", row(r, lang));
        model.put("asOf", r.asOf() == null ? null : Formats.instant(r.asOf(), lang));
        model.put("message", r.message());
        model.put("stages", r.stages().stream().map(t -> new StageRow(stageName(t.stage(), lang),
                Formats.number(t.millis(), lang))).toList());
        model.put("warnings", r.warnings());
        model.put("inputs", r.inputs());
        List<FileRow> files = new ArrayList<>();
        String base = "/runs/" + r.id() + "/files/";
        for (OutputFile f : r.outputs()) {
            files.add(new FileRow(base + f.name(), f.name(), Formats.size(f.bytes(), lang), f.sha256()));
        }
        model.put("files", files);
        model.put("hasManifest", Files.isRegularFile(runs.folderOf(r.id()).resolve("manifest.json")));
        model.put("hasLog", Files.isRegularFile(runs.logOf(r.id())));
        model.put("publishable", r.status() == RunStatus.SUCCEEDED && !r.isPublished());
        model.put("published", r.isPublished() ? pages.text(lang, "run.published", Formats.instant(r.publishedAt(), lang),
                r.publishedBy()) : null);
        model.put("other", d.published() == null ? null : d.published().id());
        model.put("changes", d.changes().stream().limit(200).toList());
        model.put("changeCount", d.changes().size());
        Pages.respond(ctx, pages.render("run.ftlh", pages.text(lang, "run.title", String.valueOf(r.id()), String.valueOf(r.referenceYear())), frame, model));
    }

    /** {@code GET /runs/{id}/files/<name>}: one of the run's kept files, its manifest or its log. */
    public void file(Context ctx) {
        RunRecord r = detail(ctx).run();
        String name = ctx.pathParam("name");
        boolean listed = name.equals("manifest.json") || name.equals(Runs.LOG_FILE)
                || r.outputs().stream().anyMatch(o -> o.name().equals(name));
        Path file = name.equals(Runs.LOG_FILE) ? runs.logOf(r.id()) : runs.folderOf(r.id()).resolve(name).normalize();
        if (!listed || !(file.startsWith(runs.folderOf(r.id())) || file.equals(runs.logOf(r.id())))
                || !Files.isRegularFile(file)) {
            throw new Problem(HttpStatus.NOT_FOUND, "error.404.run-file");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            Downloads.send(ctx, ReportFile.of(name, bytes.length, ""), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code POST /runs}: queues a run of the year in the form. */
    public void start(Context ctx) {
        int year = year(ctx, "year");
        String who = RequestGuard.principal(ctx).account().name();
        RunRecord run = scheduler.queue(year, null, RunTrigger.PAGE, who);
        audit.record(who, RequestGuard.client(ctx), AuditEvent.RUN_QUEUE, "run " + run.id(), AuditEvent.SUCCESS,
                "reference year " + year);
        ctx.redirect("/runs/" + run.id(), HttpStatus.SEE_OTHER);
    }

    /** {@code POST /runs/backfill}. */
    public void backfill(Context ctx) {
        int from = year(ctx, "from");
        int to = year(ctx, "to");
        if (from > to) {
            throw new Problem(HttpStatus.BAD_REQUEST, "error.400.backfill");
        }
        String who = RequestGuard.principal(ctx).account().name();
        Runs.Backfill b = scheduler.backfill(from, to, who);
        audit.record(who, RequestGuard.client(ctx), AuditEvent.RUN_BACKFILL, from + "-" + to, AuditEvent.SUCCESS,
                b.queued().size() + " queued, " + b.skipped().size() + " left out");
        ctx.redirect("/runs?queued=" + b.queued().size() + "&skipped=" + b.skipped().size(), HttpStatus.SEE_OTHER);
    }

    /** {@code POST /runs/{id}/publish}. */
    public void publish(Context ctx) {
        RunRecord r = detail(ctx).run();
        String who = RequestGuard.principal(ctx).account().name();
        try {
            runs.publish(r.id(), who);
        } catch (CyberstatException e) {
            audit.record(who, RequestGuard.client(ctx), AuditEvent.RUN_PUBLISH, "run " + r.id(), AuditEvent.REFUSED,
                    e.getMessage());
            throw new Problem(HttpStatus.CONFLICT, "error.409.publish", e.getMessage());
        }
        audit.record(who, RequestGuard.client(ctx), AuditEvent.RUN_PUBLISH, "run " + r.id(), AuditEvent.SUCCESS,
                "reference year " + r.referenceYear());
        ctx.redirect("/runs/" + r.id(), HttpStatus.SEE_OTHER);
    }

    /** {@code GET /api/v1/runs}: the history, newest first ({@code ?year=} for one year). */
    public void apiList(Context ctx) {
        String year = ctx.queryParam("year");
        ApiRoutes.send(ctx, runs.list(year == null ? null : year(ctx, "year")));
    }

    /** {@code GET /api/v1/runs/{id}}: one run, and what it changes against the published run of its year. */
    public void apiShow(Context ctx) {
        ApiRoutes.send(ctx, detail(ctx));
    }

    private Runs.Detail detail(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new Problem(HttpStatus.NOT_FOUND, "error.404.run");
        }
        try {
            return runs.show(id);
        } catch (eu.cyberstat.failure.NotFoundException e) {
            throw new Problem(HttpStatus.NOT_FOUND, "error.404.run");
        }
    }

    /** The year in a form field (or query parameter) of that name. */
    private static int year(Context ctx, String field) {
        String value = ctx.formParam(field) == null ? ctx.queryParam(field) : ctx.formParam(field);
        try {
            int y = Integer.parseInt(value == null ? "" : value.strip());
            if (y >= 1000 && y <= 9999) {
                return y;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new Problem(HttpStatus.BAD_REQUEST, "error.400.year", field);
    }

    private Row row(RunRecord r, Language lang) {
        String status = pages.text(lang, "runs.status." + r.status().name().toLowerCase());
        if (r.failure() != null) {
            status = pages.text(lang, "runs.status.failed-kind", status,
                    pages.text(lang, "runs.failure." + r.failure().name().toLowerCase().replace('_', '-')));
        }
        // The list keeps one line per run: a failure's message (the error, in English, as logged) is on the run's page.
        return new Row(r.id(), r.referenceYear(), status,
                r.status().name().toLowerCase(), pages.text(lang, "runs.trigger." + r.trigger().name().toLowerCase()),
                r.requestedBy(), r.startedAt() == null ? "" : Formats.instant(r.startedAt(), lang),
                r.duration() == null ? "" : pages.text(lang, "runs.seconds", r.duration().toSeconds()),
                r.status() == RunStatus.SUCCEEDED ? r.resultId() : "",
                r.isPublished(), r.status().isFinal());
    }

    private NoticeRow notice(eu.cyberstat.pipeline.history.Notification n, Language lang) {
        String about = "";
        RunRecord run = null;
        if (n.runId() != null) {
            try {
                run = runs.get(n.runId());
            } catch (eu.cyberstat.failure.NotFoundException e) {
                // a notification outlives nothing in practice; shown without its run
            }
        }
        if (run != null) {
            about = pages.text(lang, "run.title", String.valueOf(run.id()), String.valueOf(run.referenceYear()));
        } else if (n.referenceYear() != null) {
            about = pages.text(lang, "runs.notice.year", String.valueOf(n.referenceYear()));
        }
        boolean ownWords = n.kind() != eu.cyberstat.pipeline.history.Notification.Kind.INGEST_FAILED;
        return new NoticeRow(Formats.instant(n.happenedAt(), lang),
                pages.text(lang, "runs.notice." + n.kind().name().toLowerCase().replace('_', '-')), about,
                ownWords ? null : n.message(), run == null ? null : run.id());
    }

    /** A stage's name in the page's language; a stage the messages do not know keeps the name the run gave it. */
    private String stageName(String stage, Language lang) {
        String key = "run.stage." + stage.replace(' ', '-');
        return pages.messages().keys().contains(key) ? pages.text(lang, key) : stage;
    }
}
