package eu.cyberstat.reports.model;

/**
 * One published figure: geo × offence × indicator × year with its metrics, as in
 * {@code metrics-YYYY.csv} (see docs/metrics.md for every formula). Nulls mean "not computed"
 * (missing population, a break in series, too few years ...), never zero. A confidential
 * ({@code c}) country value arrives with {@code value == null} and its flag: it must never be
 * printed.
 */
public record Figure(String geo, String offence, String iccs, String indicator, int year, Long value,
                     Double ratePer100k, Long yoyAbs, Double yoyPct, Double cagr5y, Double ma3y, Double index,
                     Double shareOfTotal, Integer rank, String flags, Integer countriesCovered,
                     Double populationCoveredPct) {

    public Figure {
        flags = flags == null ? "" : flags;
        iccs = iccs == null ? "" : iccs;
    }
}
