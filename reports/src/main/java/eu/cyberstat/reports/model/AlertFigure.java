package eu.cyberstat.reports.model;

/**
 * One alert-platform figure in long form, as in {@code alerts-YYYY.csv}. Empty dimension
 * strings mean "all" (e.g. platform "" = every platform); month 0 means the whole year.
 * Measures: VOLUME, YOY_PCT, SHARE_FORWARDED_LE, MEDIAN_HANDLING_HOURS, P90_HANDLING_HOURS,
 * DUPLICATE_RATE, HOSTING_RANK (see docs/alerts.md).
 */
public record AlertFigure(String measure, int year, int month, String platform, String offence,
                          String hostingCountry, double value) {

    public static final String VOLUME = "VOLUME";
    public static final String YOY_PCT = "YOY_PCT";
    public static final String SHARE_FORWARDED_LE = "SHARE_FORWARDED_LE";
    public static final String MEDIAN_HANDLING_HOURS = "MEDIAN_HANDLING_HOURS";
    public static final String P90_HANDLING_HOURS = "P90_HANDLING_HOURS";
    public static final String DUPLICATE_RATE = "DUPLICATE_RATE";
    public static final String HOSTING_RANK = "HOSTING_RANK";

    public boolean isVolume() {
        return VOLUME.equals(measure);
    }

    /** Month 0: the figure is of the whole year. */
    public boolean isWholeYear() {
        return month == 0;
    }

    public boolean isAllPlatforms() {
        return platform.isEmpty();
    }

    public boolean isAllOffences() {
        return offence.isEmpty();
    }

    /** All hosting countries together. */
    public boolean isAllCountries() {
        return hostingCountry.isEmpty();
    }
}
