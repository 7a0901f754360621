package eu.cyberstat.ingest.store;

import java.time.Instant;
import java.util.List;

/**
 * An accepted national-statistics submission as the warehouse records it.
 *
 * @param countryYears the (geo, year) pairs whose figures it provides; a later submission
 *                     for the same country and year supersedes it there
 */
public record Submission(String id, Instant committedAt, String fileName, String sha256, long bytes, long rows,
                         String declaredCountry, String format, int warnings, List<List<String>> countryYears) {

    static final String FILE = "file";
    static final String SHA256 = "sha256";
    static final String BYTES = "bytes";
    static final String ROWS = "rows";
    static final String COUNTRY = "country";
    static final String FORMAT = "format";
    static final String WARNINGS = "warnings";

    public static Submission of(Commit c) {
        return new Submission(c.id(), c.committedAt(), c.property(FILE), c.property(SHA256),
                parse(c.property(BYTES)), parse(c.property(ROWS)), c.property(COUNTRY), c.property(FORMAT),
                (int) parse(c.property(WARNINGS)), c.partitions());
    }

    private static long parse(String s) {
        return s.isEmpty() ? 0 : Long.parseLong(s);
    }
}
