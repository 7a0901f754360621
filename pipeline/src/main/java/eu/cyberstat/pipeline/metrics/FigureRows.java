package eu.cyberstat.pipeline.metrics;

import eu.cyberstat.pipeline.disclosure.ConfidentialityStatus;
import eu.cyberstat.reports.model.Figure;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Published figures between Spark rows (columns of {@link MetricColumns}) and {@link Figure} records. */
public final class FigureRows {

    private FigureRows() {
    }

    public static Figure toFigure(Row r) {
        return new Figure(
                r.getAs(MetricColumns.GEO),
                r.getAs(MetricColumns.OFFENCE),
                r.getAs(MetricColumns.ICCS),
                r.getAs(MetricColumns.INDICATOR),
                r.<Integer>getAs(MetricColumns.YEAR),
                r.getAs(MetricColumns.VALUE),
                r.getAs(MetricColumns.RATE),
                r.getAs(MetricColumns.YOY_ABS),
                r.getAs(MetricColumns.YOY_PCT),
                r.getAs(MetricColumns.CAGR_5Y),
                r.getAs(MetricColumns.MA_3Y),
                r.getAs(MetricColumns.INDEX),
                r.getAs(MetricColumns.SHARE_OF_TOTAL),
                r.getAs(MetricColumns.RANK),
                r.getAs(MetricColumns.FLAGS),
                r.getAs(MetricColumns.COUNTRIES_COVERED),
                r.getAs(MetricColumns.POPULATION_COVERED_PCT));
    }

    /** The figures of a computation, in publication order. */
    public static List<PublishedFigure> collect(List<Row> rows, FigureOrder order) {
        List<PublishedFigure> figures = new ArrayList<>(rows.size());
        for (Row r : rows) {
            figures.add(new PublishedFigure(toFigure(r), r.getAs(MetricColumns.PANEL_VALUE),
                    r.getAs(MetricColumns.PANEL_COUNTRIES),
                    ConfidentialityStatus.ofCode(r.getAs(MetricColumns.CONF_STATUS))));
        }
        figures.sort((a, b) -> order.compare(a.figure(), b.figure()));
        return figures;
    }

    /** The values of a published figure in the order of {@link MetricColumns#published()}. */
    public static Object[] values(PublishedFigure p) {
        Figure f = p.figure();
        return new Object[] {f.geo(), f.offence(), f.iccs(), f.indicator(), f.year(), f.value(), f.ratePer100k(),
            f.yoyAbs(), f.yoyPct(), f.cagr5y(), f.ma3y(), f.index(), f.shareOfTotal(), f.rank(), f.flags(),
            f.countriesCovered(), f.populationCoveredPct(), p.panelValue(), p.panelCountries(),
            p.confidentiality().code()};
    }

    /** A published figure as a row of {@link MetricColumns#tableSchema()}. */
    public static Row toTableRow(PublishedFigure p, String runId, int referenceYear) {
        Object[] published = values(p);
        Object[] row = java.util.Arrays.copyOf(published, published.length + 2);
        row[published.length] = runId;
        row[published.length + 1] = referenceYear;
        return RowFactory.create(row);
    }
}
