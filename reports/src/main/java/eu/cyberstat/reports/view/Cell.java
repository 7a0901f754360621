package eu.cyberstat.reports.view;

/** One table cell: text, or a number (null when not available or confidential) with its flags. */
public sealed interface Cell {

    record Text(String text) implements Cell {
    }

    record Num(Double value, String flags) implements Cell {
        public Num {
            flags = flags == null ? "" : flags;
        }
    }

    static Cell text(String s) {
        return new Text(s == null ? "" : s);
    }

    static Cell num(Number n, String flags) {
        return new Num(n == null ? null : n.doubleValue(), flags);
    }

    static Cell num(Number n) {
        return num(n, "");
    }
}
