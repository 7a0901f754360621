package eu.cyberstat.ingest.population;

import static eu.cyberstat.ingest.format.Header.Column.optional;
import static eu.cyberstat.ingest.format.Header.Column.required;

import eu.cyberstat.ingest.format.Field;
import eu.cyberstat.ingest.format.Header;
import eu.cyberstat.ingest.format.TableRow;
import eu.cyberstat.problem.Issue;
import eu.cyberstat.problem.IssueCollector;
import eu.cyberstat.reference.Countries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dimensions of demo_pjan and which of their codes make a figure for cyberstat: annual,
 * persons ({@code NR}), all ages ({@code TOTAL}), both sexes ({@code T}), a geo cyberstat
 * knows (its countries and {@code EU27_2020}). Codes may carry SDMX labels ({@code T:Total}).
 */
final class DemoPjanKeys {

    static final String GEO = "geo";

    /** The key columns; freq is optional because older bulk files start at unit. */
    static final List<Header.Column> DIMENSIONS = List.of(
            optional("freq"), required("unit"), required("age"), required("sex"), required(GEO, "ref_area"));

    /** Dimension and code of the total population, most telling first. */
    private static final String[][] TOTAL_POPULATION = {{"age", "TOTAL"}, {"sex", "T"}, {"unit", "NR"}, {"freq", "A"}};

    private final Countries countries;

    DemoPjanKeys(Countries countries) {
        this.countries = countries;
    }

    /** The key columns followed by {@code more}, for binding a header. */
    static List<Header.Column> columns(Header.Column... more) {
        List<Header.Column> all = new ArrayList<>(DIMENSIONS);
        all.addAll(List.of(more));
        return all;
    }

    /** Binds a header to demo_pjan's columns; a missing or doubled one is an error naming it. */
    static Header bind(TableRow row, List<Header.Column> columns, String formatName, PopulationCollector out) {
        IssueCollector issues = new IssueCollector(1);
        Header header = Header.bind(row, columns, List.of(), formatName, true, issues);
        if (header == null) {
            Issue first = issues.issues().stream().filter(Issue::isError).findFirst().orElseThrow();
            throw out.problem(row.line(), first.column(), first.message());
        }
        return header;
    }

    /** The geo code of a row ({@code "AT:Austria"} → {@code "AT"}). */
    static String geo(Header header, TableRow row) {
        return code(header.field(row, GEO));
    }

    /** Why a row is not a figure for cyberstat, or null when it is one. */
    SkipReason reasonToSkip(Header header, TableRow row) {
        if (!is(header, row, "freq", "A", true) || !is(header, row, "unit", "NR", false)
                || !is(header, row, "age", "TOTAL", false) || !is(header, row, "sex", "T", false)) {
            return SkipReason.OTHER_BREAKDOWN;
        }
        return countries.isKnown(geo(header, row)) ? null : SkipReason.OTHER_GEO;
    }

    /** "age Y_LT1" for the first dimension outside the total population, as an example in the receipt. */
    static String breakdownOf(Header header, TableRow row) {
        for (String[] wanted : TOTAL_POPULATION) {
            String code = code(header.field(row, wanted[0]));
            if (!code.isEmpty() && !code.equals(wanted[1])) {
                return wanted[0] + " " + code;
            }
        }
        return "";
    }

    private static boolean is(Header header, TableRow row, String dimension, String wanted, boolean blankMeansWanted) {
        String code = code(header.field(row, dimension));
        return code.equals(wanted) || (blankMeansWanted && code.isEmpty());
    }

    private static String code(Field field) {
        return field == null ? "" : Header.code(field.text()).toUpperCase(Locale.ROOT);
    }
}
