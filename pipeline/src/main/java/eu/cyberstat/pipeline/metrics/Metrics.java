package eu.cyberstat.pipeline.metrics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_remove;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * Every metric formula, defined once, as a Spark column expression. A formula yields null (never
 * zero) where the figure cannot be computed: a missing input, a zero denominator, or a break in
 * series between the years it compares. The {@code breakBetween} arguments are boolean columns
 * that are never null (see {@link SeriesTrends}). docs/metrics.md states each formula in words.
 */
public final class Metrics {

    private static final double PER_INHABITANTS = 100_000d;

    private Metrics() {
    }

    /** Rate per 100 000 inhabitants: {@code value × 100 000 / population}; null without a population. */
    public static Column ratePer100k(Column value, Column population) {
        return when(population.gt(0), try_divide(value.cast("double").multiply(PER_INHABITANTS), population.cast("double")));
    }

    /** Year-on-year change: {@code v(t) − v(t−1)}; null when either is missing or across a break. */
    public static Column yoyAbsolute(Column current, Column previous, Column breakBetween) {
        return when(not(breakBetween), current.minus(previous));
    }

    /** Year-on-year change in %: {@code (v(t) − v(t−1)) / v(t−1) × 100}; null when {@code v(t−1) = 0}. */
    public static Column yoyPercent(Column current, Column previous, Column breakBetween) {
        return when(not(breakBetween).and(previous.notEqual(0)),
                percentOf(current.minus(previous), previous));
    }

    /**
     * Compound annual growth in % over {@code years}: {@code ((v(t) / v(t−years))^(1/years) − 1) × 100};
     * null when either end is missing or zero, or a break lies inside the span.
     */
    public static Column cagrPercent(Column current, Column start, int years, Column breakBetween) {
        Column ratio = try_divide(current.cast("double"), start.cast("double"));
        return when(not(breakBetween).and(start.gt(0)).and(current.gt(0)),
                pow(ratio, 1.0 / years).minus(1).multiply(100));
    }

    /** Moving average: the mean of the given years, only when every one is present and no break lies between them. */
    public static Column movingAverage(List<Column> values, Column breakBetween) {
        Column allPresent = values.stream().map(Column::isNotNull).reduce(Column::and).orElseThrow();
        Column sum = values.stream().reduce(Column::plus).orElseThrow();
        return when(allPresent.and(not(breakBetween)), sum.cast("double").divide(values.size()));
    }

    /** Index: {@code v(t) / v(base) × 100}; null when the base is missing or zero, or across a break. */
    public static Column index(Column current, Column base, Column breakBetween) {
        return when(not(breakBetween).and(base.notEqual(0)), percentOf(current, base));
    }

    /** Share in % of a total: {@code part / total × 100}; null when the total is missing or zero. */
    public static Column sharePercent(Column part, Column total) {
        return when(total.notEqual(0), percentOf(part, total));
    }

    /** Whether a rate from this many events is of low reliability ({@code u}). */
    public static Column isLowReliability(Column events) {
        return events.lt(MetricsConfig.LOW_RELIABILITY_EVENTS);
    }

    /** A published decimal figure: rounded half-up to {@link MetricColumns#DECIMALS}. */
    public static Column published(Column figure) {
        return round(figure, MetricColumns.DECIMALS);
    }

    /** Whether a flag string holds a flag letter; false for a missing string. */
    public static Column hasFlag(Column flags, char flag) {
        return coalesce(flags.contains(String.valueOf(flag)), lit(false));
    }

    /**
     * The union of an array of flag strings, in the canonical form of
     * {@link eu.cyberstat.reference.Flags}: distinct letters, sorted ("pb", "e" → "bep"). Null
     * elements are ignored; the union of nothing is "".
     */
    public static Column flagUnion(Column flagStrings) {
        Column letters = array_remove(split(concat_ws("", flagStrings), ""), "");
        return array_join(array_sort(array_distinct(letters)), "");
    }

    /** The union of several flag string columns. */
    public static Column flagUnion(Column first, Column... more) {
        Column[] all = new Column[more.length + 1];
        all[0] = first;
        System.arraycopy(more, 0, all, 1, more.length);
        return flagUnion(array(Arrays.stream(all).map(c -> coalesce(c, lit(""))).toArray(Column[]::new)));
    }

    /** The flags with one letter removed. */
    public static Column withoutFlag(Column flags, char flag) {
        return array_join(array_remove(split(coalesce(flags, lit("")), ""), String.valueOf(flag)), "");
    }

    /** The flags with one letter added where the condition holds. */
    public static Column withFlagWhere(Column flags, char flag, Column condition) {
        return when(coalesce(condition, lit(false)), flagUnion(flags, lit(String.valueOf(flag)))).otherwise(flags);
    }

    private static Column percentOf(Column part, Column whole) {
        return try_divide(part.cast("double").multiply(100), whole.cast("double"));
    }
}
