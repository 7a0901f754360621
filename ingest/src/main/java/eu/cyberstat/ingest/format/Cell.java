package eu.cyberstat.ingest.format;

import java.math.BigDecimal;

/**
 * The content of one cell of a table: its text (trimmed), and for a numeric spreadsheet cell
 * its number too (text cells and CSV fields have none, their text is parsed later).
 */
public record Cell(String text, BigDecimal number) {

    public static final Cell EMPTY = new Cell("", null);

    public Cell {
        text = text == null ? "" : text.strip();
    }

    public static Cell text(String text) {
        return text == null || text.isBlank() ? EMPTY : new Cell(text, null);
    }

    public static Cell number(BigDecimal number) {
        return new Cell(number.stripTrailingZeros().toPlainString(), number);
    }

    public boolean isBlank() {
        return number == null && text.isEmpty();
    }

    public boolean isNumeric() {
        return number != null;
    }
}
