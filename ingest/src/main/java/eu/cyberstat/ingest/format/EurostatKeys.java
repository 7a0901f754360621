package eu.cyberstat.ingest.format;

import eu.cyberstat.problem.Checks;
import eu.cyberstat.problem.IssueCollector;
import eu.cyberstat.reference.Indicator;
import java.util.Locale;
import java.util.Map;

/**
 * What the dimensions of a Eurostat dataset (crim_off_cat and its relatives, in SDMX-CSV or
 * TSV) mean for cyberstat: annual frequency only, counts only (unit NR; rates such as P_HTHAB
 * are skipped), the offence from {@code iccs}, the indicator from {@code leg_stat} where the
 * dataset has one (suspects, prosecutions, convictions) and otherwise offences recorded.
 */
final class EurostatKeys {

    static final String FREQ = "freq";
    static final String OFFENCE = "offence";
    static final String UNIT = "unit";
    static final String GEO = "geo";
    static final String INDICATOR = "indicator";
    static final String TIME = "time";

    /** Header names of each dimension in Eurostat's and SDMX's spelling. */
    static final Map<String, String[]> NAMES = Map.of(
            FREQ, new String[] {"freq"},
            OFFENCE, new String[] {"iccs", "offense"},
            UNIT, new String[] {},
            GEO, new String[] {"ref_area", "country"},
            INDICATOR, new String[] {"leg_stat"},
            TIME, new String[] {"time_period"});

    /** Eurostat's legal-status codes (crim_just_*) as cyberstat indicators. */
    private static final Map<String, String> LEG_STAT = Map.of(
            "PER_SUSP", "SUSPECTS",
            "PER_PRSC", "PROSECUTIONS",
            "PER_CNV", "CONVICTIONS",
            "PER_VICT", "VICTIMS");

    private static final String COUNT_UNIT = "NR";

    private EurostatKeys() {
    }

    /** The offence, country and indicator of a row of a Eurostat key. */
    record Key(Field geo, Field offence, Field indicator) {
    }

    /**
     * Reads the key of one row, or null when the row is not a figure for cyberstat: a unit other
     * than counts (skipped, counted) or another frequency than annual (an error).
     */
    static Key interpret(long line, Field freq, Field offence, Field unit, Field geo, Field indicator,
                         IssueCollector issues) {
        if (freq != null && !freq.isBlank() && !code(freq).equalsIgnoreCase("A")) {
            issues.add(Checks.E_NOT_ANNUAL, line, freq.column(), "value", code(freq));
            return null;
        }
        if (unit != null && !unit.isBlank() && !code(unit).equalsIgnoreCase(COUNT_UNIT)) {
            issues.skip(Checks.W_SKIPPED_UNIT, line, unit.column(), code(unit).toUpperCase(Locale.ROOT));
            return null;
        }
        Field indicatorField;
        if (indicator == null || indicator.isBlank()) {
            indicatorField = Field.fixed(Indicator.RECORDED);
        } else {
            String c = code(indicator).toUpperCase(Locale.ROOT);
            indicatorField = new Field(indicator.column(), LEG_STAT.getOrDefault(c, c), null);
        }
        return new Key(codeOnly(geo), codeOnly(offence), indicatorField);
    }

    /** "A:Annual" → "A" (SDMX-CSV with labels). */
    static String code(Field f) {
        return Header.code(f.text());
    }

    private static Field codeOnly(Field f) {
        return f == null ? null : new Field(f.column(), Header.code(f.text()), f.number());
    }
}
