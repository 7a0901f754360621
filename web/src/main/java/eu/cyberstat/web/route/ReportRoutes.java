package eu.cyberstat.web.route;

import eu.cyberstat.reference.Language;
import eu.cyberstat.web.account.Role;
import eu.cyberstat.web.page.Formats;
import eu.cyberstat.web.page.Frames;
import eu.cyberstat.web.page.Pages;
import eu.cyberstat.web.page.Problem;
import eu.cyberstat.web.query.LatestReports;
import eu.cyberstat.web.query.ReportFile;
import eu.cyberstat.web.security.RequestGuard;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report set of the latest annual run: the readers' start page and its downloads. Feedback
 * sheets are addressed to one country each and are fetched through that country's page, where
 * the access rule applies; the operator's list links to them there.
 */
public final class ReportRoutes {

    /**
     * One downloadable file as the page lists it.
     *
     * @param lang the language of the file and of its label ("Français"), for screen readers; null for others
     */
    public record FileRow(String href, String label, String lang, String name, String size) {
    }

    private final LatestReports reports;
    private final Pages pages;
    private final Frames frames;

    public ReportRoutes(LatestReports reports, Pages pages, Frames frames) {
        this.reports = reports;
        this.pages = pages;
        this.frames = frames;
    }

    /** {@code GET /reports}. */
    public void list(Context ctx) {
        Pages.Frame frame = frames.of(ctx);
        Language lang = frame.language();
        Map<String, Object> model = new LinkedHashMap<>();
        Optional<LatestReports.ReportSet> set = reports.latest();
        model.put("hasRun", set.isPresent());
        set.ifPresent(s -> {
            model.put("year", s.referenceYear());
            model.put("finished", Formats.instant(s.finishedAt(), lang));
            model.put("vintage", Formats.instant(s.dataVintage(), lang));
            model.put("reports", rows(s, ReportFile.Kind.REPORT, lang));
            model.put("workbooks", rows(s, ReportFile.Kind.WORKBOOK, lang));
            model.put("data", rows(s, ReportFile.Kind.DATA, lang));
            boolean operator = RequestGuard.principal(ctx).account().role() == Role.OPERATOR;
            model.put("feedback", operator ? rows(s, ReportFile.Kind.FEEDBACK, lang) : List.of());
        });
        Pages.respond(ctx, pages.render("reports.ftlh", pages.text(lang, "reports.title"), frame, model));
    }

    /** {@code GET /reports/<name>}: a file of the set, by the name its manifest gives it. */
    public void download(Context ctx) {
        String name = ctx.pathParam("name");
        ReportFile file = reports.latest().flatMap(s -> s.file(name))
                .filter(f -> f.kind() != ReportFile.Kind.FEEDBACK)
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "error.404.report"));
        Downloads.send(ctx, file, reports.read(file));
    }

    private List<FileRow> rows(LatestReports.ReportSet set, ReportFile.Kind kind, Language lang) {
        return set.files().stream().filter(f -> f.kind() == kind).map(f -> new FileRow(
                kind == ReportFile.Kind.FEEDBACK ? "/countries/" + f.country() + "/feedback" : "/reports/" + f.name(),
                label(f, lang), f.language() == null ? null : f.language().code(), f.downloadName(),
                Formats.size(f.bytes(), lang))).toList();
    }

    private String label(ReportFile f, Language lang) {
        return switch (f.kind()) {
            case REPORT, WORKBOOK -> pages.text(lang, "reports.in-language", pages.text(f.language(), "language.self"));
            case FEEDBACK -> pages.countryName(f.country(), lang);
            case DATA -> {
                String key = "reports.data." + f.downloadName().replaceAll("-\\d{4}\\..*$", "");
                yield pages.messages().keys().contains(key) ? pages.text(lang, key) : f.downloadName();
            }
        };
    }
}
