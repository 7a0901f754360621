package eu.cyberstat.ingest.store;

import java.time.Instant;

/**
 * A demo_pjan file imported into the warehouse: what it was and what it brought.
 *
 * @param geos  the geo codes it gives figures for, comma-separated
 * @param years the first and last year it gives figures for ("1960–2024")
 */
public record PopulationImport(String id, String fileName, String sha256, long bytes, Instant committedAt,
                               String format, long figures, String geos, String years) {

    static final String FILE = "file";
    static final String SHA256 = "sha256";
    static final String BYTES = "bytes";
    static final String FORMAT = "format";
    static final String FIGURES = "figures";
    static final String GEOS = "geos";
    static final String YEARS = "years";

    public static PopulationImport of(Commit c) {
        return new PopulationImport(c.id(), c.property(FILE), c.property(SHA256), Long.parseLong(c.property(BYTES)),
                c.committedAt(), c.property(FORMAT), Long.parseLong(c.property(FIGURES)), c.property(GEOS),
                c.property(YEARS));
    }
}
