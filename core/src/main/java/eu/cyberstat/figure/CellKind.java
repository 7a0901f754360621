package eu.cyberstat.figure;

/**
 * How a column's numbers are written, by the kind of figure they are; the workbook maps each to
 * one Excel number format. {@code CHANGE_COUNT}: a change in a count (+1 234), {@code PERCENT}
 * and {@code CHANGE_PCT} in percent units (12.3 is 12.3 %).
 */
public enum CellKind {
    TEXT, COUNT, CHANGE_COUNT, RATE, PERCENT, CHANGE_PCT, INDEX, RANK, YEAR
}
