package eu.cyberstat.web.route;

import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Language;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.reference.YearRanges;
import eu.cyberstat.web.page.Formats;
import eu.cyberstat.web.page.Frames;
import eu.cyberstat.web.page.Pages;
import eu.cyberstat.web.page.Problem;
import eu.cyberstat.web.query.Deliveries;
import eu.cyberstat.web.query.LatestReports;
import eu.cyberstat.web.query.ReportFile;
import eu.cyberstat.web.query.SubmissionsInForce;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.time.format.DateTimeFormatter;

/**
 * A country's page (its uploaders' start page): what is in force for each reference year, what is
 * still expected (the country's row of the deliveries matrix), and its feedback sheet from the
 * latest run; and the operator's list of countries. Read-only; who may
 * see which country is the access rule's business, decided before these handlers run.
 */
public final class CountryRoutes {

    /** One row of the operator's list. */
    public record CountryRow(String geo, String name, String years, String lastReceived, boolean member) {
    }

    /** One row of a country's page. */
    public record YearRow(int year, String file, String received, long figures, int warnings, String submissionId) {
    }

    /** One year (or some offence groups of it) still expected from the country, on its page. */
    public record ExpectedRow(int year, String what, String status, String label, String due) {
    }

    private final SubmissionsInForce inForce;
    private final Deliveries deliveries;
    private final LatestReports reports;
    private final ReferenceData reference;
    private final Pages pages;
    private final Frames frames;

    public CountryRoutes(SubmissionsInForce inForce, Deliveries deliveries, LatestReports reports,
                         ReferenceData reference, Pages pages, Frames frames) {
        this.inForce = inForce;
        this.deliveries = deliveries;
        this.reports = reports;
        this.reference = reference;
        this.pages = pages;
        this.frames = frames;
    }

    /** {@code GET /countries}: every Member State, then the other countries that have figures. */
    public void list(Context ctx) {
        Pages.Frame frame = frames.of(ctx);
        Language lang = frame.language();
        Map<String, SubmissionsInForce.CountrySummary> summaries = inForce.summaries();
        Collator collator = Collator.getInstance(lang.locale());
        List<CountryRow> rows = new ArrayList<>();
        for (Country c : reference.countries().all()) {
            SubmissionsInForce.CountrySummary s = summaries.get(c.geo());
            if (c.isAggregate() || !c.isEu27Member() && s == null) {
                continue;
            }
            rows.add(new CountryRow(c.geo(), c.name().in(lang), s == null ? "" : YearRanges.format(s.years()),
                    s == null ? "" : Formats.instant(s.latest().committedAt(), lang), c.isEu27Member()));
        }
        rows.sort(Comparator.comparing(CountryRow::member).reversed()
                .thenComparing(CountryRow::name, collator::compare));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("members", rows.stream().filter(CountryRow::member).toList());
        model.put("others", rows.stream().filter(r -> !r.member()).toList());
        model.put("delivered", rows.stream().filter(r -> r.member() && !r.years().isEmpty()).count());
        Pages.respond(ctx, pages.render("countries.ftlh", pages.text(lang, "countries.title"), frame, model));
    }

    /** {@code GET /countries/{country}}. */
    public void show(Context ctx) {
        String geo = ctx.pathParam("country");
        Pages.Frame frame = frames.of(ctx);
        Language lang = frame.language();
        List<YearRow> rows = inForce.of(geo).stream().map(y -> new YearRow(y.year(), y.submission().fileName(),
                Formats.instant(y.submission().committedAt(), lang), y.figures(), y.submission().warnings(),
                y.submission().id())).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("geo", geo);
        model.put("countryName", pages.countryName(geo, lang));
        model.put("rows", rows);
        model.put("expected", deliveries.expected(geo).stream().map(e -> new ExpectedRow(e.year(),
                e.groups().isEmpty() ? pages.text(lang, "country.expected.all")
                        : e.groups().stream().map(g -> reference.offences().get(g).label().in(lang) + " (" + g + ")")
                        .collect(Collectors.joining("; ")),
                e.status().code(), pages.text(lang, "deliveries.status." + e.status().code()),
                Formats.date(e.due().minusSeconds(1), lang))).toList());
        model.put("deadline", DateTimeFormatter.ofPattern("d MMMM", lang.locale()).format(deliveries.deadline()));
        Optional<LatestReports.ReportSet> set = reports.latest();
        Optional<ReportFile> feedback = set.flatMap(s -> s.feedbackFor(geo));
        model.put("feedbackYear", feedback.isPresent() ? set.get().referenceYear() : null);
        model.put("feedbackSize", feedback.map(f -> Formats.size(f.bytes(), lang)).orElse(null));
        Pages.respond(ctx, pages.render("country.ftlh", pages.countryName(geo, lang), frame, model));
    }

    /** {@code GET /countries/{country}/feedback}: the country's feedback sheet from the latest run. */
    public void feedback(Context ctx) {
        String geo = ctx.pathParam("country");
        Optional<LatestReports.ReportSet> set = reports.latest();
        ReportFile file = set.flatMap(s -> s.feedbackFor(geo))
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "error.404.feedback"));
        Downloads.send(ctx, file, reports.read(file));
    }
}
