package eu.cyberstat.ingest.population;

import eu.cyberstat.ingest.format.Cell;
import eu.cyberstat.ingest.format.Header;
import eu.cyberstat.ingest.format.TableRow;
import eu.cyberstat.ingest.format.TsvCell;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * demo_pjan as Eurostat's TSV: a first cell naming the dimensions in the file's own order
 * ({@code freq,unit,age,sex,geo\TIME_PERIOD}), then one column per year whose cells are a
 * value and its flags ({@code "8932664 p"}) or {@code ":"}.
 */
final class DemoPjanTsv {

    static final String FORMAT = "Eurostat TSV";

    private DemoPjanTsv() {
    }

    static void read(TableRow header, DemoPjanRows rows, DemoPjanKeys keys, PopulationCollector out) {
        String first = header.cell(0).text();
        TableRow dimensions = codes(header.line(), first.substring(0, first.indexOf('\\')));
        Header key = DemoPjanKeys.bind(dimensions, DemoPjanKeys.columns(), "Eurostat demo_pjan TSV", out);
        int width = header.usedSize();
        List<String> periods = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int c = 1; c < width; c++) {
            String period = header.cell(c).text();
            periods.add(period);
            years.add(out.year(period, header.line(), period));
        }
        for (TableRow row = rows.next(); row != null; row = rows.next()) {
            if (row.usedSize() > width) {
                throw out.problem(row.line(), "", "the line has " + row.usedSize() + " tab-separated cells, the header "
                        + width + ": one per year of the header after the dimension codes.");
            }
            TableRow codes = codes(row.line(), row.cell(0).text());
            if (codes.size() != dimensions.size()) {
                throw out.problem(row.line(), first, "'" + row.cell(0).text() + "' has " + codes.size()
                        + " comma-separated codes, the header names " + dimensions.size() + " dimensions.");
            }
            SkipReason reason = keys.reasonToSkip(key, codes);
            String geo = DemoPjanKeys.geo(key, codes);
            if (reason != null) {
                out.skip(reason, reason == SkipReason.OTHER_GEO ? geo : DemoPjanKeys.breakdownOf(key, codes));
                continue;
            }
            for (int c = 1; c < width; c++) {
                TsvCell cell = TsvCell.parse(row.cell(c).text());
                int year = years.get(c - 1);
                if (cell.value().isEmpty()) {
                    out.skip(SkipReason.NOT_AVAILABLE, geo + " " + year);
                } else {
                    out.keep(geo, year, cell.value(), cell.flags(), row.line(), periods.get(c - 1));
                }
            }
        }
    }

    /** "A,NR,TOTAL,T,AT" as a row of codes, to be read through the header bound to the dimensions. */
    private static TableRow codes(long line, String commaSeparated) {
        return new TableRow(line, Arrays.stream(commaSeparated.split(",", -1)).map(s -> Cell.text(s)).toList());
    }
}
