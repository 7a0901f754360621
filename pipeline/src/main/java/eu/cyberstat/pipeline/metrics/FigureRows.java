package eu.cyberstat.pipeline.metrics;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.figure.FigureColumn;
import eu.cyberstat.figure.FigureColumns;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Published figures between Spark rows (the columns of {@link FigureColumns}) and {@link Figure}s. */
public final class FigureRows {

    private FigureRows() {
    }

    public static Figure toFigure(Row r) {
        return Figure.of(c -> r.getAs(c.name()));
    }

    /** The figures of a computation, in publication order. */
    public static List<Figure> collect(List<Row> rows, FigureOrder order) {
        List<Figure> figures = new ArrayList<>(rows.size());
        for (Row r : rows) {
            figures.add(toFigure(r));
        }
        figures.sort(order);
        return figures;
    }

    /** A published figure as a row of {@link MetricColumns#tableSchema()}. */
    public static Row toTableRow(Figure f, String runId, int referenceYear) {
        List<FigureColumn> columns = FigureColumns.PUBLISHED;
        Object[] row = new Object[columns.size() + 2];
        for (int i = 0; i < columns.size(); i++) {
            row[i] = columns.get(i).typed(f.get(columns.get(i)));
        }
        row[columns.size()] = runId;
        row[columns.size() + 1] = referenceYear;
        return RowFactory.create(row);
    }
}
