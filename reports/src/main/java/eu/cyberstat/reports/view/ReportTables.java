package eu.cyberstat.reports.view;

import eu.cyberstat.figure.CellKind;
import eu.cyberstat.figure.Figure;
import eu.cyberstat.figure.SubmissionNote;
import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.YearRanges;
import eu.cyberstat.reports.model.AlertFigure;
import eu.cyberstat.reports.model.SubmissionCheck;
import eu.cyberstat.reports.model.SubmissionInForce;
import eu.cyberstat.reports.template.NumberStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of the report, built once per language and drawn by both the PDF and the
 * workbook. Every number is a figure of the model, selected and ordered, never computed here.
 * A table's note says how to read it; what the marks in its cells mean (":" and each flag) is
 * the drawing's to say: the PDF at the foot of every page where one is printed, the workbook in
 * the note of the sheet ({@link ReportContext#marksExplained}).
 */
public final class ReportTables {

    private final ReportContext ctx;
    private final ReportBasis basis;
    private final FigureIndex figures;

    public ReportTables(ReportContext ctx) {
        this.ctx = ctx;
        this.basis = ctx.basis();
        this.figures = basis.figures();
    }

    /** Headline figures of the executive summary: the EU total in the reference year. */
    public ReportTable headline() {
        int year = basis.referenceYear();
        Figure eu = figures.find(basis.eu(), basis.total().code(), year).orElse(null);
        String flags = Shown.flags(eu);
        TableBuilder t = new TableBuilder("headline", ctx.msg("table.headline.title", year),
                List.of(Column.text(ctx.msg("col.measure")), Column.number(ctx.msg("col.value"), CellKind.RATE)));
        t.row(List.of(Cell.text(ctx.msg("headline.recorded", year)), Cell.num(Shown.value(eu), flags, CellKind.COUNT)));
        t.row(List.of(Cell.text(ctx.msg("headline.rate")), Cell.num(Shown.rate(eu), flags, CellKind.RATE)));
        t.row(List.of(Cell.text(ctx.msg("headline.yoy")), Cell.num(Shown.yoyPct(eu), flags, CellKind.CHANGE_PCT)));
        t.row(List.of(Cell.text(ctx.msg("headline.cagr")), Cell.num(Shown.cagr5y(eu), flags, CellKind.CHANGE_PCT)));
        t.row(List.of(Cell.text(ctx.msg("headline.countries")),
                Cell.num(eu == null ? null : eu.countriesCovered(), "", CellKind.COUNT)));
        t.row(List.of(Cell.text(ctx.msg("headline.population")),
                Cell.num(eu == null ? null : eu.populationCoveredPct(), "", CellKind.PERCENT)));
        return t.note(ctx.msg("table.headline.note")).build();
    }

    /**
     * The EU aggregate of the total and each group over the trend window, each figure with the
     * number of Member States it adds up beneath it, and a note saying why the groups need not
     * add up to the total where they cover different countries.
     */
    public ReportTable euTrend() {
        List<Column> cols = new ArrayList<>();
        cols.add(Column.text(ctx.msg("col.offence")));
        basis.years().forEach(y -> cols.add(Column.number(String.valueOf(y), CellKind.COUNT)));
        TableBuilder t = new TableBuilder("eu-trend", ctx.msg("table.eu-trend.title"), cols);
        for (Offence o : basis.totalAndGroups()) {
            List<Cell> row = new ArrayList<>();
            List<Cell> covered = new ArrayList<>();
            row.add(Cell.text(ctx.offenceShort(o.code())));
            covered.add(Cell.text(COVERAGE_INDENT + ctx.msg("coverage.row")));
            for (Figure f : figures.series(basis.eu(), o.code(), basis.years())) {
                row.add(Cell.num(Shown.value(f), Shown.flags(f)));
                covered.add(Cell.num(f == null ? null : f.countriesCovered(), "", CellKind.COUNT));
            }
            t.row(row, o.isTotal());
            t.row(covered);
        }
        return t.note(new EuCoverage(ctx).totalAndGroupsNote()).build();
    }

    /** Indent of a row that qualifies the row above it (coverage, an offence under its group). */
    private static final String COVERAGE_INDENT = "   ";

    private static String joined(String first, String second) {
        return first.isEmpty() ? second : first + " " + second;
    }

    /**
     * Countries compared on one offence in the reference year, by rate per 100 000 (highest
     * first), the EU aggregate on top; countries without a rate follow in protocol order.
     */
    public ReportTable countryRates(String offence) {
        int year = basis.referenceYear();
        TableBuilder t = new TableBuilder("rates-" + offence, ctx.msg("table.country-rates.title", ctx.offence(offence), year),
                List.of(Column.text(ctx.msg("col.country")), Column.number(ctx.msg("col.recorded"), CellKind.COUNT),
                        Column.number(ctx.msg("col.rate"), CellKind.RATE),
                        Column.number(ctx.msg("col.yoy"), CellKind.CHANGE_PCT),
                        new Column(ctx.msg("col.rank"), CellKind.RANK, false)));
        Figure eu = figures.find(basis.eu(), offence, year).orElse(null);
        if (eu != null) {
            t.row(rateRow(basis.eu(), eu), true);
        }
        for (String geo : basis.countriesByRate(offence, year)) {
            t.row(rateRow(geo, figures.find(geo, offence, year).orElse(null)));
        }
        String note = ctx.msg("table.country-rates.note");
        if (eu != null && eu.countriesCovered() != null) {
            // The EU row is labelled "27 countries" but adds up those that reported: say how many.
            note = ctx.msg("table.country-rates.eu-coverage", eu.countriesCovered(),
                    eu.populationCoveredPct() == null ? NumberStyle.MISSING : ctx.fmt().pct(eu.populationCoveredPct()))
                    + " " + note;
        }
        return t.note(note).build();
    }

    private List<Cell> rateRow(String geo, Figure f) {
        String flags = Shown.flags(f);
        return List.of(Cell.text(ctx.country(geo)), Cell.num(Shown.value(f), flags), Cell.num(Shown.rate(f), flags),
                Cell.num(Shown.yoyPct(f), flags), Cell.num(Shown.rank(f)));
    }

    /**
     * Who reported what: per country and year, how many of the offence categories have a
     * figure (a confidential one counts: it was reported, only not published).
     */
    public ReportTable coverage() {
        List<Offence> offences = basis.reference().offences().all();
        List<Column> cols = new ArrayList<>();
        cols.add(Column.text(ctx.msg("col.country")));
        basis.years().forEach(y -> cols.add(new Column(String.valueOf(y), CellKind.COUNT, false)));
        TableBuilder t = new TableBuilder("coverage", ctx.msg("table.coverage.title"), cols);
        for (Country c : basis.reportingCountries()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(ctx.country(c.geo())));
            for (int y : basis.years()) {
                int n = 0;
                for (Offence o : offences) {
                    Figure f = figures.find(c.geo(), o.code(), y).orElse(null);
                    if (Shown.isReported(f)) {
                        n++;
                    }
                }
                row.add(Cell.num(n));
            }
            t.row(row);
        }
        return t.completeAt(offences.size()).note(ctx.msg("table.coverage.note", offences.size())).build();
    }

    /** The EU aggregate's coverage per year, as the metrics job reports it. */
    public ReportTable euCoverage() {
        TableBuilder t = new TableBuilder("eu-coverage", ctx.msg("table.eu-coverage.title"),
                List.of(new Column(ctx.msg("col.year"), CellKind.YEAR, false),
                        new Column(ctx.msg("col.countries-covered"), CellKind.COUNT, false),
                        new Column(ctx.msg("col.population-covered"), CellKind.PERCENT, false),
                        Column.number(ctx.msg("col.recorded"), CellKind.COUNT)));
        for (int y : basis.years()) {
            Figure f = figures.find(basis.eu(), basis.total().code(), y).orElse(null);
            t.row(List.of(Cell.num(y), Cell.num(f == null ? null : f.countriesCovered()),
                    Cell.num(f == null ? null : f.populationCoveredPct()), Cell.num(Shown.value(f), Shown.flags(f))));
        }
        return t.note(ctx.msg("table.eu-coverage.note")).build();
    }

    /**
     * One country's total and groups in the reference year next to the EU. Under a group the
     * country did not report in full (no group figure can be derived from some of its offences),
     * the offences it did report, so that its figures appear rather than a bare ":".
     */
    public ReportTable countryProfile(String geo) {
        TableBuilder t = new TableBuilder("profile-" + geo, ctx.msg("table.profile.title", ctx.country(geo),
                basis.referenceYear()), profileColumns(false));
        boolean partial = profileRows(t, geo, false);
        return t.note(profileNote(partial)).build();
    }

    /** Every country's profile rows in one table (the workbook's sheet behind the profile pages). */
    public ReportTable countryProfiles() {
        TableBuilder t = new TableBuilder("profiles", ctx.msg("table.profiles.title", basis.referenceYear()),
                profileColumns(true));
        boolean partial = false;
        for (Country c : basis.reportingCountries()) {
            partial |= profileRows(t, c.geo(), true);
        }
        return t.note(profileNote(partial)).build();
    }

    /** The total, each group and, under a group reported in part, its reported offences; true when there are such. */
    private boolean profileRows(TableBuilder t, String geo, boolean withCountry) {
        boolean partial = false;
        for (Offence o : basis.totalAndGroups()) {
            t.row(profileRow(geo, o, withCountry), o.isTotal());
            for (Offence offence : reportedWithinUnreportedGroup(geo, o)) {
                t.row(profileRow(geo, offence, withCountry));
                partial = true;
            }
        }
        return partial;
    }

    /** The offences a country reported within a group it has no figure for (none when it has one). */
    private List<Offence> reportedWithinUnreportedGroup(String geo, Offence group) {
        int year = basis.referenceYear();
        if (!group.isGroup() || isReported(figures.find(geo, group.code(), year).orElse(null))) {
            return List.of();
        }
        return basis.reference().offences().children(group.code()).stream()
                .filter(o -> isReported(figures.find(geo, o.code(), year).orElse(null))).toList();
    }

    private static boolean isReported(Figure f) {
        return f != null && (f.value() != null || Shown.isConfidential(f));
    }

    private String profileNote(boolean partial) {
        return partial ? joined(ctx.msg("table.profile.partial"), ctx.msg("table.profile.note")) : ctx.msg("table.profile.note");
    }

    private List<Column> profileColumns(boolean withCountry) {
        List<Column> cols = new ArrayList<>();
        if (withCountry) {
            cols.add(Column.text(ctx.msg("col.country")));
        }
        cols.add(Column.text(ctx.msg("col.offence")));
        cols.add(Column.number(ctx.msg("col.recorded"), CellKind.COUNT));
        cols.add(Column.number(ctx.msg("col.rate"), CellKind.RATE));
        cols.add(Column.number(ctx.msg("col.yoy"), CellKind.CHANGE_PCT));
        cols.add(Column.number(ctx.msg("col.cagr"), CellKind.CHANGE_PCT));
        cols.add(Column.number(ctx.msg("col.share"), CellKind.PERCENT));
        cols.add(new Column(ctx.msg("col.rank"), CellKind.RANK, false));
        cols.add(Column.number(ctx.msg("col.eu-rate"), CellKind.RATE));
        return cols;
    }

    private List<Cell> profileRow(String geo, Offence o, boolean withCountry) {
        int year = basis.referenceYear();
        Figure f = figures.find(geo, o.code(), year).orElse(null);
        Figure eu = figures.find(basis.eu(), o.code(), year).orElse(null);
        String flags = Shown.flags(f);
        List<Cell> row = new ArrayList<>();
        if (withCountry) {
            row.add(Cell.text(ctx.country(geo)));
        }
        String label = withCountry ? ctx.offence(o.code()) : ctx.offenceShort(o.code());
        row.add(Cell.text(o.isLeaf() ? COVERAGE_INDENT + label : label));
        row.add(Cell.num(Shown.value(f), flags));
        row.add(Cell.num(Shown.rate(f), flags));
        row.add(Cell.num(Shown.yoyPct(f), flags));
        row.add(Cell.num(Shown.cagr5y(f), flags));
        row.add(Cell.num(Shown.share(f), flags));
        row.add(Cell.num(Shown.rank(f)));
        row.add(Cell.num(Shown.rate(eu), Shown.flags(eu)));
        return row;
    }

    /** The feedback sheet's figures: every offence of the country in the reference year next to the EU. */
    public ReportTable feedbackFigures(String geo) {
        int year = basis.referenceYear();
        TableBuilder t = new TableBuilder("feedback-figures", ctx.msg("table.feedback-figures.title", ctx.country(geo), year),
                List.of(Column.text(ctx.msg("col.offence")), Column.number(ctx.msg("col.recorded"), CellKind.COUNT),
                        Column.number(ctx.msg("col.rate"), CellKind.RATE),
                        Column.number(ctx.msg("col.yoy"), CellKind.CHANGE_PCT),
                        new Column(ctx.msg("col.rank"), CellKind.RANK, false),
                        Column.number(ctx.msg("col.eu-rate"), CellKind.RATE),
                        Column.number(ctx.msg("col.eu-yoy"), CellKind.CHANGE_PCT)));
        for (Offence o : basis.reference().offences().all()) {
            Figure f = figures.find(geo, o.code(), year).orElse(null);
            Figure eu = figures.find(basis.eu(), o.code(), year).orElse(null);
            String flags = Shown.flags(f);
            String label = (o.isLeaf() ? "   " : "") + ctx.offence(o.code());
            t.row(List.of(Cell.text(label), Cell.num(Shown.value(f), flags), Cell.num(Shown.rate(f), flags),
                    Cell.num(Shown.yoyPct(f), flags), Cell.num(Shown.rank(f)),
                    Cell.num(Shown.rate(eu), Shown.flags(eu)), Cell.num(Shown.yoyPct(eu), Shown.flags(eu))), !o.isLeaf());
        }
        return t.note(ctx.msg("table.feedback-figures.note")).build();
    }

    /** The feedback sheet's coverage: the country's recorded figures for every offence and year. */
    public ReportTable feedbackCoverage(String geo) {
        List<Column> cols = new ArrayList<>();
        cols.add(Column.text(ctx.msg("col.offence")));
        basis.years().forEach(y -> cols.add(Column.number(String.valueOf(y), CellKind.COUNT)));
        TableBuilder t = new TableBuilder("feedback-coverage", ctx.msg("table.feedback-coverage.title", ctx.country(geo)), cols);
        for (Offence o : basis.reference().offences().all()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text((o.isLeaf() ? "   " : "") + ctx.offence(o.code())));
            for (Figure f : figures.series(geo, o.code(), basis.years())) {
                row.add(Cell.num(Shown.value(f), Shown.flags(f)));
            }
            t.row(row, !o.isLeaf());
        }
        return t.note(ctx.msg("table.feedback-coverage.note")).build();
    }

    /**
     * Every validation issue raised on the country's submissions, errors first, in the words of
     * the sheet's language and addressed to the national contact: the level and the problem in
     * words, its code beside them.
     */
    public ReportTable checks(String geo) {
        TableBuilder t = new TableBuilder("checks", ctx.msg("table.checks.title"),
                List.of(Column.text(ctx.msg("col.level")), Column.text(ctx.msg("col.check")),
                        Column.text(ctx.msg("col.file")), new Column(ctx.msg("col.line"), CellKind.RANK, false),
                        Column.text(ctx.msg("col.column")), Column.text(ctx.msg("col.message"))));
        List<SubmissionCheck> checks = basis.data().checks().stream().filter(c -> c.geo().equals(geo))
                .sorted(Comparator.comparing((SubmissionCheck c) -> !c.isError())
                        .thenComparing(SubmissionCheck::submissionId).thenComparing(SubmissionCheck::file)
                        .thenComparingLong(SubmissionCheck::line).thenComparing(SubmissionCheck::code))
                .toList();
        for (SubmissionCheck c : checks) {
            t.row(List.of(Cell.text(ctx.msg(c.isError() ? "check.level.error" : "check.level.warning")),
                    Cell.text(ctx.checkLabel(c.code())), Cell.text(c.file()),
                    Cell.num(c.line() > 0 ? c.line() : null), Cell.text(c.column()), Cell.text(ctx.checkMessage(c))));
        }
        boolean rejected = checks.stream().anyMatch(SubmissionCheck::isError);
        return t.note(ctx.msg(rejected ? "table.checks.note-rejected" : "table.checks.note-accepted")).build();
    }

    /** The country's submissions in force on its feedback sheet: which file gave which years, and when. */
    public ReportTable deliveries(String geo) {
        TableBuilder t = new TableBuilder("deliveries", ctx.msg("table.deliveries.title"),
                List.of(Column.text(ctx.msg("col.file")), Column.text(ctx.msg("col.accepted-on")),
                        Column.text(ctx.msg("col.years")), new Column(ctx.msg("col.figures-in-force"), CellKind.COUNT, false),
                        Column.text(ctx.msg("col.revised-years")), Column.text(ctx.msg("col.submission"))));
        for (SubmissionInForce s : basis.submissionsOf(geo)) {
            t.row(List.of(Cell.text(s.file()), Cell.text(ReportContext.date(s.committedAt())),
                    Cell.text(YearRanges.format(s.years())), Cell.num(s.figures()),
                    Cell.text(YearRanges.format(s.revisedYears())), Cell.text(s.id())));
        }
        return t.note(ctx.msg("table.deliveries.note")).build();
    }

    /**
     * The country's files the validation rejected since its last accepted delivery: none of their
     * figures is in the report; the checks table lists their errors.
     */
    public ReportTable rejectedDeliveries(String geo) {
        TableBuilder t = new TableBuilder("rejected", ctx.msg("table.rejected.title"),
                List.of(Column.text(ctx.msg("col.file")), Column.text(ctx.msg("col.received-on")),
                        new Column(ctx.msg("col.errors"), CellKind.COUNT, false), Column.text(ctx.msg("col.submission"))));
        for (var r : basis.rejectedOf(geo)) {
            t.row(List.of(Cell.text(r.file()), Cell.text(ReportContext.date(r.receivedAt())), Cell.num(r.errors()),
                    Cell.text(r.id())));
        }
        return t.note(ctx.msg("table.rejected.note")).build();
    }

    /** The notes given with the country's figures in force, as written (made safe to show). */
    public ReportTable feedbackNotes(String geo) {
        TableBuilder t = new TableBuilder("feedback-notes", ctx.msg("table.feedback-notes.title"),
                List.of(Column.text(ctx.msg("col.note")), Column.text(ctx.msg("col.years")),
                        new Column(ctx.msg("col.figures"), CellKind.COUNT, false), Column.text(ctx.msg("col.file"))));
        for (SubmissionInForce s : basis.submissionsOf(geo)) {
            for (SubmissionNote n : s.notes()) {
                t.row(List.of(Cell.text(n.shown()), Cell.text(YearRanges.format(n.years())), Cell.num(n.figures()),
                        Cell.text(s.file())));
            }
        }
        return t.note(ctx.msg("table.feedback-notes.note")).build();
    }

    /**
     * The revision notes of the report: every country-year whose figures a later submission
     * replaced, with the file and the notes given with the revised figures.
     */
    public ReportTable revisions() {
        TableBuilder t = new TableBuilder("revisions", ctx.msg("table.revisions.title"),
                List.of(Column.text(ctx.msg("col.country")), Column.text(ctx.msg("col.revised-years")),
                        Column.text(ctx.msg("col.file")), Column.text(ctx.msg("col.accepted-on")),
                        Column.text(ctx.msg("col.note"))));
        for (SubmissionInForce s : basis.revisions()) {
            List<Integer> revised = s.revisedYears();
            List<String> notes = s.notes().stream().filter(n -> n.years().stream().anyMatch(revised::contains))
                    .map(SubmissionNote::shown).toList();
            t.row(List.of(Cell.text(ctx.country(s.geo())), Cell.text(YearRanges.format(revised)), Cell.text(s.file()),
                    Cell.text(ReportContext.date(s.committedAt())),
                    Cell.text(notes.isEmpty() ? ctx.msg("revisions.no-note") : String.join(" | ", notes))));
        }
        return t.note(ctx.msg("table.revisions.note")).build();
    }

    /** Key findings in rank order, each as the sentence its template writes (see {@link NarrativeModel#findingSentences}). */
    public ReportTable keyFindings(List<NarrativeModel.FindingSentence> sentences) {
        TableBuilder t = new TableBuilder("key-findings", ctx.msg("table.key-findings.title"),
                List.of(new Column("#", CellKind.RANK, false), Column.text(ctx.msg("col.finding"))));
        for (NarrativeModel.FindingSentence s : sentences) {
            t.row(List.of(Cell.num(s.rank()), Cell.text(s.text())));
        }
        return t.note(new NarrativeModel(ctx).findingsCoverageNote()).build();
    }

    /**
     * Alert platforms in the reference year: whole-year measures per platform (by name), and all
     * platforms. The change on the previous year needs alerts of both years: where no platform
     * has any of the previous year (exports that start in the reference year) the column is left
     * out and the note says why, rather than a column of ":".
     */
    public ReportTable alertPlatforms() {
        int year = basis.referenceYear();
        Map<String, Map<String, Double>> byPlatform = new TreeMap<>();
        for (AlertFigure a : basis.platformYearFigures()) {
            byPlatform.computeIfAbsent(a.platform(), p -> new TreeMap<>()).put(a.measure(), a.value());
        }
        boolean anyChange = byPlatform.values().stream().anyMatch(m -> m.containsKey(AlertFigure.YOY_PCT));
        List<String> measures = new ArrayList<>(List.of(AlertFigure.VOLUME, AlertFigure.YOY_PCT,
                AlertFigure.SHARE_FORWARDED_LE, AlertFigure.MEDIAN_HANDLING_HOURS, AlertFigure.P90_HANDLING_HOURS,
                AlertFigure.DUPLICATE_RATE));
        if (!anyChange) {
            measures.remove(AlertFigure.YOY_PCT);
        }
        List<Column> cols = new ArrayList<>();
        cols.add(Column.text(ctx.msg("col.platform")));
        for (String m : measures) {
            cols.add(new Column(ctx.msg("alert.measure." + m), ALERT_MEASURE_KINDS.get(m), false));
        }
        TableBuilder t = new TableBuilder("alert-platforms", ctx.msg("table.alert-platforms.title", year), cols);
        for (Map.Entry<String, Map<String, Double>> e : byPlatform.entrySet()) {
            if (e.getKey().isEmpty()) {
                continue;
            }
            t.row(alertRow(ctx.platform(e.getKey()), e.getValue(), measures));
        }
        if (byPlatform.containsKey("")) { // all platforms
            t.row(alertRow(ctx.msg("alert.all-platforms"), byPlatform.get(""), measures), true);
        }
        String change = anyChange ? ctx.msg("table.alert-platforms.change", year - 1)
                : ctx.msg("table.alert-platforms.no-change", year - 1);
        return t.note(change + " " + ctx.msg("table.alert-platforms.note")).build();
    }

    private static final Map<String, CellKind> ALERT_MEASURE_KINDS = Map.of(AlertFigure.VOLUME, CellKind.COUNT,
            AlertFigure.YOY_PCT, CellKind.CHANGE_PCT, AlertFigure.SHARE_FORWARDED_LE, CellKind.PERCENT,
            AlertFigure.MEDIAN_HANDLING_HOURS, CellKind.RATE, AlertFigure.P90_HANDLING_HOURS, CellKind.RATE,
            AlertFigure.DUPLICATE_RATE, CellKind.PERCENT);

    private static List<Cell> alertRow(String label, Map<String, Double> values, List<String> measures) {
        List<Cell> row = new ArrayList<>();
        row.add(Cell.text(label));
        measures.forEach(m -> row.add(Cell.num(values.get(m))));
        return row;
    }

    /** True when {@link #alertPlatforms} has rows. */
    public boolean hasAlertPlatforms() {
        return !basis.platformYearFigures().isEmpty();
    }

    /** The offence classification: code, label, ICCS code and Budapest Convention article. */
    public ReportTable classification() {
        TableBuilder t = new TableBuilder("classification", ctx.msg("table.classification.title"),
                List.of(Column.text(ctx.msg("col.code")), Column.text(ctx.msg("col.offence")),
                        Column.text(ctx.msg("col.iccs")), Column.text(ctx.msg("col.budapest"))));
        for (Offence o : basis.reference().offences().all()) {
            t.row(List.of(Cell.text(o.code()), Cell.text((o.isLeaf() ? "   " : "") + o.label().in(ctx.language())),
                    Cell.text(o.eurostatIccs().orElse("")), Cell.text(o.budapestArticle())), !o.isLeaf());
        }
        return t.build();
    }

    /** The flags legend: the letters that occur in the figures, with their meaning. */
    public ReportTable flags() {
        TreeSet<Character> used = new TreeSet<>();
        basis.data().figures().forEach(f -> f.flags().chars().forEach(ch -> used.add((char) ch)));
        TableBuilder t = new TableBuilder("flags", ctx.msg("table.flags.title"),
                List.of(Column.text(ctx.msg("col.flag")), Column.text(ctx.msg("col.meaning"))));
        for (Character flag : basis.reference().flagLabels().keySet().stream().sorted().toList()) {
            if (used.contains(flag) || "bcdepu".indexOf(flag) >= 0) {
                t.row(List.of(Cell.text(String.valueOf(flag)), Cell.text(ctx.flagLabel(flag))));
            }
        }
        return t.note(ctx.msg("table.flags.note")).build();
    }
}
