package eu.cyberstat.pipeline.run;

import eu.cyberstat.pipeline.disclosure.ConfidentialityStatus;
import eu.cyberstat.pipeline.metrics.FigureRows;
import eu.cyberstat.pipeline.metrics.MetricColumns;
import eu.cyberstat.pipeline.metrics.PublishedFigure;
import eu.cyberstat.reference.Flags;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code sdmx-YYYY.csv}: the published figures as SDMX-CSV 2.0, one observation per figure and
 * measure. Columns: {@code STRUCTURE, STRUCTURE_ID, ACTION}, the dimensions {@code FREQ, GEO,
 * OFFENCE, INDICATOR, UNIT, TIME_PERIOD}, the measure {@code OBS_VALUE} and the attributes
 * {@code OBS_FLAG} (Eurostat flags except {@code c}) and {@code CONF_STATUS} ({@code F} free;
 * on the count of a withheld figure, {@code OBS_VALUE} empty and {@code C} primary confidential
 * or {@code S} secondary confidentiality set by cyberstat as receiver).
 *
 * <p>Every figure of {@code metrics-YYYY.csv} is one row, the unit telling which one it is
 * (codelist in docs/metrics.md). The count ({@code NR}) is written for every row of the
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

    /** SDMX unit code of each figure column, in file order. */
    public static Map<String, String> units(int baseYear) {
        Map<String, String> units = new LinkedHashMap<>();
        units.put(MetricColumns.VALUE, "NR");
        units.put(MetricColumns.RATE, "P_HTHAB");
        units.put(MetricColumns.YOY_ABS, "DIFF_PRE");
        units.put(MetricColumns.YOY_PCT, "PCH_PRE");
        units.put(MetricColumns.CAGR_5Y, "PCH_CAGR5");
        units.put(MetricColumns.MA_3Y, "NR_MA3");
        units.put(MetricColumns.INDEX, String.format("I%02d", baseYear % 100));
        units.put(MetricColumns.SHARE_OF_TOTAL, "PC_TOT");
        units.put(MetricColumns.RANK, "RANK_RT");
        units.put(MetricColumns.COUNTRIES_COVERED, "NR_GEO");
        units.put(MetricColumns.POPULATION_COVERED_PCT, "PC_POP");
        units.put(MetricColumns.PANEL_VALUE, "NR_PANEL");
        units.put(MetricColumns.PANEL_COUNTRIES, "NR_GEO_PANEL");
        return units;
    }

    public static void write(List<PublishedFigure> figures, int baseYear, OutputStream out) throws IOException {
        Map<String, String> units = units(baseYear);
        List<String> columns = MetricColumns.published();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, MetricsCsv.FORMAT);
        csv.printRecord(HEADER);
        for (PublishedFigure p : figures) {
            Object[] values = FigureRows.values(p);
            String flags = p.figure().flags();
            String obsFlag = flags.replace(String.valueOf(Flags.CONFIDENTIAL), "");
            for (Map.Entry<String, String> unit : units.entrySet()) {
                Object value = values[columns.indexOf(unit.getKey())];
                boolean count = unit.getKey().equals(MetricColumns.VALUE);
                if (value == null && !count) {
                    continue;
                }
                csv.printRecord("dataflow", STRUCTURE_ID, ACTION_INFORMATION, ANNUAL, p.figure().geo(),
                        p.figure().offence(), p.figure().indicator(), unit.getValue(), p.figure().year(),
                        Decimals.format(value), obsFlag, count ? p.confidentiality().code() : FREE);
            }
        }
        csv.flush();
    }
}
