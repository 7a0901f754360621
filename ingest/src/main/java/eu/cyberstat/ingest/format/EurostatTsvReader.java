package eu.cyberstat.ingest.format;

import eu.cyberstat.problem.Checks;
import eu.cyberstat.problem.IssueCollector;
import eu.cyberstat.problem.Phrase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Eurostat's TSV, as the dissemination API and the bulk download give it: a first column of
 * comma-separated dimension codes headed like {@code freq,iccs,unit,geo\TIME_PERIOD}, then one
 * tab-separated column per year whose cells are a value and its flags ({@code "123 bp"},
 * {@code "13103 "}), or {@code ":"} for no value, possibly flagged ({@code ": c"}).
 * An unflagged {@code ":"} is not a figure; a flagged one is a figure without a value.
 */
public final class EurostatTsvReader implements FigureReader {

    /** Whether a row is a Eurostat TSV header ({@code ...\TIME_PERIOD}, or {@code geo\time} in old bulk files). */
    public static boolean isHeader(TableRow row) {
        String first = row.cell(0).text().toLowerCase(Locale.ROOT);
        int slash = first.indexOf('\\');
        return slash > 0 && (first.endsWith("\\time_period") || first.endsWith("\\time"));
    }

    @Override
    public NumberStyle numberStyle() {
        return NumberStyle.PLAIN;
    }

    @Override
    public List<RawFigure> read(List<TableRow> rows, IssueCollector issues) {
        TableRow header = rows.get(0);
        if (!isHeader(header)) {
            issues.add(Checks.E_MISSING_COLUMN, header.line(), "", "column", "dimensions\\TIME_PERIOD",
                    "advice", Phrase.of("advice.tsv-header"));
            return List.of();
        }
        String first = header.cell(0).text();
        String[] dims = first.substring(0, first.indexOf('\\')).split(",", -1);
        Map<String, Integer> dimIndex = new HashMap<>();
        List<String> dimNames = new ArrayList<>();
        boolean usable = true;
        for (int i = 0; i < dims.length; i++) {
            String name = Header.normalise(dims[i]);
            dimNames.add(dims[i].strip());
            String field = fieldOf(name);
            if (field == null) {
                issues.add(Checks.W_EXTRA_COLUMN, header.line(), dims[i].strip(), "column", dims[i].strip(),
                        "format", "Eurostat TSV");
            } else if (dimIndex.putIfAbsent(field, i) != null) {
                issues.add(Checks.E_DUPLICATE_COLUMN, header.line(), dims[i].strip(), "column", dims[i].strip(),
                        "first", dimIndex.get(field) + 1, "second", i + 1);
                usable = false;
            }
        }
        for (String required : List.of(EurostatKeys.GEO, EurostatKeys.OFFENCE)) {
            if (!dimIndex.containsKey(required)) {
                issues.add(Checks.E_MISSING_COLUMN, header.line(), first, "column", required,
                        "advice", Phrase.of("advice.tsv-dimensions"));
                usable = false;
            }
        }
        if (!usable) {
            return List.of();
        }
        List<Field> periods = new ArrayList<>();
        for (int c = 1; c < header.usedSize(); c++) {
            periods.add(Field.of(header.cell(c).text(), header.cell(c)));
        }
        int width = header.usedSize();
        List<RawFigure> figures = new ArrayList<>();
        for (TableRow row : rows.subList(1, rows.size())) {
            if (row.usedSize() > width) {
                issues.add(Checks.E_FIELD_COUNT, row.line(), "", "found", row.usedSize(), "expected", width,
                        "advice", Phrase.of("advice.tsv-cells"));
                continue;
            }
            String[] codes = row.cell(0).text().split(",", -1);
            if (codes.length != dims.length) {
                issues.add(Checks.E_FIELD_COUNT, row.line(), first, "found", codes.length, "expected", dims.length,
                        "advice", Phrase.of("advice.tsv-codes"));
                continue;
            }
            EurostatKeys.Key key = null;
            boolean keyRead = false;
            for (int c = 1; c < width; c++) {
                TsvCell cell = TsvCell.parse(row.cell(c).text());
                if (cell.isEmpty()) {
                    continue;
                }
                if (!keyRead) {
                    key = EurostatKeys.interpret(row.line(), dim(dimIndex, EurostatKeys.FREQ, codes, dimNames),
                            dim(dimIndex, EurostatKeys.OFFENCE, codes, dimNames), dim(dimIndex, EurostatKeys.UNIT, codes, dimNames),
                            dim(dimIndex, EurostatKeys.GEO, codes, dimNames), dim(dimIndex, EurostatKeys.INDICATOR, codes, dimNames),
                            issues);
                    keyRead = true;
                }
                if (key == null) {
                    break;
                }
                Field period = periods.get(c - 1);
                String column = period.text();
                figures.add(new RawFigure(row.line(), key.geo(), period, key.offence(), key.indicator(),
                        new Field(column, cell.value(), null), new Field(column, cell.flags(), null), null, null));
            }
        }
        return figures;
    }

    private static Field dim(Map<String, Integer> index, String field, String[] codes, List<String> names) {
        Integer i = index.get(field);
        return i == null ? null : new Field(names.get(i), codes[i], null);
    }

    private static String fieldOf(String name) {
        for (Map.Entry<String, String[]> e : EurostatKeys.NAMES.entrySet()) {
            if (e.getKey().equals(name) || List.of(e.getValue()).contains(name)) {
                return e.getKey().equals(EurostatKeys.TIME) ? null : e.getKey();
            }
        }
        return null;
    }
}
