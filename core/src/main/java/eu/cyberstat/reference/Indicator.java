package eu.cyberstat.reference;

/**
 * What a figure counts: offences recorded by the police (the core), suspects, victims, ...
 *
 * @param isAdditive a category's figure is the sum of its offences' figures (true for offences,
 *                   false for persons, who count once per category however many offences)
 */
public record Indicator(String code, boolean isCore, boolean isAdditive, Labels label) {

    /** The core indicator of the report. */
    public static final String RECORDED = "RECORDED";
}
