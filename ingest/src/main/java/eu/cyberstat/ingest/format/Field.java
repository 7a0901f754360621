package eu.cyberstat.ingest.format;

import java.math.BigDecimal;

/**
 * One field of a figure as the file gives it, before any check: the column it came from (for
 * messages; empty when the value is fixed by the format or a profile) and the cell's content.
 */
public record Field(String column, String text, BigDecimal number) {

    public Field {
        column = column == null ? "" : column;
        text = text == null ? "" : text.strip();
    }

    public static Field of(String column, Cell cell) {
        return new Field(column, cell.text(), cell.number());
    }

    /** A value the format or the profile fixes for every figure (no column to point at). */
    public static Field fixed(String text) {
        return new Field("", text, null);
    }

    public boolean isBlank() {
        return number == null && text.isEmpty();
    }
}
