package eu.cyberstat.web.route;

import eu.cyberstat.app.Receipt;
import eu.cyberstat.reference.Language;
import eu.cyberstat.reference.YearRanges;
import eu.cyberstat.warehousing.CountryYear;
import eu.cyberstat.web.page.Formats;
import eu.cyberstat.web.page.Frames;
import eu.cyberstat.web.page.Pages;
import eu.cyberstat.web.page.Problem;
import eu.cyberstat.web.page.ReportView;
import eu.cyberstat.web.query.SubmissionRecords;
import eu.cyberstat.web.receipt.ReceiptPdf;
import eu.cyberstat.web.upload.Upload;
import eu.cyberstat.web.upload.UploadStore;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A country's submissions: the history (accepted submissions, whatever door they came through,
 * and the uploads made through the portal), each submission's receipt as a page, a PDF and JSON,
 * its validation report and its raw file as it was uploaded. A submission that has no figures for
 * the country of the path is not found there: the access rule has already kept an uploader to its
 * own country.
 */
public final class SubmissionRoutes {

    /** One accepted submission in the history. */
    public record HistoryRow(String id, String file, String received, String years, long figures, int warnings,
                             boolean superseded) {
    }

    /** One portal upload in the history. */
    public record UploadRow(String id, String file, String received, String status, String account, String link) {
    }

    private final SubmissionRecords records;
    private final UploadStore uploads;
    private final Pages pages;
    private final Frames frames;

    public SubmissionRoutes(SubmissionRecords records, UploadStore uploads, Pages pages, Frames frames) {
        this.records = records;
        this.uploads = uploads;
        this.pages = pages;
        this.frames = frames;
    }

    /** {@code GET /countries/{country}/submissions}. */
    public void history(Context ctx) {
        String geo = ctx.pathParam("country");
        Pages.Frame frame = frames.of(ctx);
        Language lang = frame.language();
        List<HistoryRow> rows = records.of(geo).stream().map(e -> new HistoryRow(e.submission().id(),
                e.submission().fileName(), Formats.instant(e.submission().committedAt(), lang),
                years(e.inForce(), geo), e.submission().rows(), e.submission().warnings(),
                e.inForce().stream().noneMatch(cy -> cy.geo().equals(geo)))).toList();
        List<UploadRow> uploadRows = uploads.of(geo).stream().map(u -> new UploadRow(u.id(), u.fileName(),
                Formats.instant(u.receivedAt(), lang), u.status().name().toLowerCase(Locale.ROOT), u.account(),
                u.status() == Upload.Status.ACCEPTED ? "/countries/" + geo + "/submissions/" + u.submissionId()
                        : "/countries/" + geo + "/uploads/" + u.id())).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("geo", geo);
        model.put("countryName", pages.countryName(geo, lang));
        model.put("rows", rows);
        model.put("uploads", uploadRows);
        model.put("discarded", ctx.queryParam("discarded") != null);
        Pages.respond(ctx, pages.render("submissions.ftlh", pages.text(lang, "history.title",
                pages.countryName(geo, lang)), frame, model));
    }

    /** {@code GET /countries/{country}/submissions/{submission}}: the receipt page and the report. */
    public void receipt(Context ctx) {
        SubmissionRecords.Entry e = entry(ctx);
        String geo = ctx.pathParam("country");
        Pages.Frame frame = frames.of(ctx);
        Language lang = frame.language();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("geo", geo);
        model.put("lead", pages.text(lang, "receipt.lead", "cyberstat", pages.countryName(geo, lang)));
        model.put("facts", facts(e, lang));
        String base = "/countries/" + geo + "/submissions/" + e.submission().id();
        model.put("base", base);
        UploadRoutes.reportModel(model, records.report(e.submission().id()),
                e.upload() == null ? null : e.upload().profile(), lang);
        Pages.respond(ctx, pages.render("receipt.ftlh", pages.text(lang, "receipt.title", e.submission().id()), frame,
                model));
    }

    public void receiptJson(Context ctx) {
        SubmissionRecords.Entry e = entry(ctx);
        Downloads.send(ctx, "receipt-" + e.submission().id() + ".json", json(SubmissionRecords.receiptDocument(e)));
    }

    public void receiptPdf(Context ctx) {
        SubmissionRecords.Entry e = entry(ctx);
        Language lang = frames.language(ctx);
        String geo = ctx.pathParam("country");
        List<ReceiptPdf.Fact> facts = facts(e, lang);
        byte[] pdf = ReceiptPdf.render(pages.text(lang, "receipt.pdf.title"),
                pages.text(lang, "receipt.lead", "cyberstat", pages.countryName(geo, lang)), facts,
                pages.text(lang, "receipt.pdf.footer"), lang.code());
        Downloads.send(ctx, "receipt-" + e.submission().id() + ".pdf", pdf);
    }

    public void reportJson(Context ctx) {
        SubmissionRecords.Entry e = entry(ctx);
        Downloads.send(ctx, "validation-" + e.submission().id() + ".json",
                records.report(e.submission().id()).toJson().getBytes(StandardCharsets.UTF_8));
    }

    public void reportCsv(Context ctx) {
        SubmissionRecords.Entry e = entry(ctx);
        Downloads.send(ctx, "validation-" + e.submission().id() + ".csv",
                ReportView.csv(records.report(e.submission().id())).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code GET .../raw}: the file byte for byte as it was uploaded, under its uploaded name. */
    public void raw(Context ctx) {
        SubmissionRecords.Entry e = entry(ctx);
        Downloads.sendRaw(ctx, e.submission().fileName(), records.raw(e.submission().id()));
    }

    /** A receipt's facts, labelled in the page's language: the page's list and the PDF's table. */
    private List<ReceiptPdf.Fact> facts(SubmissionRecords.Entry e, Language lang) {
        Receipt r = e.receipt();
        List<ReceiptPdf.Fact> facts = new ArrayList<>();
        facts.add(fact(lang, "receipt.id", r.submissionId()));
        facts.add(fact(lang, "receipt.file", r.file()));
        facts.add(fact(lang, "receipt.size", pages.text(lang, "upload.bytes", Formats.number(r.bytes(), lang))));
        facts.add(new ReceiptPdf.Fact(pages.text(lang, "receipt.sha256"), r.sha256(), true));
        facts.add(fact(lang, "receipt.time", Formats.instant(r.committedAt(), lang)));
        facts.add(fact(lang, "receipt.figures", Formats.number(r.rows(), lang)));
        facts.add(fact(lang, "receipt.warnings", Formats.number((long) r.warnings(), lang)));
        facts.add(fact(lang, "receipt.years", countryYears(e.submission().countryYears())));
        List<String> superseded = new ArrayList<>();
        if (r.supersedes() != null) {
            r.supersedes().forEach((id, cys) -> superseded.add(pages.text(lang, "receipt.supersedes.item", id,
                    countryYears(cys))));
        }
        facts.add(fact(lang, "receipt.supersedes", superseded.isEmpty() ? pages.text(lang, "receipt.supersedes.none")
                : String.join("; ", superseded)));
        if (e.upload() != null) {
            facts.add(fact(lang, "receipt.by", e.upload().account()));
            if (e.upload().note() != null) {
                facts.add(fact(lang, "receipt.note", e.upload().note()));
            }
        }
        return facts;
    }

    private ReceiptPdf.Fact fact(Language lang, String key, String value) {
        return new ReceiptPdf.Fact(pages.text(lang, key), value == null ? "" : value, false);
    }

    private SubmissionRecords.Entry entry(Context ctx) {
        return records.find(ctx.pathParam("country"), ctx.pathParam("submission"))
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "error.404.submission"));
    }

    /** "DE 2013–2022; FR 2021" */
    static String countryYears(List<CountryYear> cys) {
        Map<String, List<Integer>> byGeo = new TreeMap<>();
        cys.forEach(cy -> byGeo.computeIfAbsent(cy.geo(), k -> new ArrayList<>()).add(cy.year()));
        List<String> parts = new ArrayList<>();
        byGeo.forEach((g, ys) -> parts.add(g + " " + YearRanges.format(ys)));
        return String.join("; ", parts);
    }

    private static String years(List<CountryYear> cys, String geo) {
        return YearRanges.format(cys.stream().filter(cy -> cy.geo().equals(geo)).map(CountryYear::year).toList());
    }

    private static byte[] json(Object value) {
        try {
            return UploadStore.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }
}
