package eu.cyberstat.pipeline.metrics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import eu.cyberstat.reference.Flags;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.OffenceClassification;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Completes each country's figures up the offence classification (offences → groups → total).
 *
 * <p>The rules, per country × indicator × year and parent offence:
 * <ul>
 *   <li>a value reported for the parent wins;</li>
 *   <li>otherwise the parent is the sum of its children, only when every child has a value
 *       (a partial sum would understate it); the derived value carries the union of the
 *       children's flags except {@code c}, and of the flags of a parent row reported without a
 *       value (a {@code ": c"} parent stays confidential once derived; a confidential child is
 *       protected by secondary suppression, not by hiding every parent above it);</li>
 *   <li>a reported parent is checked against its children: it must equal their sum when every
 *       child is present, and cannot be less than the sum of those present. Each mismatch is a
 *       {@link Mismatch}; the reported figure is kept.</li>
 * </ul>
 * Parents are resolved bottom-up, so a group derived from its offences counts as present when
 * the total is derived from the groups. All of this holds only for additive indicators (offences
 * recorded); persons (suspects, victims, ...) count once per category however many offences, so
 * their parents are only ever what was reported.
 */
final class GroupDerivation {

    static final String DERIVED = "derived";

    private static final String PARENT = "_parent";
    private static final String SIBLINGS = "_siblings";
    private static final String PRESENT = "_present";
    private static final String CHILD_SUM = "_child_sum";
    private static final String CHILD_FLAGS = "_child_flags";
    private static final String REPORTED_VALUE = "_reported_value";
    private static final String REPORTED_FLAGS = "_reported_flags";
    private static final String CHILDREN_SUM = "_children_sum";
    private static final String CHILDREN_COMPLETE = "_children_complete";

    private static final String[] CELL = {
        MetricColumns.GEO, MetricColumns.INDICATOR, MetricColumns.YEAR, MetricColumns.OFFENCE};

    private final OffenceClassification offences;
    private final Set<String> additiveIndicators;

    /** @param additiveIndicators the indicators whose parents are sums of their children (indicators.csv) */
    GroupDerivation(OffenceClassification offences, Set<String> additiveIndicators) {
        this.offences = offences;
        this.additiveIndicators = additiveIndicators;
    }

    /** A reported parent figure that does not agree with its children. */
    record Mismatch(String geo, String offence, String indicator, int year, long reported, long childrenSum,
                    boolean childrenComplete) {
    }

    /**
     * @param reported one row per country × offence × indicator × year:
     *                 {@code geo, offence, indicator, year, value (nullable), flags}
     * @return the same rows plus every parent derived from its children, with the columns
     *         {@code derived} (the value is a sum of children), {@code _children_sum} and
     *         {@code _children_complete} (what the parent was checked against; see
     *         {@link #mismatches(Dataset)})
     */
    Dataset<Row> derive(Dataset<Row> reported) {
        SparkSession spark = reported.sparkSession();
        Dataset<Row> hierarchy = broadcast(hierarchy(spark));
        Set<String> parents = offences.all().stream()
                .filter(o -> !offences.children(o.code()).isEmpty()).map(Offence::code).collect(Collectors.toSet());

        Dataset<Row> resolved = reported.filter(not(col(MetricColumns.OFFENCE).isin(parents.toArray())))
                .select(col(MetricColumns.GEO), col(MetricColumns.OFFENCE), col(MetricColumns.INDICATOR),
                        col(MetricColumns.YEAR), col(MetricColumns.VALUE), col(MetricColumns.FLAGS),
                        lit(false).as(DERIVED), lit(null).cast(DataTypes.LongType).as(CHILDREN_SUM),
                        lit(false).as(CHILDREN_COMPLETE));
        List<Integer> parentLevels = offences.all().stream().filter(o -> parents.contains(o.code()))
                .map(Offence::level).distinct().sorted(Comparator.reverseOrder()).toList();
        for (int level : parentLevels) {
            List<String> levelParents = offences.all().stream()
                    .filter(o -> o.level() == level && parents.contains(o.code())).map(Offence::code).toList();
            Dataset<Row> children = resolved
                    .filter(col(MetricColumns.INDICATOR).isin(additiveIndicators.toArray()))
                    .join(hierarchy, resolved.col(MetricColumns.OFFENCE).equalTo(hierarchy.col("_child")))
                    .filter(col(PARENT).isin(levelParents.toArray()))
                    .groupBy(col(MetricColumns.GEO), col(MetricColumns.INDICATOR), col(MetricColumns.YEAR),
                            col(PARENT).as(MetricColumns.OFFENCE))
                    .agg(count(col(MetricColumns.VALUE)).as(PRESENT),
                            first(col(SIBLINGS)).as(SIBLINGS),
                            sum(col(MetricColumns.VALUE)).as(CHILD_SUM),
                            Metrics.flagUnion(collect_list(when(col(MetricColumns.VALUE).isNotNull(),
                                    col(MetricColumns.FLAGS)))).as(CHILD_FLAGS));
            Dataset<Row> direct = reported.filter(col(MetricColumns.OFFENCE).isin(levelParents.toArray()))
                    .select(col(MetricColumns.GEO), col(MetricColumns.INDICATOR), col(MetricColumns.YEAR),
                            col(MetricColumns.OFFENCE), col(MetricColumns.VALUE).as(REPORTED_VALUE),
                            col(MetricColumns.FLAGS).as(REPORTED_FLAGS));

            Column reportedValue = col(REPORTED_VALUE);
            Column complete = coalesce(col(PRESENT).equalTo(col(SIBLINGS)), lit(false));
            Column derivable = reportedValue.isNull().and(complete);
            Dataset<Row> parentRows = direct.join(children, CELL, "full_outer")
                    .filter(reportedValue.isNotNull().or(col(REPORTED_FLAGS).isNotNull()).or(complete))
                    .select(col(MetricColumns.GEO), col(MetricColumns.OFFENCE), col(MetricColumns.INDICATOR),
                            col(MetricColumns.YEAR),
                            when(derivable, col(CHILD_SUM)).otherwise(reportedValue).as(MetricColumns.VALUE),
                            // A child's c does not make its parent confidential: secondary suppression decides
                            // whether the parent must be withheld to protect the child.
                            when(derivable, Metrics.flagUnion(
                                    Metrics.withoutFlag(col(CHILD_FLAGS), Flags.CONFIDENTIAL), col(REPORTED_FLAGS)))
                                    .otherwise(col(REPORTED_FLAGS)).as(MetricColumns.FLAGS),
                            derivable.as(DERIVED), col(CHILD_SUM).as(CHILDREN_SUM), complete.as(CHILDREN_COMPLETE));
            resolved = resolved.unionByName(parentRows);
        }
        return resolved;
    }

    /** The columns of {@link #derive} that only serve the consistency check. */
    static String[] checkColumns() {
        return new String[] {CHILDREN_SUM, CHILDREN_COMPLETE};
    }

    /**
     * The reported parents that disagree with their children, from the result of
     * {@link #derive}: unequal to the sum of a complete set of children, or less than the sum
     * of those present.
     */
    static List<Mismatch> mismatches(Dataset<Row> derived) {
        Column value = col(MetricColumns.VALUE);
        Column childrenSum = col(CHILDREN_SUM);
        Column disagrees = not(col(DERIVED)).and(value.isNotNull()).and(childrenSum.isNotNull())
                .and(when(col(CHILDREN_COMPLETE), value.notEqual(childrenSum)).otherwise(value.lt(childrenSum)));
        List<Mismatch> list = new ArrayList<>();
        for (Row r : derived.filter(disagrees)
                .select(MetricColumns.GEO, MetricColumns.OFFENCE, MetricColumns.INDICATOR, MetricColumns.YEAR,
                        MetricColumns.VALUE, CHILDREN_SUM, CHILDREN_COMPLETE)
                .collectAsList()) {
            list.add(new Mismatch(r.getString(0), r.getString(1), r.getString(2), r.getInt(3), r.getLong(4),
                    r.getLong(5), r.getBoolean(6)));
        }
        // Ordered here: a sort in Spark would cost a job of its own (sampling the range partitions).
        list.sort(Comparator.comparing(Mismatch::geo).thenComparingInt(Mismatch::year)
                .thenComparing(Mismatch::indicator).thenComparing(Mismatch::offence));
        return list;
    }

    /** child → parent, with the number of children the parent has in the classification. */
    private Dataset<Row> hierarchy(SparkSession spark) {
        List<Row> rows = new ArrayList<>();
        for (Offence o : offences.all()) {
            o.parentCode().ifPresent(p -> rows.add(RowFactory.create(o.code(), p, offences.children(p).size())));
        }
        StructType schema = new StructType()
                .add("_child", DataTypes.StringType, false)
                .add(PARENT, DataTypes.StringType, false)
                .add(SIBLINGS, DataTypes.IntegerType, false);
        return spark.createDataFrame(rows, schema);
    }
}
