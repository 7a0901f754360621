package eu.cyberstat.web.route;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.cyberstat.app.Receipt;
import eu.cyberstat.app.SubmitFile;
import eu.cyberstat.problem.ValidationReport;
import eu.cyberstat.web.account.Account;
import eu.cyberstat.web.account.Role;
import eu.cyberstat.web.page.Problem;
import eu.cyberstat.web.query.SubmissionRecords;
import eu.cyberstat.web.query.SubmissionsInForce;
import eu.cyberstat.web.security.RequestGuard;
import eu.cyberstat.web.upload.Upload;
import eu.cyberstat.web.upload.UploadStore;
import eu.cyberstat.web.upload.Uploads;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON API, for machine clients with a token ({@code Authorization: Bearer cst_...}): who the
 * token acts as, and a country's submissions in force, the same as its page shows. The same
 * access rule as the pages: an uploader's token reads its own country only.
 */
public final class ApiRoutes {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** {@code GET /api/v1/me}. */
    public record Me(String name, String displayName, String role, String country, String token) {
    }

    /** One reference year in force, as {@code GET /api/v1/countries/{country}/submissions} lists it. */
    public record YearInForce(int year, String submissionId, String file, String sha256, Instant receivedAt,
                              long figures, int warnings) {
    }

    /** The answer of {@code GET /api/v1/countries/{country}/submissions}. */
    public record CountryInForce(String country, List<YearInForce> years) {
    }

    private final SubmissionsInForce inForce;
    private final Uploads uploads;
    private final SubmissionRecords records;
    private final RequestGuard guard;
    private final UploadRoutes uploadRoutes;

    public ApiRoutes(SubmissionsInForce inForce, Uploads uploads, SubmissionRecords records,
                     RequestGuard guard, UploadRoutes uploadRoutes) {
        this.inForce = inForce;
        this.uploads = uploads;
        this.records = records;
        this.guard = guard;
        this.uploadRoutes = uploadRoutes;
    }

    /**
     * {@code POST /api/v1/submissions} (multipart: {@code file}, {@code country}, {@code mode} =
     * validate, preview or submit, {@code replace}, {@code note}, {@code profile}): the same steps as
     * the upload page, in one request. 201 accepted, 200 validated, previewed or a duplicate, 409 not
     * loaded because figures would be dropped without {@code replace=true}, 422 rejected.
     */
    public void submit(Context ctx) {
        Account a = RequestGuard.principal(ctx).account();
        String country = guard.formParam(ctx, "country");
        if (country == null || country.isBlank()) {
            if (a.country() == null) {
                throw new Problem(HttpStatus.BAD_REQUEST, "error.400.country");
            }
            country = a.country();
        }
        country = country.strip().toUpperCase(java.util.Locale.ROOT);
        guard.admitCountry(ctx, country);
        String mode = ctx.formParam("mode") == null ? "submit" : ctx.formParam("mode").strip();
        if (!List.of("validate", "preview", "submit").contains(mode)) {
            throw new Problem(HttpStatus.BAD_REQUEST, "error.400.mode");
        }
        String note = ctx.formParam("note");
        if (note != null && note.strip().length() > SubmitFile.Request.MAX_NOTE) {
            throw new Problem(HttpStatus.BAD_REQUEST, "error.400.note");
        }
        Upload upload = uploadRoutes.receiveFile(ctx, country);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("upload", upload.id());
        if (mode.equals("validate")) {
            // Only the report, as cyberstat validate: nothing is kept but the record that it came.
            ValidationReport report = uploads.validate(upload);
            uploads.store().discard(upload);
            body.put("validation", tree(report.toJson()));
            send(ctx, 200, body);
            return;
        }
        Uploads.Outcome o = uploads.preview(upload);
        if (mode.equals("submit") && uploads.store().find(upload.id()).orElseThrow().isOpen()) {
            o = uploads.confirm(uploads.store().find(upload.id()).orElseThrow(), note,
                    "true".equals(ctx.formParam("replace")));
        } else if (mode.equals("preview") && o.revisions() != null) {
            uploads.store().discard(uploads.store().find(upload.id()).orElseThrow());
        }
        body.put("validation", tree(o.report().toJson()));
        if (o.revisions() != null) {
            body.put("revisions", o.revisions());
        }
        body.put("receipt", o.receipt());
        Receipt r = o.receipt();
        int status = r.isRejected() ? 422 : r.isUnconfirmed() && mode.equals("submit") ? 409
                : Receipt.ACCEPTED.equals(r.status()) ? 201 : 200;
        if (status == 201) {
            ctx.header("Location", "/api/v1/submissions/" + r.submissionId());
        }
        send(ctx, status, body);
    }

    /** {@code GET /api/v1/submissions/{submission}}: the submission, what it still provides, its report. */
    public void submission(Context ctx) {
        SubmissionRecords.Entry e = entry(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("submission", e.submission());
        body.put("inForce", e.inForce());
        body.put("validation", tree(records.report(e.submission().id()).toJson()));
        send(ctx, 200, body);
    }

    /** {@code GET /api/v1/submissions/{submission}/receipt}: the receipt, as the page's JSON download. */
    public void receipt(Context ctx) {
        send(ctx, 200, SubmissionRecords.receiptDocument(entry(ctx)));
    }

    /** {@code GET /api/v1/openapi.json}: the API's OpenAPI description (no token needed to read it). */
    public void openApi(Context ctx) {
        try (var in = ApiRoutes.class.getResourceAsStream("/portal/openapi.json")) {
            ctx.contentType("application/json; charset=utf-8").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The submission of the path; one with no figures for an uploader's country is refused and audited. */
    private SubmissionRecords.Entry entry(Context ctx) {
        SubmissionRecords.Entry e = records.find(ctx.pathParam("submission"))
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "error.404.submission"));
        Account a = RequestGuard.principal(ctx).account();
        if (a.role() == Role.UPLOADER && !e.isFor(a.country())) {
            guard.admitCountry(ctx, e.submission().countryYears().isEmpty() ? e.submission().declaredCountry()
                    : e.submission().countryYears().get(0).geo());
        }
        return e;
    }

    private static Object tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void me(Context ctx) {
        var who = RequestGuard.principal(ctx);
        Account a = who.account();
        send(ctx, new Me(a.name(), a.displayName(), a.role().code(), a.country(), who.tokenId()));
    }

    public void submissions(Context ctx) {
        String geo = ctx.pathParam("country");
        List<YearInForce> years = inForce.of(geo).stream().map(y -> new YearInForce(y.year(), y.submission().id(),
                y.submission().fileName(), y.submission().sha256(), y.submission().committedAt(), y.figures(),
                y.submission().warnings())).toList();
        send(ctx, new CountryInForce(geo, years));
    }

    /** Answers with {@code body} as JSON (instants as ISO strings); the runs' API answers the same way. */
    static void send(Context ctx, Object body) {
        send(ctx, 200, body);
    }

    static void send(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(UploadStore.JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
