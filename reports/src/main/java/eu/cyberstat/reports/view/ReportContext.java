package eu.cyberstat.reports.view;

import eu.cyberstat.problem.Audience;
import eu.cyberstat.problem.CheckMessages;
import eu.cyberstat.problem.Phrase;
import eu.cyberstat.reference.Language;
import eu.cyberstat.reports.model.RunProvenance;
import eu.cyberstat.reports.model.SubmissionCheck;
import eu.cyberstat.reports.template.NumberStyle;
import eu.cyberstat.reports.template.Typography;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One report in one language: the shared basis plus wording, labels and number style. */
public final class ReportContext {

    private static final DateTimeFormatter VINTAGE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ReportBasis basis;
    private final Language language;
    private final NumberStyle fmt;

    public ReportContext(ReportBasis basis, Language language) {
        this.basis = basis;
        this.language = language;
        this.fmt = new NumberStyle(language);
    }

    public ReportBasis basis() {
        return basis;
    }

    public Language language() {
        return language;
    }

    public NumberStyle fmt() {
        return fmt;
    }

    public String msg(String key, Object... args) {
        return basis.templates().message(language, key, args);
    }

    /** Country or aggregate name from the reference data. */
    public String country(String geo) {
        return basis.reference().countries().find(geo).map(c -> c.name().in(language)).orElse(geo);
    }

    /**
     * An alert platform as readers know it: its name and country from the reference data
     * ("PHAROS (France)"); a platform the reference data does not list is shown by its id.
     */
    public String platform(String id) {
        return basis.reference().platform(id)
                .map(p -> msg("platform.label", p.name().in(language), country(p.geo())))
                .orElse(id);
    }

    /** Offence label from the reference data. */
    public String offence(String code) {
        return basis.reference().offences().find(code).map(o -> o.label().in(language)).orElse(code);
    }

    /** A short offence label for legends and axes, from the messages where one is given. */
    public String offenceShort(String code) {
        String key = "offence.short." + code;
        return basis.templates().messages().has(key) ? msg(key) : offence(code);
    }

    /** A check in words with its code beside them: "Unknown offence code (E_UNKNOWN_OFFENCE)". */
    public String checkLabel(String code) {
        String title = CheckMessages.shipped().template(code + ".title", language);
        return title == null ? code : title + " (" + code + ")";
    }

    /**
     * What a check found, in this language and addressed to the Member State's national contact;
     * the English message as it was kept when its words cannot be written (an older report).
     */
    public String checkMessage(SubmissionCheck check) {
        Phrase words = check.phrase();
        return words != null && CheckMessages.shipped().canWrite(words)
                ? words.in(language, Audience.NATIONAL_CONTACT) : check.message();
    }

    public String flagLabel(char flag) {
        var label = basis.reference().flagLabels().get(flag);
        return label == null ? String.valueOf(flag) : label.in(language);
    }

    /** Each flag of {@code flags} with its meaning: "b = break in time series, p = provisional"; "" for none. */
    public String flagsExplained(String flags) {
        StringBuilder out = new StringBuilder();
        for (char flag : flags.toCharArray()) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(flag).append("\u00A0=\u00A0").append(flagLabel(flag));
        }
        return out.toString();
    }

    /**
     * What the marks printed after figures mean, in one sentence or two: ":" where a figure is
     * missing, and each flag; {@code marks} holds them as printed (":bp"). Every table of the PDF
     * relies on it (at the foot of each page where a mark is printed) and every workbook sheet
     * (in its note); "" when there is no mark.
     */
    public String marksExplained(String marks) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (marks.indexOf(':') >= 0) {
            parts.add(msg("table.not-available"));
        }
        String flags = eu.cyberstat.reference.Flags.union("", marks.replace(":", ""));
        if (!flags.isEmpty()) {
            parts.add(msg("table.flags-used", flagsExplained(flags)));
        }
        return String.join(" ", parts);
    }

    /**
     * The notes that go with a country's name wherever it is printed: a message
     * {@code country.note.<geo>} gives one (Kosovo's designation footnote).
     */
    public Footnotes footnotes() {
        java.util.List<Footnotes.Footnote> notes = new java.util.ArrayList<>();
        for (var c : basis.reference().countries().all()) {
            String key = "country.note." + c.geo();
            if (basis.templates().messages().has(key)) {
                notes.add(new Footnotes.Footnote(c.geo(), country(c.geo()), Typography.apply(language, msg(key))));
            }
        }
        return new Footnotes(notes);
    }

    /** The line under every chart: where the figures come from and which vintage they are. */
    public String sourceLine() {
        RunProvenance p = basis.data().provenance();
        return msg("chart.source", VINTAGE.format(p.asOf()), p.runId());
    }

    /** The line under the alert-platform charts: another source, the same vintage. */
    public String alertSourceLine() {
        RunProvenance p = basis.data().provenance();
        return msg("chart.source-alerts", VINTAGE.format(p.asOf()), p.runId());
    }

    public String vintage() {
        RunProvenance p = basis.data().provenance();
        return msg("vintage", VINTAGE.format(p.asOf()), p.runId());
    }

    public static String instant(java.time.Instant i) {
        return VINTAGE.format(i);
    }

    /** The day of an instant, in UTC: 2023-06-30. */
    public static String date(java.time.Instant i) {
        return DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(i);
    }
}
