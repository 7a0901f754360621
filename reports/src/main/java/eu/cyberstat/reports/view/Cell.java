package eu.cyberstat.reports.view;

import eu.cyberstat.figure.CellKind;

/** One table cell: text, or a number (null when not available or confidential) with its flags. */
public sealed interface Cell {

    record Text(String text) implements Cell {
    }

    /** A number; {@code kind} overrides the column's number style when a row differs (null = the column's). */
    record Num(Double value, String flags, CellKind kind) implements Cell {
        public Num {
            flags = flags == null ? "" : flags;
        }

        public CellKind kindIn(Column column) {
            return kind != null ? kind : column.kind();
        }
    }

    static Cell text(String s) {
        return new Text(s == null ? "" : s);
    }

    static Cell num(Number n, String flags) {
        return new Num(n == null ? null : n.doubleValue(), flags, null);
    }

    static Cell num(Number n, String flags, CellKind kind) {
        return new Num(n == null ? null : n.doubleValue(), flags, kind);
    }

    static Cell num(Number n) {
        return num(n, "");
    }
}
