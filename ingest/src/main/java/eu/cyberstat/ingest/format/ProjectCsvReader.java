package eu.cyberstat.ingest.format;

import static eu.cyberstat.ingest.format.Header.Column.optional;
import static eu.cyberstat.ingest.format.Header.Column.required;

import eu.cyberstat.problem.Checks;
import eu.cyberstat.problem.IssueCollector;
import eu.cyberstat.problem.Phrase;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's own layout (docs/data-format.md), in CSV or in a sheet: one figure per row,
 * columns {@code country,year,offence,indicator,value,flags,note} in any order.
 */
public final class ProjectCsvReader implements FigureReader {

    public static final List<Header.Column> COLUMNS = List.of(
            required("country", "geo"),
            required("year"),
            required("offence", "offense"),
            required("indicator"),
            required("value"),
            optional("flags", "flag"),
            optional("note", "notes", "comment"));

    private static final List<String> REQUIRED = COLUMNS.stream().filter(Header.Column::required)
            .map(Header.Column::field).toList();

    /**
     * The columns a row must name, under any of their names, to be this layout's header: the
     * required ones but the indicator, so that a header without it is still recognised and its
     * missing column reported by name (E_MISSING_COLUMN) rather than the format being unknown.
     */
    private static final List<Header.Column> IDENTIFYING = COLUMNS.stream()
            .filter(c -> c.required() && !c.field().equals("indicator")).toList();

    private final boolean spreadsheet;

    /** @param spreadsheet rows from a sheet, where empty trailing cells are simply absent */
    public ProjectCsvReader(boolean spreadsheet) {
        this.spreadsheet = spreadsheet;
    }

    /** Whether a row is this format's header (for format detection). */
    public static boolean isHeader(TableRow row) {
        List<String> names = row.cells().stream().map(c -> Header.normalise(c.text())).toList();
        return IDENTIFYING.stream().allMatch(c -> c.names().stream().anyMatch(names::contains));
    }

    @Override
    public List<RawFigure> read(List<TableRow> rows, IssueCollector issues) {
        Header header = Header.bind(rows.get(0), COLUMNS, List.of(), Phrase.of("format.project-csv"), false, issues);
        if (header == null) {
            return List.of();
        }
        int requiredEnd = header.lastIndexOf(REQUIRED);
        // Excel pads every row of a CSV to the same number of fields, header included: a row with
        // more fields than the header has a separator too many (an unquoted "12,5").
        int width = header.row().size();
        List<RawFigure> figures = new ArrayList<>(rows.size());
        for (TableRow row : rows.subList(1, rows.size())) {
            // A sheet has no field count: its empty trailing cells are absent, cells right of the header ignored.
            if (!spreadsheet && row.size() > width) {
                issues.add(Checks.E_FIELD_COUNT, row.line(), "", "found", row.size(), "expected", width,
                        "advice", Phrase.of("advice.quote-or-plain-numbers"));
                continue;
            } else if (!spreadsheet && row.size() <= requiredEnd) {
                issues.add(Checks.E_FIELD_COUNT, row.line(), "", "found", row.size(), "expected", width,
                        "advice", Phrase.of("advice.required-fields", "fields", String.join(", ", REQUIRED)));
                continue;
            }
            figures.add(new RawFigure(row.line(), header.field(row, "country"), header.field(row, "year"),
                    header.field(row, "offence"), header.field(row, "indicator"), header.field(row, "value"),
                    header.field(row, "flags"), header.field(row, "note"), null));
        }
        return figures;
    }
}
