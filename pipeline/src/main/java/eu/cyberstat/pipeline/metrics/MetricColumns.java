package eu.cyberstat.pipeline.metrics;

import eu.cyberstat.figure.FigureColumn;
import eu.cyberstat.figure.FigureColumns;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The published columns as Spark sees them: names for column expressions and the schemas of
 * the published figures and of the warehouse table {@code metrics}, all derived from the
 * published-figure contract ({@link FigureColumns}), which defines each column once.
 */
public final class MetricColumns {

    public static final String GEO = FigureColumns.GEO.name();
    public static final String OFFENCE = FigureColumns.OFFENCE.name();
    public static final String ICCS = FigureColumns.ICCS.name();
    public static final String INDICATOR = FigureColumns.INDICATOR.name();
    public static final String YEAR = FigureColumns.YEAR.name();
    public static final String VALUE = FigureColumns.VALUE.name();
    public static final String RATE = FigureColumns.RATE.name();
    public static final String YOY_ABS = FigureColumns.YOY_ABS.name();
    public static final String YOY_PCT = FigureColumns.YOY_PCT.name();
    public static final String CAGR_5Y = FigureColumns.CAGR_5Y.name();
    public static final String MA_3Y = FigureColumns.MA_3Y.name();
    public static final String INDEX = FigureColumns.INDEX.name();
    public static final String SHARE_OF_TOTAL = FigureColumns.SHARE_OF_TOTAL.name();
    public static final String RANK = FigureColumns.RANK.name();
    public static final String FLAGS = FigureColumns.FLAGS.name();
    public static final String COUNTRIES_COVERED = FigureColumns.COUNTRIES_COVERED.name();
    public static final String POPULATION_COVERED_PCT = FigureColumns.POPULATION_COVERED_PCT.name();
    public static final String PANEL_VALUE = FigureColumns.PANEL_VALUE.name();
    public static final String PANEL_COUNTRIES = FigureColumns.PANEL_COUNTRIES.name();
    public static final String CONF_STATUS = FigureColumns.CONF_STATUS.name();

    /** Partition column of the warehouse table {@code metrics}. */
    public static final String REFERENCE_YEAR = "reference_year";
    /** The run that computed a row (warehouse table only). */
    public static final String RUN_ID = "run_id";

    /** Every published decimal figure is rounded half-up to this many decimals. */
    public static final int DECIMALS = FigureColumn.DECIMALS;

    private static final StructType PUBLISHED = new StructType(FigureColumns.PUBLISHED.stream()
            .map(c -> DataTypes.createStructField(c.name(), sparkType(c.type()), c.nullable()))
            .toArray(StructField[]::new));

    private MetricColumns() {
    }

    /** The published columns in file order. */
    public static List<String> published() {
        return FigureColumns.names();
    }

    /** Schema of the published figures. */
    public static StructType publishedSchema() {
        return PUBLISHED;
    }

    /** Schema of the warehouse table: the published figures, the run, the reference year. */
    public static StructType tableSchema() {
        return PUBLISHED
                .add(DataTypes.createStructField(RUN_ID, DataTypes.StringType, false))
                .add(DataTypes.createStructField(REFERENCE_YEAR, DataTypes.IntegerType, false));
    }

    /** Type of a published column by name. */
    public static DataType typeOf(String column) {
        return PUBLISHED.apply(column).dataType();
    }

    /** Columns holding decimal figures, each rounded to {@link #DECIMALS}. */
    public static List<String> decimalColumns() {
        return FigureColumns.PUBLISHED.stream().filter(c -> c.type() == FigureColumn.Type.DECIMAL)
                .map(FigureColumn::name).toList();
    }

    private static DataType sparkType(FigureColumn.Type type) {
        return switch (type) {
            case TEXT -> DataTypes.StringType;
            case INTEGER -> DataTypes.IntegerType;
            case WHOLE -> DataTypes.LongType;
            case DECIMAL -> DataTypes.DoubleType;
        };
    }
}
