package eu.cyberstat.ingest.population;

/** Why part of a demo_pjan file is not a population figure for cyberstat. */
public enum SkipReason {

    /** demo_pjan also gives every age and both sexes; only the total population counts. */
    OTHER_BREAKDOWN("rows", "of another breakdown than age TOTAL, sex T, unit NR, annual"),
    /** Aggregates (EA20, EFTA) and variants (DE_TOT) that are not in cyberstat's geo list. */
    OTHER_GEO("rows", "of geos cyberstat does not know"),
    /** Eurostat's ":" - not available is no figure, never zero. */
    NOT_AVAILABLE("values", "not available (:)");

    private final String unit;
    private final String description;

    SkipReason(String unit, String description) {
        this.unit = unit;
        this.description = description;
    }

    /** "12 rows of geos cyberstat does not know". */
    public String describe(long count) {
        return count + " " + (count == 1 ? unit.substring(0, unit.length() - 1) : unit) + " " + description;
    }
}
