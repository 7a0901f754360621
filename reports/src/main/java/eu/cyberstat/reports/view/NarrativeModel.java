package eu.cyberstat.reports.view;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reports.model.KeyFinding;
import eu.cyberstat.reports.model.SubmissionCheck;
import eu.cyberstat.reports.model.SubmissionInForce;
import eu.cyberstat.reports.template.ReportTemplates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data a narrative template sees (documented in docs/templates.md). Figures are copied
 * from the model as they are; a figure that is missing or confidential is simply absent from
 * its map, so a template writes {@code ${fmt.count(eu.value!)}} (prints "–") or tests
 * {@code <#if eu.yoyPct??>}.
 */
public final class NarrativeModel {

    private final ReportContext ctx;
    private final ReportBasis basis;

    public NarrativeModel(ReportContext ctx) {
        this.ctx = ctx;
        this.basis = ctx.basis();
    }

    /** What every narrative sees: year, trend window, run, number formatter, EU total and groups. */
    public Map<String, Object> common() {
        Map<String, Object> m = new HashMap<>();
        m.put("year", basis.referenceYear());
        m.put("firstYear", basis.years().get(0));
        m.put("fmt", ctx.fmt());
        m.put("runId", basis.data().provenance().runId());
        m.put("asOf", ReportContext.instant(basis.data().provenance().asOf()));
        m.put("eu", figure(basis.eu(), basis.total().code(), basis.referenceYear()));
        m.put("euFirst", figure(basis.eu(), basis.total().code(), basis.years().get(0)));
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Offence o : basis.groups()) {
            groups.add(figure(basis.eu(), o.code(), basis.referenceYear()));
        }
        m.put("groups", groups);
        m.put("reportingCountries", basis.reportingCountries().size());
        // Why the EU27 groups need not add up to the EU27 total (empty when they cover the same Member States).
        m.put("coverageNote", new EuCoverage(ctx).totalAndGroupsNote());
        m.put("hasAlerts", basis.hasAlerts());
        // The EU index chart is drawn only when there is an index (a panel), and says its base year.
        Integer base = basis.indexBaseYear();
        m.put("hasIndex", base != null);
        m.put("baseYear", base == null ? "" : String.valueOf(base));
        return m;
    }

    /** A figure as a template sees it: labels, flags and the metrics that may be published. */
    public Map<String, Object> figure(String geo, String offence, int year) {
        Figure f = basis.figures().find(geo, offence, year).orElse(null);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("geo", geo);
        m.put("country", ctx.country(geo));
        m.put("offence", offence);
        m.put("label", ctx.offence(offence));
        m.put("shortLabel", ctx.offenceShort(offence));
        m.put("year", year);
        m.put("flags", Shown.flags(f));
        m.put("flagsExplained", ctx.flagsExplained(Shown.flags(f)));
        m.put("confidential", Shown.isConfidential(f));
        put(m, "value", Shown.value(f));
        put(m, "rate", Shown.rate(f));
        put(m, "yoyAbs", Shown.yoyAbs(f));
        put(m, "yoyPct", Shown.yoyPct(f));
        put(m, "cagr5y", Shown.cagr5y(f));
        put(m, "ma3y", Shown.ma3y(f));
        put(m, "index", Shown.index(f));
        put(m, "share", Shown.share(f));
        put(m, "rank", Shown.rank(f));
        if (f != null) {
            put(m, "countries", f.countriesCovered());
            put(m, "populationPct", f.populationCoveredPct());
        }
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    /** For an offence's section: its EU figure and the highest and lowest country rates. */
    public Map<String, Object> offence(String code) {
        Map<String, Object> m = common();
        m.put("offence", figure(basis.eu(), code, basis.referenceYear()));
        List<String> ranked = basis.countriesWithRate(code, basis.referenceYear());
        m.put("countriesWithRate", ranked.size());
        if (!ranked.isEmpty()) {
            m.put("highest", figure(ranked.get(0), code, basis.referenceYear()));
            m.put("lowest", figure(ranked.get(ranked.size() - 1), code, basis.referenceYear()));
        }
        return m;
    }

    /** For a country's profile page and feedback sheet. */
    public Map<String, Object> country(String geo) {
        Map<String, Object> m = common();
        m.put("country", figure(geo, basis.total().code(), basis.referenceYear()));
        List<SubmissionCheck> checks = basis.data().checks().stream().filter(c -> c.geo().equals(geo)).toList();
        m.put("checks", checks.size());
        m.put("errors", checks.stream().filter(SubmissionCheck::isError).count());
        m.put("warnings", checks.stream().filter(c -> !c.isError()).count());
        List<SubmissionInForce> deliveries = basis.submissionsOf(geo);
        m.put("deliveries", deliveries.size());
        m.put("rejected", basis.rejectedOf(geo).size());
        m.put("notes", deliveries.stream().mapToInt(s -> s.notes().size()).sum());
        // The years counted are those of the offences the page's trend chart shows, so that the
        // sentence and the chart agree; a year counts when one of them was reported.
        List<String> trend = basis.trendOffences(geo);
        int reportedYears = 0;
        int ratedYears = 0;
        for (int y : basis.years()) {
            int year = y;
            List<Figure> ofYear = trend.stream().map(o -> basis.figures().find(geo, o, year).orElse(null)).toList();
            reportedYears += ofYear.stream().anyMatch(Shown::isReported) ? 1 : 0;
            ratedYears += ofYear.stream().anyMatch(f -> Shown.rate(f) != null) ? 1 : 0;
        }
        m.put("reportedYears", reportedYears);
        m.put("ratedYears", ratedYears);
        m.put("trendYears", basis.years().size());
        m.put("totalShown", trend.equals(List.of(basis.total().code())));
        m.put("shownLabels", trend.stream().map(ctx::offenceShort).toList());
        m.put("reportedThisYear", basis.totalAndGroups().stream().anyMatch(
                o -> Shown.isReported(basis.figures().find(geo, o.code(), basis.referenceYear()).orElse(null))));
        return m;
    }

    /**
     * The words under the key findings when their EU27 figures (and the headline total beside
     * them) cover different Member States: each finding gives its own number in brackets.
     */
    public String findingsCoverageNote() {
        List<String> offences = new ArrayList<>();
        offences.add(basis.total().code());
        basis.data().keyFindings().stream().filter(k -> k.geo().equals(basis.eu())).forEach(k -> offences.add(k.offence()));
        return new EuCoverage(ctx).differentOffencesNote(offences, basis.referenceYear());
    }

    /** One key finding as the sentence {@code findings.ftl} writes for it. */
    public record FindingSentence(int rank, String text) {
    }

    /**
     * The key findings in rank order, each as its sentence in this report's language on one
     * line; a finding the template writes nothing for (a kind it does not know) is left out.
     */
    public List<FindingSentence> findingSentences() {
        List<FindingSentence> out = new ArrayList<>();
        for (KeyFinding k : basis.data().keyFindings().stream().sorted(Comparator.comparingInt(KeyFinding::rank)).toList()) {
            String text = basis.templates().render(ctx.language(), ReportTemplates.FINDINGS, finding(k))
                    .strip().replaceAll("\\s*\\R\\s*", " ");
            if (!text.isEmpty()) {
                out.add(new FindingSentence(k.rank(), text));
            }
        }
        return out;
    }

    /** The model of one key finding for {@code findings.ftl}. */
    public Map<String, Object> finding(KeyFinding k) {
        Map<String, Object> f = new HashMap<>();
        f.put("rank", k.rank());
        f.put("kind", k.kind());
        f.put("geo", k.geo().isEmpty() ? "" : ctx.country(k.geo()));
        f.put("offence", k.offence().isEmpty() ? "" : ctx.offence(k.offence()));
        f.put("shortOffence", k.offence().isEmpty() ? "" : ctx.offenceShort(k.offence()));
        f.put("year", k.year());
        f.put("n", k.figures() == null ? Map.of() : k.figures());
        Map<String, Object> m = common();
        m.put("finding", f);
        return m;
    }
}
