package eu.cyberstat.pipeline.alerts;

import eu.cyberstat.reference.OffenceClassification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exact percentiles of handling times (whole minutes) for every published breakdown, computed
 * from two small histograms instead of from every alert, so that memory does not grow with the
 * number of alerts:
 * <ol>
 *   <li>a coarse histogram of each <em>cell</em> (platform × offence × month) over logarithmic
 *       buckets ({@link #bucket}) tells, for each breakdown, which bucket holds the ranks the
 *       percentile needs and the rank within that bucket;</li>
 *   <li>the exact minute values of only those (cell, bucket) pairs then give the values at
 *       those ranks.</li>
 * </ol>
 * The percentile is the linear interpolation between the values at the closest ranks
 * ({@code (n − 1)·p}, as R's type 7, Excel's PERCENTILE.INC and Spark's {@code percentile}).
 */
final class HandlingPercentiles {

    static final double[] LEVELS = {0.5, 0.9};
    /** Buckets per doubling of the handling time: each spans about 4 % of its values. */
    private static final int BUCKETS_PER_OCTAVE = 16;

    /** platform × offence × month: the finest breakdown. */
    record Cell(String platform, String offence, int month) {
    }

    /** A published breakdown: "" = all platforms or offences, month 0 = the year. */
    record Breakdown(String platform, String offence, int month) {
    }

    /** Which bucket and which rank inside it a percentile level needs. */
    private record Need(int bucket, long rankInBucket) {
    }

    private final Map<Breakdown, TreeMap<Integer, Long>> coarse = new HashMap<>();
    private final Map<Breakdown, List<Cell>> cellsOf = new HashMap<>();
    private final Map<Breakdown, Need[]> needs = new HashMap<>();
    private final Map<Breakdown, long[]> totals = new HashMap<>();
    private final OffenceClassification offences;

    HandlingPercentiles(OffenceClassification offences) {
        this.offences = offences;
    }

    /**
     * Spark SQL expression of the bucket of a handling time: 0 for 0 minutes, then 16 per
     * doubling. Computed once, by Spark, for both steps, so both always agree on a boundary value.
     */
    static String bucketSql(String minutesColumn) {
        return "CAST(FLOOR(" + BUCKETS_PER_OCTAVE + " * (LN(1 + " + minutesColumn + ") / LN(2))) AS INT)";
    }

    /** Step 1: adds a cell's count of alerts in one bucket. */
    void addCoarse(Cell cell, int bucket, long count) {
        for (Breakdown b : breakdowns(cell)) {
            coarse.computeIfAbsent(b, k -> new TreeMap<>()).merge(bucket, count, Long::sum);
            cellsOf.computeIfAbsent(b, k -> new ArrayList<>()).add(cell);
        }
    }

    /** After step 1: the (cell, bucket) pairs whose exact values step 2 must read. */
    Set<List<Object>> neededCellBuckets() {
        Set<List<Object>> needed = new HashSet<>();
        coarse.forEach((breakdown, histogram) -> {
            long n = histogram.values().stream().mapToLong(Long::longValue).sum();
            Need[] need = new Need[LEVELS.length * 2];
            for (int i = 0; i < LEVELS.length; i++) {
                double h = (n - 1) * LEVELS[i];
                need[2 * i] = locate(histogram, (long) Math.floor(h));
                need[2 * i + 1] = locate(histogram, (long) Math.ceil(h));
            }
            needs.put(breakdown, need);
            totals.put(breakdown, new long[] {n});
            for (Cell cell : cellsOf.get(breakdown)) {
                for (Need x : need) {
                    needed.add(List.of(cell.platform(), cell.offence(), cell.month(), x.bucket()));
                }
            }
        });
        return needed;
    }

    private static Need locate(TreeMap<Integer, Long> histogram, long rank) {
        long before = 0;
        for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
            if (rank < before + e.getValue()) {
                return new Need(e.getKey(), rank - before);
            }
            before += e.getValue();
        }
        throw new IllegalStateException("rank " + rank + " beyond the histogram");
    }

    /** Step 2 input: exact counts of minute values of the needed (cell, bucket) pairs. */
    private final Map<List<Object>, TreeMap<Long, Long>> exact = new HashMap<>();

    void addExact(Cell cell, int bucket, long minutes, long count) {
        exact.computeIfAbsent(List.of(cell.platform(), cell.offence(), cell.month(), bucket), k -> new TreeMap<>())
                .merge(minutes, count, Long::sum);
    }

    /** The percentiles in minutes, per breakdown, in the order of {@link #LEVELS}. */
    Map<Breakdown, double[]> percentiles() {
        Map<Breakdown, double[]> result = new HashMap<>();
        needs.forEach((breakdown, need) -> {
            double[] values = new double[LEVELS.length];
            long n = totals.get(breakdown)[0];
            for (int i = 0; i < LEVELS.length; i++) {
                double h = (n - 1) * LEVELS[i];
                long lo = valueAt(breakdown, need[2 * i]);
                long hi = valueAt(breakdown, need[2 * i + 1]);
                values[i] = lo + (h - Math.floor(h)) * (hi - lo);
            }
            result.put(breakdown, values);
        });
        return result;
    }

    /** The minute value at a rank inside a bucket, merging the exact values of the breakdown's cells. */
    private long valueAt(Breakdown breakdown, Need need) {
        TreeMap<Long, Long> merged = new TreeMap<>();
        for (Cell cell : new HashSet<>(cellsOf.get(breakdown))) {
            TreeMap<Long, Long> values = exact.get(List.of(cell.platform(), cell.offence(), cell.month(), need.bucket()));
            if (values != null) {
                values.forEach((m, c) -> merged.merge(m, c, Long::sum));
            }
        }
        long before = 0;
        for (Map.Entry<Long, Long> e : merged.entrySet()) {
            if (need.rankInBucket() < before + e.getValue()) {
                return e.getKey();
            }
            before += e.getValue();
        }
        throw new IllegalStateException("exact values missing for " + breakdown);
    }

    /** The breakdowns a cell counts in: platform or all × its offence, its group or all × month or year. */
    private List<Breakdown> breakdowns(Cell cell) {
        List<Breakdown> list = new ArrayList<>();
        for (String platform : new String[] {cell.platform(), ""}) {
            for (int month : new int[] {cell.month(), 0}) {
                for (String offence : AlertMeasures.offenceLevels(cell.offence(), offences)) {
                    list.add(new Breakdown(platform, offence, month));
                }
            }
        }
        return list;
    }
}
