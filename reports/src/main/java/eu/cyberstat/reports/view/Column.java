package eu.cyberstat.reports.view;

import eu.cyberstat.figure.CellKind;

/** A table column: its header, how its numbers are written, and whether its cells carry flags. */
public record Column(String header, CellKind kind, boolean hasFlags) {

    public static Column text(String header) {
        return new Column(header, CellKind.TEXT, false);
    }

    public static Column number(String header, CellKind kind) {
        return new Column(header, kind, true);
    }
}
