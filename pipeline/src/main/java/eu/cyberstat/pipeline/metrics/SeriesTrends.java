package eu.cyberstat.pipeline.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import eu.cyberstat.reference.Flags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The trend metrics of a time series (year-on-year change, compound growth, moving average,
 * index) with Spark window functions, for country series and the EU panel series alike.
 *
 * <p>Break handling: a {@code b} flag on year y marks a break between y−1 and y (Eurostat's
 * convention: the flag sits on the first figure of the new series). A figure comparing years a
 * < t is therefore computed only when no year in (a, t] carries {@code b}. Counting breaks
 * cumulatively along the series turns that into one subtraction:
 * {@code breaks(t) − breaks(a) > 0}.
 */
final class SeriesTrends {

    private static final String BREAKS = "_breaks_through";

    private SeriesTrends() {
    }

    /**
     * Every series of {@code rows} (identified by {@code keys}) with one row per year of the
     * window, so that "the row {@code k} before" is "the year {@code t−k}". Years the series
     * has no row for get nulls, and {@code presentColumn} says which rows were there.
     */
    static Dataset<Row> denseGrid(Dataset<Row> rows, List<String> keys, MetricsConfig config, String presentColumn) {
        Dataset<Row> years = rows.sparkSession().createDataset(config.years(), Encoders.INT()).toDF(MetricColumns.YEAR);
        Dataset<Row> series = rows.select(columns(keys)).distinct();
        List<String> joinKeys = new ArrayList<>(keys);
        joinKeys.add(MetricColumns.YEAR);
        return series.crossJoin(years)
                .join(rows.withColumn(presentColumn, lit(true)), joinKeys.toArray(String[]::new), "left")
                .withColumn(presentColumn, coalesce(col(presentColumn), lit(false)));
    }

    /**
     * Adds {@code yoy_abs, yoy_pct, cagr_5y, ma_3y, index} (unrounded) computed on
     * {@code valueColumn}, with breaks read from {@code flagsColumn}. {@code grid} must be
     * dense (see {@link #denseGrid}).
     */
    static Dataset<Row> addTrends(Dataset<Row> grid, List<String> keys, String valueColumn, String flagsColumn,
                                  MetricsConfig config) {
        WindowSpec series = Window.partitionBy(columns(keys)).orderBy(col(MetricColumns.YEAR));
        WindowSpec wholeSeries = Window.partitionBy(columns(keys));
        Column value = col(valueColumn);
        Column isBreak = Metrics.hasFlag(col(flagsColumn), Flags.BREAK);

        Dataset<Row> withBreaks = grid.withColumn(BREAKS,
                sum(when(isBreak, 1).otherwise(0)).over(series.rowsBetween(Window.unboundedPreceding(), Window.currentRow())));
        Column breaks = col(BREAKS);
        Column atBase = col(MetricColumns.YEAR).equalTo(config.baseYear());
        Column baseValue = max(when(atBase, value)).over(wholeSeries);
        Column breaksAtBase = max(when(atBase, breaks)).over(wholeSeries);

        int cagrYears = MetricsConfig.CAGR_YEARS;
        List<Column> movingYears = IntStream.range(0, MetricsConfig.MOVING_AVERAGE_YEARS)
                .mapToObj(k -> k == 0 ? value : lag(value, k).over(series)).toList();

        Map<String, Column> trends = new LinkedHashMap<>();
        trends.put(MetricColumns.YOY_ABS,
                Metrics.yoyAbsolute(value, lag(value, 1).over(series), breakWithin(breaks, series, 1)));
        trends.put(MetricColumns.YOY_PCT,
                Metrics.yoyPercent(value, lag(value, 1).over(series), breakWithin(breaks, series, 1)));
        trends.put(MetricColumns.CAGR_5Y,
                Metrics.cagrPercent(value, lag(value, cagrYears).over(series), cagrYears,
                        breakWithin(breaks, series, cagrYears)));
        trends.put(MetricColumns.MA_3Y,
                Metrics.movingAverage(movingYears, breakWithin(breaks, series, MetricsConfig.MOVING_AVERAGE_YEARS - 1)));
        trends.put(MetricColumns.INDEX,
                Metrics.index(value, baseValue, coalesce(breaks.notEqual(breaksAtBase), lit(false))));
        return withBreaks.withColumns(trends).drop(BREAKS);
    }

    /** Whether a break lies in (t−years, t]. Never null: before the series starts there is no break. */
    private static Column breakWithin(Column breaks, WindowSpec series, int years) {
        return breaks.minus(lag(breaks, years, 0).over(series)).gt(0);
    }

    static Column[] columns(List<String> names) {
        return names.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }
}
