package eu.cyberstat.pipeline.alerts;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.when;

import eu.cyberstat.ingest.alerts.AlertStatus;
import eu.cyberstat.pipeline.run.OutputFile;
import eu.cyberstat.reference.OffenceClassification;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.reports.model.AlertFigure;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert-platform figures of a reference year, from the warehouse's alerts table: volume by
 * offence, platform, hosting country and month, year-on-year change, share forwarded to law
 * enforcement, median and 90th-percentile handling time (exact), top hosting countries and
 * duplicate rate. Every formula is in docs/alerts.md.
 *
 * <p>The annual run calls {@link #figures(int, Instant)} for the report and
 * {@link #writeCsv(List, Path, int)} for {@code alerts-YYYY.csv}. Spark reads only the columns it
 * needs of the reference year and the year before, and returns small aggregates; the sums and
 * ratios are then computed in plain Java ({@link AlertMeasures}).
 */
public final class AlertMetricsJob {

    private static final double MINUTES_PER_HOUR = 60.0;
    private static final Logger LOG = LoggerFactory.getLogger(AlertMetricsJob.class);

    private final SparkSession spark;
    private final AlertTables tables;
    private final OffenceClassification offences;

    public AlertMetricsJob(SparkSession spark, AlertTables tables) {
        this(spark, tables, ReferenceData.shipped().offences());
    }

    public AlertMetricsJob(SparkSession spark, AlertTables tables, OffenceClassification offences) {
        this.spark = spark;
        this.tables = tables;
        this.offences = offences;
    }

    /**
     * Every alert figure of {@code year}, in the order of {@code alerts-YYYY.csv}; empty when the
     * warehouse holds no alerts for that year.
     *
     * @param asOf read the warehouse as it was at this instant; null for its latest state
     */
    public List<AlertFigure> figures(int year, Instant asOf) {
        Dataset<Row> alerts = tables.alerts(spark, asOf)
                .where(col("month").geq(lit((year - 1) + "-01")).and(col("month").leq(lit(year + "-12"))))
                .withColumn("year", substring(col("month"), 1, 4).cast("int"))
                .withColumn("m", substring(col("month"), 6, 2).cast("int"));
        long t0 = System.nanoTime();
        List<AlertFigure> figures = new ArrayList<>(AlertMeasures.of(counts(alerts), year, offences));
        long t1 = System.nanoTime();
        Dataset<Row> ofYear = alerts.where(col("year").equalTo(year));
        figures.addAll(handlingTimes(ofYear, year));
        long t2 = System.nanoTime();
        figures.addAll(duplicateRates(ofYear, year));
        LOG.info("alert metrics {}: counts {} ms, handling times {} ms, duplicate rates {} ms", year, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        figures.sort(AlertMeasures.ORDER);
        return List.copyOf(figures);
    }

    /** Counts per year × month × platform × offence × hosting country: small, collected. */
    private List<AlertMeasures.Count> counts(Dataset<Row> alerts) {
        List<AlertMeasures.Count> counts = new ArrayList<>();
        for (Row r : alerts.groupBy(col("year"), col("m"), col("platform"), col("offence"),
                        coalesce(col("hosting_country"), lit(AlertMeasures.UNKNOWN_COUNTRY)).as("country"))
                .agg(count(lit(1)).as("n"),
                        sum(when(col("status").equalTo(AlertStatus.FORWARDED_LE.code()), 1).otherwise(0)).as("fle"))
                .collectAsList()) {
            counts.add(new AlertMeasures.Count(r.getInt(0), r.getInt(1), r.getString(2), r.getString(3), r.getString(4),
                    r.getLong(5), r.getLong(6)));
        }
        return counts;
    }

    /**
     * Exact median and 90th percentile of the handling time of closed alerts, in whole minutes,
     * per platform, offence (and offence group) and month, each possibly "all". Two small
     * aggregations feed {@link HandlingPercentiles}: memory depends on the number of cells and
     * buckets, never on the number of alerts.
     */
    private List<AlertFigure> handlingTimes(Dataset<Row> ofYear, int year) {
        Dataset<Row> closed = ofYear.where(col("closed_at").isNotNull())
                .select(col("platform"), col("offence"), col("m"),
                        floor(unix_micros(col("closed_at")).minus(unix_micros(col("received_at"))).divide(60_000_000L))
                                .as("minutes"))
                .withColumn("bucket", expr(HandlingPercentiles.bucketSql("minutes")));
        HandlingPercentiles percentiles = new HandlingPercentiles(offences);
        for (Row r : closed.groupBy("platform", "offence", "m", "bucket").agg(count(lit(1))).collectAsList()) {
            percentiles.addCoarse(new HandlingPercentiles.Cell(r.getString(0), r.getString(1), r.getInt(2)), r.getInt(3),
                    r.getLong(4));
        }
        List<Row> needed = percentiles.neededCellBuckets().stream()
                .map(k -> RowFactory.create(k.get(0), k.get(1), k.get(2), k.get(3))).toList();
        if (!needed.isEmpty()) {
            Dataset<Row> pairs = spark.createDataFrame(needed, new StructType().add("platform", DataTypes.StringType)
                    .add("offence", DataTypes.StringType).add("m", DataTypes.IntegerType).add("bucket", DataTypes.IntegerType));
            for (Row r : closed.join(broadcast(pairs), new String[] {"platform", "offence", "m", "bucket"}, "left_semi")
                    .groupBy("platform", "offence", "m", "bucket", "minutes").agg(count(lit(1))).collectAsList()) {
                percentiles.addExact(new HandlingPercentiles.Cell(r.getString(0), r.getString(1), r.getInt(2)),
                        r.getInt(3), r.getLong(4), r.getLong(5));
            }
        }
        List<AlertFigure> figures = new ArrayList<>();
        percentiles.percentiles().forEach((b, p) -> {
            figures.add(new AlertFigure(AlertMeasures.MEDIAN_HANDLING_HOURS, year, b.month(), b.platform(), b.offence(), "",
                    p[0] / MINUTES_PER_HOUR));
            figures.add(new AlertFigure(AlertMeasures.P90_HANDLING_HOURS, year, b.month(), b.platform(), b.offence(), "",
                    p[1] / MINUTES_PER_HOUR));
        });
        return figures;
    }

    /**
     * Share of alerts with a URL whose keyed URL hash was already reported earlier on the same
     * platform in the same year: (alerts with URL − distinct URL hashes) / alerts with URL, in %.
     */
    private List<AlertFigure> duplicateRates(Dataset<Row> ofYear, int year) {
        List<AlertFigure> figures = new ArrayList<>();
        long allAlerts = 0;
        long allDistinct = 0;
        for (Row r : ofYear.where(col("url_hmac").isNotNull()).groupBy(col("platform"))
                .agg(count(lit(1)).as("n"), countDistinct(col("url_hmac")).as("d")).collectAsList()) {
            long n = r.getLong(1);
            long d = r.getLong(2);
            allAlerts += n;
            allDistinct += d;
            figures.add(new AlertFigure(AlertMeasures.DUPLICATE_RATE, year, 0, r.getString(0), "", "", 100.0 * (n - d) / n));
        }
        if (allAlerts > 0) {
            figures.add(new AlertFigure(AlertMeasures.DUPLICATE_RATE, year, 0, "", "", "",
                    100.0 * (allAlerts - allDistinct) / allAlerts));
        }
        return figures;
    }

    /**
     * Writes {@code alerts-YYYY.csv} into {@code outDir} (replacing it atomically) and returns
     * its path.
     */
    public static Path writeCsv(List<AlertFigure> figures, Path outDir, int year) {
        OutputFile.write(outDir, fileName(year), (long) figures.size(), out -> writeCsv(figures, out));
        return outDir.resolve(fileName(year));
    }

    public static String fileName(int year) {
        return "alerts-" + year + ".csv";
    }

    /**
     * The CSV of the figures. Columns: measure, year, month, platform, offence, hosting_country,
     * value; values with at most 4 decimals, so that a rerun gives a byte-identical file.
     */
    public static void writeCsv(List<AlertFigure> figures, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("measure,year,month,platform,offence,hosting_country,value\n");
        for (AlertFigure f : figures) {
            w.write(f.measure() + "," + f.year() + "," + f.month() + "," + f.platform() + "," + f.offence() + ","
                    + f.hostingCountry() + "," + format(f.value()) + "\n");
        }
        w.flush();
    }

    static String format(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
