package eu.cyberstat.pipeline.metrics;

/**
 * Something the operator should know about a metrics computation, with a stable code (see
 * docs/metrics.md, "Warnings"). Warnings never stop a run; they go into the manifest.
 */
public record MetricsWarning(String code, String message) {

    /** Figures reported for an aggregate (e.g. EU27_2020) are not inputs: the EU figure is computed. */
    public static final String AGGREGATE_INPUT = "W_AGGREGATE_INPUT";
    /** An offence code outside the classification (the warehouse should never hold one). */
    public static final String UNKNOWN_OFFENCE = "W_UNKNOWN_OFFENCE";
    /** A reported parent figure disagrees with its children. */
    public static final String PARENT_MISMATCH = "W_PARENT_MISMATCH";
    /** No population for a country-year with figures: no rate. */
    public static final String NO_POPULATION = "W_NO_POPULATION";
    /** No EU27 population for a year: no population coverage. */
    public static final String NO_EU_POPULATION = "W_NO_EU_POPULATION";
    /** A confidential figure needed further figures withheld so that it cannot be worked out (secondary suppression). */
    public static final String SECONDARY_SUPPRESSION = "W_SECONDARY_SUPPRESSION";
    /** No country qualifies for the EU panel: no EU trends for these series. */
    public static final String EMPTY_PANEL = "W_EMPTY_PANEL";
}
