package eu.cyberstat.reports.view;

/** How a column's numbers are written; the workbook maps each to an Excel number format. */
public enum CellKind {
    TEXT, COUNT, RATE, PERCENT, CHANGE_PCT, INDEX, RANK, YEAR
}
