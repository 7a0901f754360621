package eu.cyberstat.reports.view;

import eu.cyberstat.reference.Countries;
import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.reports.model.AlertFigure;
import eu.cyberstat.reports.model.ReportData;
import eu.cyberstat.reports.model.SubmissionInForce;
import eu.cyberstat.reports.template.ReportTemplates;
import java.util.Comparator;
import java.util.List;

/**
 * What every output of one report shares, whatever its language: the data, the templates, the
 * figures of the report's indicator indexed, the trend window and the reporting countries.
 */
public final class ReportBasis {

    private final ReportData data;
    private final ReportTemplates templates;
    private final FigureIndex figures;
    private final List<Integer> years;
    private final List<Country> reportingCountries;

    public ReportBasis(ReportData data, ReportTemplates templates) {
        this.data = data;
        this.templates = templates;
        this.figures = new FigureIndex(data.figures(), templates.definition().indicator());
        this.years = FigureIndex.window(data.provenance().referenceYear(), templates.definition().trendYears());
        this.reportingCountries = data.reference().countries().all().stream()
                .filter(c -> !c.isAggregate() && figures.has(c.geo())).toList();
    }

    public ReportData data() {
        return data;
    }

    public ReferenceData reference() {
        return data.reference();
    }

    public ReportTemplates templates() {
        return templates;
    }

    public FigureIndex figures() {
        return figures;
    }

    /** The trend window, oldest first, ending with the reference year. */
    public List<Integer> years() {
        return years;
    }

    public int referenceYear() {
        return data.provenance().referenceYear();
    }

    /** Countries (not aggregates) with at least one figure, in protocol order. */
    public List<Country> reportingCountries() {
        return reportingCountries;
    }

    /** The submissions in force for a country, in the order they were committed. */
    public List<SubmissionInForce> submissionsOf(String geo) {
        return data.submissions().stream().filter(s -> s.geo().equals(geo)).toList();
    }

    /** The country's files the validation rejected since its last accepted delivery, oldest first. */
    public List<eu.cyberstat.reports.model.RejectedDelivery> rejectedOf(String geo) {
        return data.rejected().stream().filter(r -> r.geo().equals(geo)).toList();
    }

    /** The submissions in force that replaced figures given before, by country in protocol order. */
    public List<SubmissionInForce> revisions() {
        List<String> order = data.reference().countries().all().stream().map(Country::geo).toList();
        return data.submissions().stream().filter(SubmissionInForce::isRevision)
                .sorted(Comparator.comparingInt((SubmissionInForce s) -> order.indexOf(s.geo()))
                        .thenComparing(SubmissionInForce::committedAt))
                .toList();
    }

    /** EU27 members with at least one figure: the countries that get a feedback sheet. */
    public List<Country> reportingMemberStates() {
        return reportingCountries.stream().filter(Country::isEu27Member).toList();
    }

    public Offence total() {
        return data.reference().offences().total();
    }

    public List<Offence> groups() {
        return data.reference().offences().groups();
    }

    /** The total followed by the groups: the rows of most EU tables. */
    public List<Offence> totalAndGroups() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(total()), groups().stream()).toList();
    }

    public String eu() {
        return Countries.EU27_2020;
    }

    /**
     * The offences a country's trend shows: its total where it reported one in the trend window;
     * else the offence groups it reported; else its offences. A country that reports only acts
     * against computer systems is shown with that group rather than with no line at all.
     */
    public List<String> trendOffences(String geo) {
        List<List<Offence>> levels = List.of(List.of(total()), groups(), data.reference().offences().leaves());
        for (List<Offence> level : levels) {
            List<String> reported = level.stream().map(Offence::code)
                    .filter(code -> years.stream().anyMatch(y -> Shown.isReported(figures.find(geo, code, y).orElse(null))))
                    .toList();
            if (!reported.isEmpty()) {
                return reported;
            }
        }
        return List.of();
    }

    /**
     * Reporting countries ordered by their published rate for {@code offence} in {@code year},
     * highest first; countries without a rate (missing, confidential, no population) follow in
     * protocol order.
     */
    public List<String> countriesByRate(String offence, int year) {
        Comparator<Country> byRate = Comparator.comparing((Country c) -> rate(c.geo(), offence, year),
                Comparator.nullsLast(Comparator.reverseOrder()));
        return reportingCountries.stream().sorted(byRate).map(Country::geo).toList();
    }

    /**
     * The year whose EU index is 100 (the base year the metrics job chose), read from the EU
     * total or, without an index of it, from a group; null when no EU index could be computed
     * (no Member State reported every year of the window without a break).
     */
    public Integer indexBaseYear() {
        for (Offence o : totalAndGroups()) {
            for (int y : years()) {
                Double index = Shown.index(figures.find(eu(), o.code(), y).orElse(null));
                if (index != null && Math.abs(index - 100.0) < 1e-9) {
                    return y;
                }
            }
        }
        return null;
    }

    /** The countries of {@link #countriesByRate} that have a published rate: the ranking charts and narratives show. */
    public List<String> countriesWithRate(String offence, int year) {
        return countriesByRate(offence, year).stream().filter(geo -> rate(geo, offence, year) != null).toList();
    }

    /**
     * True when the alerts chapter has something to show: one of its charts or its table has
     * figures of the reference year. Without, the report has no alerts chapter.
     */
    public boolean hasAlerts() {
        return !monthlyPlatformVolumes().isEmpty() || !platformYearFigures().isEmpty() || !alertsByOffence().isEmpty();
    }

    /** The alert-volume chart's figures: alerts per month of the reference year on each platform. */
    public List<AlertFigure> monthlyPlatformVolumes() {
        return data.alertFigures().stream().filter(a -> a.isVolume() && a.year() == referenceYear() && !a.isWholeYear()
                && !a.isAllPlatforms() && a.isAllOffences() && a.isAllCountries()).toList();
    }

    /** The alert-platforms table's figures: whole-year measures of each platform and of all platforms. */
    public List<AlertFigure> platformYearFigures() {
        return data.alertFigures().stream().filter(a -> a.year() == referenceYear() && a.isWholeYear()
                && a.isAllOffences() && a.isAllCountries()).toList();
    }

    /** The alert-offence chart's bars (see {@link AlertsByOffence}). */
    public List<AlertsByOffence.Bar> alertsByOffence() {
        return AlertsByOffence.of(data.alertFigures(), referenceYear(), data.reference().offences());
    }

    private Double rate(String geo, String offence, int year) {
        return Shown.rate(figures.find(geo, offence, year).orElse(null));
    }
}
