package eu.cyberstat.ingest.population;

import java.util.List;

/**
 * How much of a demo_pjan file was set aside for one reason, with the first few codes concerned
 * (the unknown geos, the other ages) so that an operator can see what was left out.
 */
public record SkippedRows(SkipReason reason, long count, List<String> examples) {

    public SkippedRows {
        examples = List.copyOf(examples);
    }

    /** "3 rows of geos cyberstat does not know (EA20, DE_TOT, FX)". */
    public String describe() {
        return reason.describe(count) + (examples.isEmpty() ? "" : " (" + String.join(", ", examples) + ")");
    }
}
