package eu.cyberstat.reports.view;

import eu.cyberstat.reference.Flags;
import java.util.List;

/**
 * A table of the report, independent of where it is drawn: the PDF prints it, the workbook
 * writes it to its own sheet (with a flag column after every flagged number column).
 * {@code id} is stable across languages (it names the sheet); rows marked as emphasised
 * (the EU aggregate) are drawn in bold. {@code completeAt}, when set, is the count at which a
 * coverage cell is complete: the PDF shades complete, partial and empty cells apart.
 */
public record ReportTable(String id, String title, String note, List<Column> columns, List<List<Cell>> rows,
                          List<Boolean> emphasised, Integer completeAt) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        emphasised = List.copyOf(emphasised);
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("Table " + id + ": a row has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    public boolean isEmphasised(int row) {
        return row < emphasised.size() && emphasised.get(row);
    }

    /** The flags that occur in the table's figures, each once, in alphabetical order ("bdp"). */
    public String flags() {
        return rows.stream().flatMap(List::stream).filter(c -> c instanceof Cell.Num).map(c -> ((Cell.Num) c).flags())
                .reduce("", Flags::union);
    }

    /** True when a figure of the table is missing (printed ":"). */
    public boolean hasMissing() {
        return rows.stream().flatMap(List::stream).anyMatch(c -> c instanceof Cell.Num n && n.value() == null);
    }
}
