package eu.cyberstat.pipeline.metrics;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.pipeline.Settings;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What one metrics computation covers: the reference year, the window of years ending at it
 * (the published series and the span the EU panel must cover), and the base year of the index.
 *
 * @param referenceYear the year the annual report is about; the last year of the window
 * @param windowYears   how many years the window holds (10 by default)
 * @param baseYear      the year whose value is 100 in the index; inside the window
 */
public record MetricsConfig(int referenceYear, int windowYears, int baseYear) {

    /** Length of the window ending at the reference year. */
    public static final String WINDOW_YEARS = "metrics.window.years";
    public static final int WINDOW_YEARS_DEFAULT = 10;

    /** Base year of the index (= 100). Default: the first year of the window. */
    public static final String BASE_YEAR = "metrics.base.year";

    /** Compound annual growth is measured over this many years, ending at the year shown. */
    public static final int CAGR_YEARS = 5;

    /** The moving average covers this many years, ending at the year shown. */
    public static final int MOVING_AVERAGE_YEARS = 3;

    /** A rate computed from fewer events than this is flagged {@code u} (low reliability). */
    public static final int LOW_RELIABILITY_EVENTS = 20;

    private static final int EARLIEST_YEAR = 1950;
    private static final int LATEST_YEAR = 2100;

    public MetricsConfig {
        if (referenceYear < EARLIEST_YEAR || referenceYear > LATEST_YEAR) {
            throw new BadInputException("Reference year " + referenceYear + " is not plausible: give a year between "
                    + EARLIEST_YEAR + " and " + LATEST_YEAR + " with --year.");
        }
        if (windowYears < 1 || windowYears > 50) {
            throw new BadInputException("Setting " + WINDOW_YEARS + " must be between 1 and 50 years, not " + windowYears + ".");
        }
        int first = referenceYear - windowYears + 1;
        if (baseYear < first || baseYear > referenceYear) {
            throw new BadInputException("Base year " + baseYear + " is outside the window " + first + "–" + referenceYear
                    + ": choose a year inside it with --base-year or " + BASE_YEAR + ".");
        }
    }

    /** The default window and base year for a reference year. */
    public static MetricsConfig of(int referenceYear) {
        return new MetricsConfig(referenceYear, WINDOW_YEARS_DEFAULT, referenceYear - WINDOW_YEARS_DEFAULT + 1);
    }

    /**
     * The configuration for a reference year from settings; a base year given on the command
     * line (non-null) wins over the setting.
     */
    public static MetricsConfig from(Settings settings, int referenceYear, Integer baseYearOverride) {
        int window = settings.getInt(WINDOW_YEARS, WINDOW_YEARS_DEFAULT);
        int firstYear = referenceYear - window + 1;
        int base = baseYearOverride != null ? baseYearOverride : settings.getInt(BASE_YEAR, firstYear);
        return new MetricsConfig(referenceYear, window, base);
    }

    public int firstYear() {
        return referenceYear - windowYears + 1;
    }

    /** Every year of the window, oldest first. */
    public List<Integer> years() {
        return IntStream.rangeClosed(firstYear(), referenceYear).boxed().toList();
    }

    public boolean covers(int year) {
        return year >= firstYear() && year <= referenceYear;
    }
}
