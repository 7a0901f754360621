package eu.cyberstat.warehousing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An accepted national-statistics submission as the warehouse records it: the typed record of
 * one commit of the observations table. Its properties are written to and read from the commit
 * log here and nowhere else.
 *
 * @param countryYears the partitions whose figures it provides; a later submission for the same
 *                     country and year supersedes it there
 * @param note         what the uploader said of the whole submission (its revisions), or null
 */
public record Submission(String id, Instant committedAt, String fileName, String sha256, long bytes, long rows,
                         String declaredCountry, String format, int warnings, List<CountryYear> countryYears,
                         String note) {

    private static final String ROWS = "rows";
    private static final String COUNTRY = "country";
    private static final String FORMAT = "format";
    private static final String WARNINGS = "warnings";
    private static final String NOTE = "note";

    public Submission {
        countryYears = List.copyOf(countryYears);
    }

    public static Submission of(Commit c) {
        return new Submission(c.id(), c.committedAt(), KeptFile.name(c), KeptFile.sha256(c), KeptFile.bytes(c),
                number(c.property(ROWS)), c.property(COUNTRY), c.property(FORMAT),
                (int) number(c.property(WARNINGS)), c.partitions().stream().map(CountryYear::of).toList(),
                c.property(NOTE).isEmpty() ? null : c.property(NOTE));
    }

    /** The properties of the commit that records this submission (id, time and partitions are the commit's own). */
    Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        KeptFile.put(p, fileName, sha256, bytes);
        p.put(ROWS, Long.toString(rows));
        p.put(COUNTRY, declaredCountry == null ? "" : declaredCountry);
        p.put(FORMAT, format == null ? "" : format);
        p.put(WARNINGS, Integer.toString(warnings));
        if (note != null && !note.isBlank()) {
            p.put(NOTE, note.strip());
        }
        return p;
    }

    private static long number(String s) {
        return s.isEmpty() ? 0 : Long.parseLong(s);
    }
}
