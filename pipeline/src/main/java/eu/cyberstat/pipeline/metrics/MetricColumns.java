package eu.cyberstat.pipeline.metrics;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of the published metrics, in the order of {@code metrics-YYYY.csv}, with their
 * types and the decimals they are rounded to. docs/metrics.md defines each one.
 */
public final class MetricColumns {

    public static final String GEO = "geo";
    public static final String OFFENCE = "offence";
    public static final String ICCS = "iccs";
    public static final String INDICATOR = "indicator";
    public static final String YEAR = "year";
    public static final String VALUE = "value";
    public static final String RATE = "rate_per_100k";
    public static final String YOY_ABS = "yoy_abs";
    public static final String YOY_PCT = "yoy_pct";
    public static final String CAGR_5Y = "cagr_5y";
    public static final String MA_3Y = "ma_3y";
    public static final String INDEX = "index";
    public static final String SHARE_OF_TOTAL = "share_of_total";
    public static final String RANK = "rank";
    public static final String FLAGS = "flags";
    public static final String COUNTRIES_COVERED = "countries_covered";
    public static final String POPULATION_COVERED_PCT = "population_covered_pct";
    /** EU rows: the sum over the panel that the EU trends are computed on. */
    public static final String PANEL_VALUE = "panel_value";
    /** EU rows: how many countries the panel holds. */
    public static final String PANEL_COUNTRIES = "panel_countries";
    /** Whether the value may be published: {@code F} free, {@code C} confidential, {@code S} withheld to protect one (SDMX CONF_STATUS). */
    public static final String CONF_STATUS = "conf_status";

    /** Partition column of the warehouse table {@code metrics}. */
    public static final String REFERENCE_YEAR = "reference_year";
    /** The run that computed a row (warehouse table only). */
    public static final String RUN_ID = "run_id";

    /** Every published decimal figure is rounded half-up to this many decimals. */
    public static final int DECIMALS = 2;

    private static final StructType PUBLISHED = new StructType(new StructField[] {
        field(GEO, DataTypes.StringType, false),
        field(OFFENCE, DataTypes.StringType, false),
        field(ICCS, DataTypes.StringType, false),
        field(INDICATOR, DataTypes.StringType, false),
        field(YEAR, DataTypes.IntegerType, false),
        field(VALUE, DataTypes.LongType, true),
        field(RATE, DataTypes.DoubleType, true),
        field(YOY_ABS, DataTypes.LongType, true),
        field(YOY_PCT, DataTypes.DoubleType, true),
        field(CAGR_5Y, DataTypes.DoubleType, true),
        field(MA_3Y, DataTypes.DoubleType, true),
        field(INDEX, DataTypes.DoubleType, true),
        field(SHARE_OF_TOTAL, DataTypes.DoubleType, true),
        field(RANK, DataTypes.IntegerType, true),
        field(FLAGS, DataTypes.StringType, false),
        field(COUNTRIES_COVERED, DataTypes.IntegerType, true),
        field(POPULATION_COVERED_PCT, DataTypes.DoubleType, true),
        field(PANEL_VALUE, DataTypes.LongType, true),
        field(PANEL_COUNTRIES, DataTypes.IntegerType, true),
        field(CONF_STATUS, DataTypes.StringType, true),
    });

    private MetricColumns() {
    }

    /** The published columns in file order. */
    public static List<String> published() {
        return List.of(PUBLISHED.fieldNames());
    }

    /** Schema of the published figures. */
    public static StructType publishedSchema() {
        return PUBLISHED;
    }

    /** Schema of the warehouse table: the published figures, the run, the reference year. */
    public static StructType tableSchema() {
        return PUBLISHED
                .add(field(RUN_ID, DataTypes.StringType, false))
                .add(field(REFERENCE_YEAR, DataTypes.IntegerType, false));
    }

    /** Type of a published column by name. */
    public static DataType typeOf(String column) {
        return PUBLISHED.apply(column).dataType();
    }

    /** Columns holding decimal figures, each rounded to {@link #DECIMALS}. */
    public static List<String> decimalColumns() {
        return published().stream().filter(c -> typeOf(c).equals(DataTypes.DoubleType)).toList();
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
