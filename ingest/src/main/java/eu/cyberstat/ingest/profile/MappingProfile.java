package eu.cyberstat.ingest.profile;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * @param offences     national offence code → project offence (empty when the offence is fixed), in the
 *                     profile's order; see {@link #offence} for how a code of the file is looked up
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

    public MappingProfile {
        // Indexed once here, not searched for every row of the file.
        offences = new OffenceTable(offences);
    }

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
     * The mapping of a national offence code: the code as written in the profile, else the one
     * with the same {@link #nationalKey} (the first the profile lists); null when none.
     */
    public OffenceMapping offence(String nationalCode) {
        return ((OffenceTable) offences).find(nationalCode);
    }

    public Optional<SeriesBreak> breakAt(String nationalOffence, int year) {
        String key = nationalKey(nationalOffence);
        return breaks.stream().filter(b -> b.year() == year && nationalKey(b.offence()).equals(key)).findFirst();
    }

    /**
     * A national offence code as it is compared: numeric codes without their leading zeros,
     * which Excel drops when it saves a table as CSV ("010000" is written 10000); other codes
     * as they are.
     */
    static String nationalKey(String code) {
        int firstNonZero = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return code;
            }
            if (c == '0' && firstNonZero == i) {
                firstNonZero++;
            }
        }
        return code.isEmpty() || firstNonZero < code.length() ? code.substring(firstNonZero) : "0";
    }

    /**
     * The profile's offence mappings as an unmodifiable map in the profile's order, with an index
     * by {@link #nationalKey} built once.
     */
    private static final class OffenceTable extends AbstractMap<String, OffenceMapping> {
        private final Map<String, OffenceMapping> byCode;
        private final Map<String, OffenceMapping> byKey = new HashMap<>();

        OffenceTable(Map<String, OffenceMapping> mappings) {
            byCode = Collections.unmodifiableMap(new LinkedHashMap<>(mappings));
            byCode.forEach((code, mapping) -> byKey.putIfAbsent(nationalKey(code), mapping));
        }

        /** The code as written first: a profile may map "010000" and "10000" apart. */
        OffenceMapping find(String nationalCode) {
            OffenceMapping exact = byCode.get(nationalCode);
            return exact != null ? exact : byKey.get(nationalKey(nationalCode));
        }

        @Override
        public OffenceMapping get(Object code) {
            return byCode.get(code);
        }

        @Override
        public boolean containsKey(Object code) {
            return byCode.containsKey(code);
        }

        @Override
        public Set<Entry<String, OffenceMapping>> entrySet() {
            return byCode.entrySet();
        }
    }
}
