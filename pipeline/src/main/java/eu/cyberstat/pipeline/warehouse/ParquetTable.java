package eu.cyberstat.pipeline.warehouse;

import static org.apache.spark.sql.functions.col;

import eu.cyberstat.ingest.store.Commit;
import eu.cyberstat.ingest.store.CommitLog;
import eu.cyberstat.ingest.store.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

// LOCAL SCAFFOLD, NOT COMMITTED.
public final class ParquetTable {
    private final Path dir;
    private final StructType schema;
    private final List<String> partitionColumns;
    private final CommitLog log;

    ParquetTable(Path dir, StructType schema, List<String> partitionColumns) {
        this.dir = dir;
        this.schema = schema;
        this.partitionColumns = partitionColumns;
        this.log = new CommitLog(dir.resolve("_log"));
    }

    public Snapshot snapshot(Instant asOf) {
        return log.snapshot(asOf);
    }

    public Commit replacePartitions(Dataset<Row> rows, Map<String, String> properties) {
        Set<List<String>> parts = new HashSet<>();
        for (Row r : rows.select(partitionColumns.stream().map(c -> col(c).cast("string")).toArray(Column[]::new))
                .distinct().collectAsList()) {
            List<String> p = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                p.add(r.getString(i));
            }
            parts.add(p);
        }
        return replacePartitions(rows, parts, properties);
    }

    public Commit replacePartitions(Dataset<Row> rows, Set<List<String>> partitions, Map<String, String> properties) {
        String id = UUID.randomUUID().toString();
        String dataDir = "data/commit_id=" + id;
        rows.write().partitionBy(partitionColumns.toArray(String[]::new)).parquet(dir.resolve(dataDir).toString());
        return log.append(id, dataDir, new ArrayList<>(partitions), properties);
    }

    public Dataset<Row> read(SparkSession spark, Instant asOf) {
        Snapshot s = log.snapshot(asOf);
        Dataset<Row> all = null;
        for (Commit c : s.effectiveCommits()) {
            Path d = dir.resolve(c.dataDir());
            if (!Files.isDirectory(d)) {
                continue;
            }
            Dataset<Row> part = spark.read().parquet(d.toString());
            Column keep = null;
            for (List<String> p : s.partitionsOwnedBy(c)) {
                Column m = null;
                for (int i = 0; i < partitionColumns.size(); i++) {
                    Column e = col(partitionColumns.get(i)).cast("string").equalTo(p.get(i));
                    m = m == null ? e : m.and(e);
                }
                keep = keep == null ? m : keep.or(m);
            }
            part = part.filter(keep);
            all = all == null ? part : all.unionByName(part, true);
        }
        return all;
    }
}
