package eu.cyberstat.ingest.format;

import java.util.List;

/**
 * One row of a table as it stands in the file: the line (text files: the physical line where
 * the row starts, 1-based; spreadsheets: the row number Excel shows) and its cells.
 */
public record TableRow(long line, List<Cell> cells) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a 0-based position, empty beyond the end of a short row. */
    public Cell cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : Cell.EMPTY;
    }

    public int size() {
        return cells.size();
    }

    /** Number of cells up to the last non-blank one (spreadsheets pad rows, CSV exports add empty fields). */
    public int usedSize() {
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).isBlank()) {
            n--;
        }
        return n;
    }

    public boolean isBlank() {
        return usedSize() == 0;
    }
}
