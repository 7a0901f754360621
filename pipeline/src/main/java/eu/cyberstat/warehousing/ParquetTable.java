package eu.cyberstat.warehousing;

import eu.cyberstat.failure.StorageException;
import eu.cyberstat.warehousing.Commit;
import eu.cyberstat.warehousing.CommitLog;
import eu.cyberstat.warehousing.Snapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A Parquet table of the warehouse with atomic, partition-wise replacement and time travel.
 *
 * <p>Each commit writes its rows, partitioned, into an immutable folder
 * {@code data/<commitColumn>=<id>/<partition dirs>/}; its log entry (see {@link CommitLog})
 * names the partitions it now owns. Reading as of an instant takes, for every partition, the
 * folder of its last commit, so a rerun replaces and never duplicates, and a crash before the
 * log entry leaves the table as it was. The commit id is exposed as a column of the rows read.
 */
public final class ParquetTable {

    private final WarehouseStorage storage;
    private final Path root;
    private final Path staging;
    private final StructType schema;
    private final List<String> partitionColumns;
    private final String commitColumn;
    private final CommitLog log;

    /**
     * @param schema           every column of the rows, partition columns included
     * @param partitionColumns the columns whose values a commit replaces as a whole
     * @param commitColumn     name of the column that carries the commit id when reading
     */
    ParquetTable(Path root, Path staging, StructType schema, List<String> partitionColumns, String commitColumn) {
        this(LocalStorage.INSTANCE, root, staging, schema, partitionColumns, commitColumn);
    }

    ParquetTable(WarehouseStorage storage, Path root, Path staging, StructType schema, List<String> partitionColumns,
                 String commitColumn) {
        for (String p : partitionColumns) {
            schema.apply(p); // throws if the partition column is not in the schema
        }
        this.storage = storage;
        this.root = root;
        this.staging = staging;
        this.schema = schema;
        this.partitionColumns = List.copyOf(partitionColumns);
        this.commitColumn = commitColumn;
        this.log = new CommitLog(storage, root.resolve("_log"));
    }

    public Snapshot snapshot(Instant asOf) {
        return log.snapshot(asOf);
    }

    /** Rows written under a staging folder, not yet part of the table. */
    record StagedData(String commitId, Path folder, Set<List<String>> partitions) {
    }

    /** Writes rows to a staging folder, partitioned; nothing becomes visible. */
    StagedData stage(String commitId, Dataset<Row> rows) {
        Path folder = staging.resolve(root.getFileName() + "-" + commitId + "-" + UUID.randomUUID());
        Column[] columns = schema.fieldNames().length == 0 ? new Column[0]
                : Stream.of(schema.fieldNames()).map(rows::col).toArray(Column[]::new);
        try {
            rows.select(columns).write().mode(SaveMode.ErrorIfExists)
                    .partitionBy(partitionColumns.toArray(String[]::new))
                    .parquet(storage.describe(folder)); // a Hadoop URI goes to Spark as it is
        } catch (Exception e) {
            // Spark wraps a task's I/O failure (a full disk) in several layers, the outermost a SparkException,
            // which is checked yet thrown undeclared from Scala (hence Exception here): say what the system said.
            if (isStorageFailure(e)) {
                throw storage.failure("write", staging, e);
            }
            throw e;
        }
        return new StagedData(commitId, folder, writtenPartitions(folder));
    }

    private static boolean isStorageFailure(Throwable e) {
        for (Throwable c = e; c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof IOException || c instanceof StorageException) {
                return true;
            }
        }
        return false;
    }

    /** Moves staged rows into the table's data folder (still invisible); returns its path relative to the table. */
    String moveIntoPlace(StagedData staged) {
        String relative = "data/" + commitColumn + "=" + ExternalCatalogUtils.escapePathName(staged.commitId());
        storage.moveIntoPlace(staged.folder(), root.resolve(relative));
        return relative;
    }

    /**
     * Publishes staged rows: moves them into place and appends the one log entry that makes them
     * the content of their partitions and of {@code alsoReplace} (which may be replaced by nothing).
     */
    Commit commit(StagedData staged, Collection<List<String>> alsoReplace, Map<String, String> properties) {
        Set<List<String>> partitions = new LinkedHashSet<>(staged.partitions());
        partitions.addAll(alsoReplace);
        String dataDir = moveIntoPlace(staged);
        return log.append(staged.commitId(), dataDir, sorted(partitions), properties);
    }

    /**
     * Replaces the content of every partition present in {@code rows}, and of {@code alsoReplace}
     * (which may be replaced by nothing), in one atomic commit. The warehouse's operations
     * ({@link Warehouse}) are built on this; it is not for use outside them.
     */
    Commit replacePartitions(String commitId, Dataset<Row> rows, Collection<List<String>> alsoReplace,
                             Map<String, String> properties) {
        return commit(stage(commitId, rows), alsoReplace, properties);
    }

    Commit replacePartitions(Dataset<Row> rows, Map<String, String> properties) {
        return replacePartitions(newCommitId(), rows, List.of(), properties);
    }

    Commit replacePartitions(Dataset<Row> rows, Set<List<String>> partitions, Map<String, String> properties) {
        return replacePartitions(newCommitId(), rows, partitions, properties);
    }

    /** Removes a staged folder that will not be committed (rows that turned out to replace nothing). */
    void deleteStaged(StagedData staged) {
        storage.deleteTree(staged.folder());
    }

    /** A new, sortable commit id. */
    static String newCommitId() {
        return "C" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS")
                .withZone(java.time.ZoneOffset.UTC).format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The table's rows as of {@code asOf} (null: latest), with the commit id column. */
    public Dataset<Row> read(SparkSession spark, Instant asOf) {
        return readSnapshot(spark, snapshot(asOf));
    }

    public Dataset<Row> readSnapshot(SparkSession spark, Snapshot snapshot) {
        StructType withCommit = schema.add(commitColumn, DataTypes.StringType, false);
        List<String> paths = new ArrayList<>();
        for (Commit commit : snapshot.effectiveCommits()) {
            Path commitDir = root.resolve(commit.dataDir());
            for (List<String> partition : snapshot.partitionsOwnedBy(commit)) {
                Path dir = commitDir.resolve(partitionPath(partition));
                if (storage.isDirectory(dir)) {
                    paths.add(storage.describe(dir));
                }
            }
        }
        if (paths.isEmpty()) {
            return spark.createDataFrame(List.of(), withCommit);
        }
        Dataset<Row> rows = spark.read().schema(withCommit).option("basePath", storage.describe(root.resolve("data")))
                .parquet(paths.toArray(String[]::new));
        // Columns in schema order, commit column last, whatever order Spark put partition columns in.
        return rows.select(Stream.of(withCommit.fieldNames()).map(rows::col).toArray(Column[]::new));
    }

    private String partitionPath(List<String> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < partitionColumns.size(); i++) {
            if (i > 0) {
                sb.append('/');
            }
            sb.append(partitionColumns.get(i)).append('=')
                    .append(ExternalCatalogUtils.escapePathName(values.get(i)));
        }
        return sb.toString();
    }

    /** The partitions Spark wrote, read back from the folder names. */
    private Set<List<String>> writtenPartitions(Path folder) {
        Set<List<String>> partitions = new LinkedHashSet<>();
        if (partitionColumns.isEmpty()) {
            partitions.add(List.of());
            return partitions;
        }
        List<Path> level = List.of(folder);
        for (int depth = 0; depth < partitionColumns.size(); depth++) {
            level = level.stream().flatMap(d -> storage.list(d).stream()).filter(storage::isDirectory).toList();
        }
        for (Path d : level) {
            Path rel = folder.relativize(d);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < rel.getNameCount(); i++) {
                String name = rel.getName(i).toString();
                values.add(ExternalCatalogUtils.unescapePathName(name.substring(name.indexOf('=') + 1)));
            }
            partitions.add(values);
        }
        return partitions;
    }

    private static List<List<String>> sorted(Set<List<String>> partitions) {
        return partitions.stream().sorted((a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b))).toList();
    }
}
