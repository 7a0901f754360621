package eu.cyberstat.pipeline.metrics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.reference.Flags;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The named formulas on one-row frames, against values worked out by hand. */
class MetricsFormulaTest {

    private static Object eval(Column expression, Object a, Object b) {
        StructType schema = new StructType().add("a", DataTypes.LongType).add("b", DataTypes.LongType);
        Dataset<Row> one = TestSpark.session().createDataFrame(List.of(RowFactory.create(a, b)), schema);
        return one.select(expression).first().get(0);
    }

    private static String flags(Column expression, String a, String b) {
        StructType schema = new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType);
        Dataset<Row> one = TestSpark.session().createDataFrame(List.of(RowFactory.create(a, b)), schema);
        return one.select(expression).first().getString(0);
    }

    @Test
    void changes() {
        Column noBreak = lit(false);
        assertThat(eval(Metrics.yoyAbsolute(col("a"), col("b"), noBreak), 120L, 100L)).isEqualTo(20L);
        assertThat(eval(Metrics.yoyPercent(col("a"), col("b"), noBreak), 120L, 100L)).isEqualTo(20.0);
        assertThat(eval(Metrics.yoyPercent(col("a"), col("b"), noBreak), 5L, 0L)).as("from zero").isNull();
        assertThat(eval(Metrics.yoyAbsolute(col("a"), col("b"), lit(true)), 120L, 100L)).as("break").isNull();
        assertThat(eval(Metrics.yoyAbsolute(col("a"), col("b"), noBreak), 120L, null)).isNull();
    }

    @Test
    void growthIndexShareAndRate() {
        Column noBreak = lit(false);
        // (161.051 / 100)^(1/5) = 1.1 exactly in decimal: 10 %
        assertThat((Double) eval(Metrics.cagrPercent(col("a"), col("b"), 5, noBreak), 161051L, 100000L))
                .isCloseTo(10.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(eval(Metrics.cagrPercent(col("a"), col("b"), 5, noBreak), 0L, 100L)).as("to zero").isNull();
        assertThat(eval(Metrics.cagrPercent(col("a"), col("b"), 5, noBreak), 10L, 0L)).as("from zero").isNull();
        assertThat(eval(Metrics.index(col("a"), col("b"), noBreak), 150L, 120L)).isEqualTo(125.0);
        assertThat(eval(Metrics.index(col("a"), col("b"), noBreak), 150L, 0L)).isNull();
        assertThat(eval(Metrics.sharePercent(col("a"), col("b")), 1L, 8L)).isEqualTo(12.5);
        assertThat(eval(Metrics.ratePer100k(col("a"), col("b")), 123L, 1_000_000L)).isEqualTo(12.3);
        assertThat(eval(Metrics.ratePer100k(col("a"), col("b")), 123L, null)).as("no population").isNull();
        assertThat(eval(Metrics.movingAverage(List.of(col("a"), col("b"), lit(3L)), noBreak), 1L, 2L)).isEqualTo(2.0);
        assertThat(eval(Metrics.movingAverage(List.of(col("a"), col("b"), lit(3L)), noBreak), 1L, null)).isNull();
        assertThat(eval(Metrics.isLowReliability(col("a")), 19L, 0L)).isEqualTo(true);
        assertThat(eval(Metrics.isLowReliability(col("a")), 20L, 0L)).isEqualTo(false);
        assertThat(eval(Metrics.published(lit(2.675)), 0L, 0L)).as("half up on the decimal").isEqualTo(2.68);
    }

    @Test
    void flagsCombineLikeTheReferenceFlags() {
        for (String[] pair : Arrays.asList(new String[] {"pb", "e"}, new String[] {"", ""}, new String[] {null, "bp"},
                new String[] {"c", null}, new String[] {"bep", "bu"})) {
            String expected = Flags.union(pair[0], pair[1]);
            assertThat(flags(Metrics.flagUnion(col("a"), col("b")), pair[0], pair[1])).as(Arrays.toString(pair))
                    .isEqualTo(expected);
            assertThat(flags(Metrics.flagUnion(array(col("a"), col("b"))), pair[0], pair[1])).isEqualTo(expected);
        }
        assertThat(flags(Metrics.withoutFlag(col("a"), 'c'), "bcp", null)).isEqualTo("bp");
        assertThat(flags(Metrics.withoutFlag(col("a"), 'c'), null, null)).isEmpty();
        assertThat(flags(Metrics.withFlagWhere(col("a"), 'u', lit(true)), "p", null)).isEqualTo("pu");
        assertThat(flags(Metrics.withFlagWhere(col("a"), 'u', lit(false)), "p", null)).isEqualTo("p");
        assertThat(flags(Metrics.withFlagWhere(col("a"), 'u', lit(null).cast("boolean")), "p", null)).isEqualTo("p");
        StructType schema = new StructType().add("a", DataTypes.StringType);
        Dataset<Row> rows = TestSpark.session().createDataFrame(List.of(RowFactory.create((Object) null)), schema);
        assertThat(rows.select(Metrics.hasFlag(col("a"), 'b')).first().getBoolean(0)).isFalse();
    }
}
