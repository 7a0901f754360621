package eu.cyberstat.reports.template;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of section a report definition can list. Each kind has a fixed renderer and the
 * charts and tables it knows how to draw; the definition chooses order, titles, narrative and
 * which of those charts and tables appear.
 */
public enum SectionKind {
    EXECUTIVE_SUMMARY(List.of(), List.of("headline", "key-findings")),
    EU_OVERVIEW(List.of("eu-total-trend", "eu-group-trend", "eu-index", "eu-yoy"), List.of("eu-trend")),
    OFFENCE_GROUPS(List.of("country-rates", "group-trend"), List.of("country-rates")),
    MAP(List.of("map"), List.of()),
    ALERTS(List.of("alert-volume", "alert-offence"), List.of("alert-platforms")),
    COVERAGE(List.of(), List.of("coverage", "eu-coverage")),
    COUNTRY_PROFILES(List.of("country-trend", "country-groups"), List.of("country-profile")),
    METHODOLOGY(List.of(), List.of("classification", "flags", "revisions"));

    private final List<String> charts;
    private final List<String> tables;

    SectionKind(List<String> charts, List<String> tables) {
        this.charts = charts;
        this.tables = tables;
    }

    /** Charts this kind can draw, by the id a definition uses. */
    public List<String> charts() {
        return charts;
    }

    /** Tables this kind can show, by the id a definition uses. */
    public List<String> tables() {
        return tables;
    }

    /** The spelling used in report.yaml: {@code eu-overview}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SectionKind of(String id) {
        for (SectionKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        return null;
    }
}
