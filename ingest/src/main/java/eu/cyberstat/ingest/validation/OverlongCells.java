package eu.cyberstat.ingest.validation;

import eu.cyberstat.ingest.format.Cell;
import eu.cyberstat.ingest.format.TableRow;
import eu.cyberstat.problem.Checks;
import eu.cyberstat.problem.IssueCollector;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounds the length of a cell before any rule reads it. A value's cost must stay linear in the
 * size of the file, and some steps are not linear in the length of one value (turning five
 * million digits into a number takes minutes): a cell longer than {@link #MAX_CHARS} is
 * reported ({@link Checks#E_CELL_TOO_LONG}) and its row left out of every other check. The
 * file is rejected all the same, by that error.
 */
final class OverlongCells {

    /** The longest cell read: far beyond any code, figure or note, a third of Excel's own 32 767. */
    static final int MAX_CHARS = 10_000;

    private static final int MAX_COLUMN_NAME = 40;

    private OverlongCells() {
    }

    /**
     * The rows without those holding an over-long cell, each such cell reported. When the header
     * (the first row) is one of them, nothing is left: no row can be read without it.
     */
    static List<TableRow> leftOut(List<TableRow> rows, IssueCollector issues) {
        List<TableRow> kept = new ArrayList<>(rows.size());
        TableRow header = rows.isEmpty() ? null : rows.get(0);
        for (TableRow row : rows) {
            boolean overlong = false;
            for (int i = 0; i < row.size(); i++) {
                Cell cell = row.cell(i);
                if (cell.text().length() > MAX_CHARS) {
                    issues.add(Checks.E_CELL_TOO_LONG, row.line(), columnName(header, row, i),
                            "length", (long) cell.text().length(), "limit", (long) MAX_CHARS);
                    overlong = true;
                }
            }
            if (overlong && row == header) {
                return List.of();
            }
            if (!overlong) {
                kept.add(row);
            }
        }
        return kept;
    }

    /** The header's name for the column when it has a readable one, else its number (1-based). */
    private static String columnName(TableRow header, TableRow row, int index) {
        if (row != header) {
            String name = header.cell(index).text();
            if (!name.isBlank() && name.length() <= MAX_COLUMN_NAME) {
                return name;
            }
        }
        return String.valueOf(index + 1);
    }
}
