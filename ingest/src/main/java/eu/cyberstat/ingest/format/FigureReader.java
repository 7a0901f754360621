package eu.cyberstat.ingest.format;

import eu.cyberstat.problem.IssueCollector;
import java.util.List;

/**
 * Turns the rows of a table in one format into raw figures. Problems of structure (columns,
 * field counts, the format's own codes) go to {@code issues}; everything about the figures'
 * content is left to the validation rules, the same for every format.
 */
public interface FigureReader {

    /** @param rows the table's rows, header first */
    List<RawFigure> read(List<TableRow> rows, IssueCollector issues);

    /**
     * How values are written: a fixed style, or null to work it out from the values (see
     * {@link NumberStyle#detect}).
     */
    default NumberStyle numberStyle() {
        return null;
    }
}
