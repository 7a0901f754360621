package eu.cyberstat.web.route;

import eu.cyberstat.app.Receipt;
import eu.cyberstat.app.SubmitFile;
import eu.cyberstat.problem.ValidationReport;
import eu.cyberstat.reference.Language;
import eu.cyberstat.warehousing.FigureRevision;
import eu.cyberstat.web.audit.AuditEvent;
import eu.cyberstat.web.audit.AuditLog;
import eu.cyberstat.web.page.Formats;
import eu.cyberstat.web.page.Frames;
import eu.cyberstat.web.page.Pages;
import eu.cyberstat.web.page.Problem;
import eu.cyberstat.web.page.ReportView;
import eu.cyberstat.web.security.Principal;
import eu.cyberstat.web.security.RequestGuard;
import eu.cyberstat.web.upload.Revisions;
import eu.cyberstat.web.upload.Upload;
import eu.cyberstat.web.upload.Uploads;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An uploader's file from the form to the confirmation: the upload form, the file received and
 * validated (the validation report and the revisions preview on one page, the report also as
 * JSON and CSV), then confirmed (with a note, and {@code replace} when figures would stop being
 * published) or discarded. The validation and the commit are the {@code SubmitFile} use case's,
 * through {@link Uploads}; which country an account may upload for is the access rule's business.
 */
public final class UploadRoutes {

    /** One figure of the revisions preview as the table shows it. */
    public record RevisionRow(String kind, String figure, String before, String after, String change,
                              String flagsBefore, String flagsAfter) {
    }

    private final Uploads uploads;
    private final AuditLog audit;
    private final Pages pages;
    private final Frames frames;
    private final Clock clock;

    public UploadRoutes(Uploads uploads, AuditLog audit, Pages pages, Frames frames, Clock clock) {
        this.uploads = uploads;
        this.audit = audit;
        this.pages = pages;
        this.frames = frames;
        this.clock = clock;
    }

    /** {@code GET /countries/{country}/upload}: the form. */
    public void form(Context ctx) {
        String geo = ctx.pathParam("country");
        Pages.Frame frame = frames.of(ctx);
        Language lang = frame.language();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("geo", geo);
        model.put("countryName", pages.countryName(geo, lang));
        model.put("profiles", uploads.profiles(geo));
        model.put("maxSize", Formats.size(uploads.store().maxBytes(), lang));
        Pages.respond(ctx, pages.render("upload-form.ftlh", pages.text(lang, "upload.title",
                pages.countryName(geo, lang)), frame, model));
    }

    /** {@code POST /countries/{country}/uploads}: receives and validates a file, then shows its report. */
    public void receive(Context ctx) {
        String geo = ctx.pathParam("country");
        Upload upload = receiveFile(ctx, geo);
        uploads.preview(upload);
        ctx.redirect("/countries/" + geo + "/uploads/" + upload.id(), HttpStatus.SEE_OTHER);
    }

    /**
     * The file of a multipart request (field {@code file}), kept in the upload store and recorded in
     * the audit log; refused (and recorded) when too large or of no kind the validator reads.
     */
    Upload receiveFile(Context ctx, String geo) {
        Principal who = RequestGuard.principal(ctx);
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            throw new Problem(HttpStatus.BAD_REQUEST, "error.400.no-file");
        }
        String profileName = ctx.formParam("profile");
        String profile = uploads.profile(geo, profileName).map(p -> p.getFileName().toString()).orElse(null);
        if (profileName != null && !profileName.isBlank() && profile == null) {
            throw new Problem(HttpStatus.BAD_REQUEST, "error.400.profile");
        }
        try (InputStream in = file.content()) {
            Upload upload = uploads.store().receive(in, file.filename(), geo, who.name(), profile, clock.instant());
            audit.record(who.name(), RequestGuard.client(ctx), AuditEvent.UPLOAD, geo + " " + upload.id(),
                    AuditEvent.SUCCESS, upload.fileName() + ", " + upload.bytes() + " bytes, sha256 " + upload.sha256());
            return upload;
        } catch (Problem p) {
            audit.record(who.name(), RequestGuard.client(ctx), AuditEvent.UPLOAD, geo, AuditEvent.REFUSED,
                    p.messageKey() + ": " + eu.cyberstat.web.upload.UploadStore.displayName(file.filename()));
            throw p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code GET /countries/{country}/uploads/{upload}}: the report, the revisions and the choice. */
    public void show(Context ctx) {
        Upload upload = upload(ctx);
        Pages.Frame frame = frames.of(ctx);
        Language lang = frame.language();
        ValidationReport report = uploads.report(upload);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("geo", upload.country());
        model.put("countryName", pages.countryName(upload.country(), lang));
        model.put("upload", uploadModel(upload, lang));
        model.put("status", upload.status().name().toLowerCase(java.util.Locale.ROOT));
        model.put("base", "/countries/" + upload.country() + "/uploads/" + upload.id());
        reportModel(model, report, upload.profile(), lang);
        Revisions revisions = upload.isOpen() ? uploads.revisions(upload).orElse(null) : null;
        if (revisions != null) {
            model.put("revisions", revisions);
            model.put("countryYears", String.join(", ", revisions.countryYears().stream().map(Object::toString).toList()));
            model.put("revisionRows", revisionRows(revisions, lang));
        }
        model.put("replaceNeeded", ctx.queryParam("replace-needed") != null);
        model.put("submissionId", upload.submissionId());
        Pages.respond(ctx, pages.render("upload.ftlh", pages.text(lang, "upload.report.title", upload.fileName()),
                frame, model));
    }

    /** {@code GET .../report.json}: the report as {@code cyberstat validate --json} prints it. */
    public void reportJson(Context ctx) {
        Upload upload = upload(ctx);
        Downloads.send(ctx, "validation-" + upload.id() + ".json", uploads.report(upload).toJson()
                .getBytes(StandardCharsets.UTF_8));
    }

    /** {@code GET .../report.csv}: one line per problem. */
    public void reportCsv(Context ctx) {
        Upload upload = upload(ctx);
        Downloads.send(ctx, "validation-" + upload.id() + ".csv", ReportView.csv(uploads.report(upload))
                .getBytes(StandardCharsets.UTF_8));
    }

    /** {@code POST .../confirm}: submits the file; its receipt, or back to the page when replace is needed. */
    public void confirm(Context ctx) {
        Upload upload = upload(ctx);
        if (!upload.isOpen()) {
            throw new Problem(HttpStatus.CONFLICT, "error.409.upload-closed");
        }
        Principal who = RequestGuard.principal(ctx);
        String note = ctx.formParam("note");
        if (note != null && note.strip().length() > SubmitFile.Request.MAX_NOTE) {
            throw new Problem(HttpStatus.BAD_REQUEST, "error.400.note");
        }
        boolean replace = "yes".equals(ctx.formParam("replace"));
        Uploads.Outcome o = uploads.confirm(upload, note, replace);
        Receipt r = o.receipt();
        String base = "/countries/" + upload.country() + "/uploads/" + upload.id();
        if (r.isUnconfirmed()) {
            audit.record(who.name(), RequestGuard.client(ctx), AuditEvent.SUBMISSION_ACCEPT, base, AuditEvent.REFUSED,
                    "would withdraw " + o.revisions().dropped() + " figures in force; replace not given");
            ctx.redirect(base + "?replace-needed", HttpStatus.SEE_OTHER);
            return;
        }
        audit.record(who.name(), RequestGuard.client(ctx), AuditEvent.SUBMISSION_ACCEPT, base,
                Receipt.ACCEPTED.equals(r.status()) ? AuditEvent.SUCCESS : AuditEvent.FAILURE,
                r.status() + " " + r.submissionId() + ", " + r.rows() + " figures");
        ctx.redirect(Receipt.ACCEPTED.equals(r.status())
                ? "/countries/" + upload.country() + "/submissions/" + r.submissionId() : base, HttpStatus.SEE_OTHER);
    }

    /** {@code POST .../discard}: the file is deleted, nothing was committed. */
    public void discard(Context ctx) {
        Upload upload = upload(ctx);
        if (!upload.isOpen()) {
            throw new Problem(HttpStatus.CONFLICT, "error.409.upload-closed");
        }
        uploads.store().discard(upload);
        Principal who = RequestGuard.principal(ctx);
        audit.record(who.name(), RequestGuard.client(ctx), AuditEvent.UPLOAD_DISCARD,
                upload.country() + " " + upload.id(), AuditEvent.SUCCESS, upload.fileName());
        ctx.redirect("/countries/" + upload.country() + "/submissions?discarded", HttpStatus.SEE_OTHER);
    }

    /** The upload of the path, if it is this country's (another country's id is not found, as any unknown id). */
    private Upload upload(Context ctx) {
        String geo = ctx.pathParam("country");
        return uploads.store().find(ctx.pathParam("upload")).filter(u -> u.country().equals(geo))
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "error.404.upload"));
    }

    static Map<String, Object> uploadModel(Upload u, Language lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id());
        m.put("fileName", u.fileName());
        m.put("size", Formats.number(u.bytes(), lang));
        m.put("sha256", u.sha256());
        m.put("received", Formats.instant(u.receivedAt(), lang));
        m.put("account", u.account());
        m.put("profile", u.profile() == null ? "" : u.profile());
        m.put("note", u.note() == null ? "" : u.note());
        return m;
    }

    /**
     * The report's summary and its groups, for the report part of a page; the file's format is
     * named for people by the template (message {@code input-format.NAME}), with the mapping
     * profile's name for a national layout.
     */
    static void reportModel(Map<String, Object> model, ValidationReport report, String profile, Language lang) {
        model.put("reportStatus", report.status());
        model.put("format", report.format() == null ? "" : report.format());
        model.put("profileName", profile == null ? "" : profile);
        model.put("encoding", report.encoding() == null ? "" : report.encoding());
        model.put("rows", report.rows());
        model.put("errorCount", report.errors().size());
        model.put("warningCount", report.warnings().size());
        model.put("errors", ReportView.groups(report.errors(), lang));
        model.put("warnings", ReportView.groups(report.warnings(), lang));
    }

    private static List<RevisionRow> revisionRows(Revisions revisions, Language lang) {
        return revisions.changes().stream().map(f -> new RevisionRow(f.kind().name().toLowerCase(java.util.Locale.ROOT),
                f.describeKey(), f.kind() == FigureRevision.Kind.ADDED ? "" : value(f.before(), lang),
                f.kind() == FigureRevision.Kind.DROPPED ? "" : value(f.after(), lang), Formats.change(f.change(), lang),
                f.flagsBefore(), f.flagsAfter())).toList();
    }

    private static String value(Long v, Language lang) {
        return v == null ? ":" : Formats.number(v, lang);
    }
}
