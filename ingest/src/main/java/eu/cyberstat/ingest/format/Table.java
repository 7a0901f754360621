package eu.cyberstat.ingest.format;

import java.util.List;

/**
 * The non-blank rows of a delimited text file or of one sheet, with what was found out about
 * how the file was written (encoding, separator, sheet).
 *
 * @param encoding  the text encoding as detected or forced ("UTF-8 with BOM"), empty for spreadsheets
 * @param separator the field separator, {@code 0} for spreadsheets
 * @param sheet     the sheet read, empty for text files
 */
public record Table(List<TableRow> rows, String encoding, char separator, String sheet) {

    public Table {
        rows = List.copyOf(rows);
    }

    public boolean isSpreadsheet() {
        return separator == 0;
    }

    /** The rows after the first {@code skipLines} lines of the file (a profile's title lines). */
    public List<TableRow> rowsAfter(int skipLines) {
        return rows.stream().filter(r -> r.line() > skipLines).toList();
    }
}
