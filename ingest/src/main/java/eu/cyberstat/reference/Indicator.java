package eu.cyberstat.reference;

/** What a figure counts: offences recorded by the police (the core), suspects, victims, ... */
public record Indicator(String code, boolean isCore, Labels label) {

    /** The core indicator of the report. */
    public static final String RECORDED = "RECORDED";
}
