package eu.cyberstat.ingest.population;

import static eu.cyberstat.ingest.format.Header.Column.optional;
import static eu.cyberstat.ingest.format.Header.Column.required;

import eu.cyberstat.ingest.format.Field;
import eu.cyberstat.ingest.format.Header;
import eu.cyberstat.ingest.format.TableRow;
import java.util.List;
import java.util.Locale;

/**
 * demo_pjan as SDMX-CSV, one observation a row: 1.0 ({@code DATAFLOW,LAST UPDATE,freq,unit,age,
 * sex,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG}) or 2.0 ({@code STRUCTURE,STRUCTURE_ID,...}). An
 * empty or {@code NaN} OBS_VALUE is no figure.
 */
final class DemoPjanSdmxCsv {

    private static final String TIME = "time_period";
    private static final String VALUE = "obs_value";
    private static final String FLAG = "obs_flag";

    private DemoPjanSdmxCsv() {
    }

    static void read(TableRow headerRow, DemoPjanRows rows, DemoPjanKeys keys, PopulationCollector out) {
        Header header = DemoPjanKeys.bind(headerRow, DemoPjanKeys.columns(required(TIME, "time"), required(VALUE), optional(FLAG)),
                "Eurostat demo_pjan SDMX-CSV", out);
        int width = headerRow.size();
        for (TableRow row = rows.next(); row != null; row = rows.next()) {
            if (row.size() > width) {
                throw out.problem(row.line(), "", "the line has " + row.size() + " fields, the header " + width
                        + ". A value that contains a comma must be enclosed in double quotes.");
            }
            SkipReason reason = keys.reasonToSkip(header, row);
            String geo = DemoPjanKeys.geo(header, row);
            if (reason != null) {
                out.skip(reason, reason == SkipReason.OTHER_GEO ? geo : DemoPjanKeys.breakdownOf(header, row));
                continue;
            }
            Field time = header.field(row, TIME);
            int year = out.year(time.text(), row.line(), time.column());
            Field value = header.field(row, VALUE);
            Field flag = header.field(row, FLAG);
            if (value.isBlank() || value.text().equalsIgnoreCase("NaN")) {
                out.skip(SkipReason.NOT_AVAILABLE, geo + " " + year);
            } else {
                String flags = flag == null ? "" : Header.code(flag.text()).toLowerCase(Locale.ROOT);
                out.keep(geo, year, value.text(), flags, row.line(), value.column());
            }
        }
    }
}
