package eu.cyberstat.reports.view;

import java.util.ArrayList;
import java.util.List;

/** Collects the rows of a {@link ReportTable}. */
public final class TableBuilder {

    private final String id;
    private final String title;
    private final List<Column> columns;
    private final List<List<Cell>> rows = new ArrayList<>();
    private final List<Boolean> emphasised = new ArrayList<>();
    private String note = "";
    private Integer completeAt;

    public TableBuilder(String id, String title, List<Column> columns) {
        this.id = id;
        this.title = title;
        this.columns = columns;
    }

    public TableBuilder row(List<Cell> cells) {
        return row(cells, false);
    }

    public TableBuilder row(List<Cell> cells, boolean emphasis) {
        rows.add(cells);
        emphasised.add(emphasis);
        return this;
    }

    public TableBuilder note(String note) {
        this.note = note == null ? "" : note;
        return this;
    }

    /** Marks the table as a coverage grid whose cells are complete at {@code count}. */
    public TableBuilder completeAt(int count) {
        this.completeAt = count;
        return this;
    }

    public ReportTable build() {
        return new ReportTable(id, title, note, columns, rows, emphasised, completeAt);
    }
}
