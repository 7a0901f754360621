package eu.cyberstat.ingest.profile;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A checked mapping profile: how to read one national layout into project figures. Loaded with
 * {@link MappingProfiles#load}; templates/profiles/README.md documents every setting.
 *
 * @param encoding     the text encoding, null to detect
 * @param separator    the field separator, 0 to sniff
 * @param skipLines    lines (or sheet rows) above the header
 * @param sheet        the sheet of a workbook, null for the first that fits
 * @param decimal      the decimal separator, null (with thousands null) to detect
 * @param thousands    the thousands separator, 0 for none
 * @param missing      cell texts that mean "no figure" (no row is produced)
 * @param zero         cell texts that mean zero (like "-" in German and Austrian tables)
 * @param columns      project field → column of the file (country, year, offence, indicator, value, flags, note)
 * @param fixed        project field → value for every figure (country, year, offence, indicator, flags, note)
 * @param values       value columns each giving one indicator (or every year column of a wide table)
 * @param offences     national offence code → project offence (empty when the offence is fixed)
 * @param indicators   national indicator → project indicator code
 * @param flagCodes    national flag marker → Eurostat flag letters
 * @param unmapped     what to do with national offence codes the profile does not map
 * @param fromYear     figures of earlier years are left out
 * @param toYear       figures of later years are left out
 * @param breaks       national series breaks: flags (b) and a note on the first year after the break
 */
public record MappingProfile(Path file, String name, Charset encoding, char separator, int skipLines, String sheet,
                             Character decimal, char thousands, Set<String> missing, Set<String> zero,
                             Map<String, ColumnRef> columns, Map<String, String> fixed, List<ValueColumn> values,
                             Map<String, OffenceMapping> offences, Map<String, String> indicators,
                             Map<String, String> flagCodes, List<IgnoreRule> ignore, Unmapped unmapped, int fromYear,
                             int toYear, List<SeriesBreak> breaks) {

    /** A column of the file as the profile names it, and the profile line that names it. */
    public record ColumnRef(String name, int line) {
    }

    /**
     * A column holding values of one indicator; with {@code yearColumns}, every column whose header
     * is a year (a wide table) holds that year's values.
     */
    public record ValueColumn(ColumnRef column, boolean yearColumns, String indicator, String flags, String note) {
    }

    /** Where a national offence code goes, with flags (d: definition differs) and a note. */
    public record OffenceMapping(String offence, String flags, String note) {
    }

    /** Leave out the rows whose column is (not) one of some values, or matches a pattern. */
    public record IgnoreRule(ColumnRef column, Set<String> equalsAny, Set<String> notEqualsAny, Pattern matches) {

        public boolean ignores(String cellText) {
            String t = cellText.strip();
            return (equalsAny != null && equalsAny.contains(t))
                    || (notEqualsAny != null && !notEqualsAny.contains(t))
                    || (matches != null && matches.matcher(t).matches());
        }
    }

    /** A break in a national series, marked on the first figure after it. */
    public record SeriesBreak(String offence, int year, String flags, String note) {
    }

    public enum Unmapped {
        /** Left out, counted in one warning (W_UNMAPPED_OFFENCE). */
        WARN,
        /** An error per row (E_UNMAPPED_OFFENCE). */
        ERROR,
        /** Left out silently. */
        IGNORE
    }

    /** The file name, for messages. */
    public String fileName() {
        return file.getFileName().toString();
    }

    /**
     * The mapping of a national offence code. Numeric codes also match without their leading
     * zeros, which Excel drops when it saves a table as CSV ("010000" is written 10000).
     */
    public OffenceMapping offence(String nationalCode) {
        OffenceMapping m = offences.get(nationalCode);
        if (m == null && isDigits(nationalCode)) {
            String stripped = stripZeros(nationalCode);
            for (Map.Entry<String, OffenceMapping> e : offences.entrySet()) {
                if (isDigits(e.getKey()) && stripZeros(e.getKey()).equals(stripped)) {
                    return e.getValue();
                }
            }
        }
        return m;
    }

    public Optional<SeriesBreak> breakAt(String nationalOffence, int year) {
        return breaks.stream().filter(b -> b.year() == year && (b.offence().equals(nationalOffence)
                || isDigits(nationalOffence) && isDigits(b.offence())
                && stripZeros(b.offence()).equals(stripZeros(nationalOffence)))).findFirst();
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String stripZeros(String digits) {
        String s = digits.replaceFirst("^0+", "");
        return s.isEmpty() ? "0" : s;
    }
}
