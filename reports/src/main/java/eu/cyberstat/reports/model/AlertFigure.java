package eu.cyberstat.reports.model;

/**
 * One alert-platform figure in long form, as in {@code alerts-YYYY.csv}. Empty dimension
 * strings mean "all" (e.g. platform "" = every platform); month 0 means the whole year.
 * Measures: VOLUME, YOY_PCT, SHARE_FORWARDED_LE, MEDIAN_HANDLING_HOURS, P90_HANDLING_HOURS,
 * DUPLICATE_RATE (see docs/alerts.md).
 */
public record AlertFigure(String measure, int year, int month, String platform, String offence,
                          String hostingCountry, double value) {
}
