package eu.cyberstat.pipeline.run;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.figure.FigureColumns;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code metrics-YYYY.csv}: one row per geo × offence × indicator × year, the columns of
 * {@link FigureColumns} (docs/metrics.md), UTF-8 without BOM, comma-separated,
 * LF line ends, numbers with a point and fixed decimals, empty cells for "not computed".
 */
public final class MetricsCsv {

    /** Comma, LF, quotes only where a value needs them. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private MetricsCsv() {
    }

    public static String fileName(int referenceYear) {
        return "metrics-" + referenceYear + ".csv";
    }

    /** Writes the figures in the order given (publication order). */
    public static void write(List<Figure> figures, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, FORMAT);
        csv.printRecord(FigureColumns.names());
        for (Figure f : figures) {
            csv.printRecord(FigureColumns.PUBLISHED.stream().map(c -> c.format(f.get(c))).toArray());
        }
        csv.flush();
    }
}
