package eu.cyberstat.reports.model;

import java.util.Map;

/**
 * A statement the report leads with, as language-neutral data: the report's templates turn
 * {@code kind} and the numbers into a sentence in each language. {@code figures} holds the
 * numbers that back it (e.g. "value", "previous", "yoyPct", "countries", "populationPct").
 * Empty strings mean "not about one geo/offence".
 */
public record KeyFinding(int rank, String kind, String geo, String offence, String indicator, int year,
                         Map<String, Double> figures) {

    /** Kinds the metrics job emits; templates must have a sentence for each. */
    public static final String EU_LARGEST_INCREASE = "EU_LARGEST_INCREASE";
    public static final String EU_LARGEST_DECREASE = "EU_LARGEST_DECREASE";
    public static final String EU_TOTAL_TREND = "EU_TOTAL_TREND";
    public static final String COUNTRY_STEEPEST_RISE = "COUNTRY_STEEPEST_RISE";
    public static final String COVERAGE_CAVEAT = "COVERAGE_CAVEAT";
    /** A Member State whose total carries a break in series in the reference year (figures: "year"). */
    public static final String COUNTRY_SERIES_BREAK = "COUNTRY_SERIES_BREAK";
}
