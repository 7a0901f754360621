package eu.cyberstat.warehouse;

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

    private static final String FILE = "file";
    private static final String SHA256 = "sha256";
    private static final String BYTES = "bytes";
    private static final String FORMAT = "format";
    private static final String FIGURES = "figures";
    private static final String GEOS = "geos";
    private static final String YEARS = "years";

    public static PopulationImport of(Commit c) {
        return new PopulationImport(c.id(), c.property(FILE), c.property(SHA256), Long.parseLong(c.property(BYTES)),
                c.committedAt(), c.property(FORMAT), Long.parseLong(c.property(FIGURES)), c.property(GEOS),
                c.property(YEARS));
    }

    /** Whether a commit of the population log holds exactly this file. */
    static boolean holds(Commit c, String sha256) {
        return sha256.equals(c.property(SHA256));
    }

    /** The properties of the commit that records this import (id and time are the commit's own). */
    Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(FILE, fileName);
        p.put(SHA256, sha256);
        p.put(BYTES, Long.toString(bytes));
        p.put(FORMAT, format);
        p.put(FIGURES, Long.toString(figures));
        p.put(GEOS, geos);
        p.put(YEARS, years);
        return p;
    }
}
