package eu.cyberstat.warehousing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A demo_pjan file imported into the warehouse: what it was and what it brought.
 *
 * @param geos  the geo codes it gives figures for, comma-separated
 * @param years the first and last year it gives figures for ("1960–2024")
 */
public record PopulationImport(String id, String fileName, String sha256, long bytes, Instant committedAt,
                               String format, long figures, String geos, String years) {

    private static final String FORMAT = "format";
    private static final String FIGURES = "figures";
    private static final String GEOS = "geos";
    private static final String YEARS = "years";

    public static PopulationImport of(Commit c) {
        return new PopulationImport(c.id(), KeptFile.name(c), KeptFile.sha256(c), KeptFile.bytes(c),
                c.committedAt(), c.property(FORMAT), Long.parseLong(c.property(FIGURES)), c.property(GEOS),
                c.property(YEARS));
    }

    /** The properties of the commit that records this import (id and time are the commit's own). */
    Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        KeptFile.put(p, fileName, sha256, bytes);
        p.put(FORMAT, format);
        p.put(FIGURES, Long.toString(figures));
        p.put(GEOS, geos);
        p.put(YEARS, years);
        return p;
    }
}
