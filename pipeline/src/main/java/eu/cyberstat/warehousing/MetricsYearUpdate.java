package eu.cyberstat.warehousing;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The figures of an annual run replacing the reference year's partition of the {@code metrics}
 * table: exactly the published figures, even none (the year's partition is named, so that a run
 * that publishes nothing still replaces what an earlier run published).
 */
public final class MetricsYearUpdate implements PendingUpdate<List<String>, Commit> {

    private final ParquetTable table;
    private final MetricsRun run;
    private final Dataset<Row> rows;

    MetricsYearUpdate(ParquetTable table, MetricsRun run, Dataset<Row> rows) {
        this.table = table;
        this.run = run;
        this.rows = rows;
    }

    /** The partition replaced: the reference year. */
    @Override
    public List<String> apply() {
        return List.of(Integer.toString(run.referenceYear()));
    }

    @Override
    public Commit commit() {
        return table.replacePartitions(ParquetTable.newCommitId(), rows, List.of(apply()), run.properties());
    }
}
