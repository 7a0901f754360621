package eu.cyberstat.pipeline.run;

import eu.cyberstat.figure.ConfidentialityStatus;
import eu.cyberstat.figure.Figure;
import eu.cyberstat.figure.FigureColumn;
import eu.cyberstat.figure.FigureColumns;
import eu.cyberstat.reference.Flags;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code sdmx-YYYY.csv}: the published figures as SDMX-CSV 2.0, one observation per figure and
 * measure. Columns: {@code STRUCTURE, STRUCTURE_ID, ACTION}, the dimensions {@code FREQ, GEO,
 * OFFENCE, INDICATOR, UNIT, TIME_PERIOD}, the measure {@code OBS_VALUE} and the attributes
 * {@code OBS_FLAG} (Eurostat flags except {@code c}) and {@code CONF_STATUS} ({@code F} free;
 * on the count of a withheld figure, {@code OBS_VALUE} empty and {@code C} primary confidential
 * or {@code S} secondary confidentiality set by cyberstat as receiver).
 *
 * <p>Every figure of {@code metrics-YYYY.csv} is one row per measure, the unit telling which one it
 * is (the units are those of {@link FigureColumns}; codelist in docs/metrics.md). The count ({@code NR}) is written for every row of the
 * metrics file, empty when not available; the other measures only where they have a value.
 */
public final class SdmxCsv {

    /** The dataflow the file conforms to (agency, id, version). */
    public static final String STRUCTURE_ID = "CYBERSTAT:CYB_METRICS(1.0)";

    static final List<String> HEADER = List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "FREQ", "GEO", "OFFENCE",
            "INDICATOR", "UNIT", "TIME_PERIOD", "OBS_VALUE", "OBS_FLAG", "CONF_STATUS");

    private static final String ACTION_INFORMATION = "I";
    private static final String ANNUAL = "A";
    private static final String FREE = ConfidentialityStatus.FREE.code();

    private SdmxCsv() {
    }

    public static String fileName(int referenceYear) {
        return "sdmx-" + referenceYear + ".csv";
    }

    public static void write(List<Figure> figures, int baseYear, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, MetricsCsv.FORMAT);
        csv.printRecord(HEADER);
        for (Figure f : figures) {
            String obsFlag = f.flags().replace(String.valueOf(Flags.CONFIDENTIAL), "");
            for (FigureColumn measure : FigureColumns.sdmxMeasures()) {
                Object value = f.get(measure);
                boolean count = measure.equals(FigureColumns.VALUE);
                if (value == null && !count) {
                    continue;
                }
                csv.printRecord("dataflow", STRUCTURE_ID, ACTION_INFORMATION, ANNUAL, f.geo(), f.offence(),
                        f.indicator(), measure.sdmxUnit(baseYear), f.year(), measure.format(value), obsFlag,
                        count ? f.confidentiality().code() : FREE);
            }
        }
        csv.flush();
    }
}
