package eu.cyberstat.ingest.population;

import eu.cyberstat.ingest.format.Cell;
import eu.cyberstat.ingest.format.TableRow;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The non-blank rows of a demo_pjan file one at a time, each with the line it starts on: the
 * whole dataset (every age, sex and geo) is far larger than the few thousand figures kept, so
 * it is streamed, never held in memory.
 */
final class DemoPjanRows {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final PopulationCollector collector;

    DemoPjanRows(CSVParser parser, PopulationCollector collector) {
        this.parser = parser;
        this.records = parser.iterator();
        this.collector = collector;
    }

    /** The next non-blank row, or null at the end of the file. */
    TableRow next() {
        while (true) {
            // The parser counts the line breaks it has consumed: the next record starts one further.
            long line = parser.getCurrentLineNumber() + 1;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord record = records.next();
                List<Cell> cells = new ArrayList<>(record.size());
                record.forEach(value -> cells.add(Cell.text(value)));
                TableRow row = new TableRow(line, cells);
                if (!row.isBlank()) {
                    return row;
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                throw collector.problem(line, "", "the text cannot be split into fields from here on ("
                        + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()) + ").");
            }
        }
    }
}
