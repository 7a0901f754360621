package eu.cyberstat.pipeline.storage;

import eu.cyberstat.ingest.store.Commit;
import eu.cyberstat.ingest.store.CommitLog;
import eu.cyberstat.ingest.store.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    public ParquetTable(Path root, Path staging, StructType schema, List<String> partitionColumns, String commitColumn) {
        for (String p : partitionColumns) {
            schema.apply(p); // throws if the partition column is not in the schema
        }
        this.root = root;
        this.staging = staging;
        this.schema = schema;
        this.partitionColumns = List.copyOf(partitionColumns);
        this.commitColumn = commitColumn;
        this.log = new CommitLog(root.resolve("_log"));
    }

    public Snapshot snapshot(Instant asOf) {
        return log.snapshot(asOf);
    }

    /** Rows written under a staging folder, not yet part of the table. */
    public record StagedData(String commitId, Path folder, Set<List<String>> partitions) {
    }

    /** Writes rows to a staging folder, partitioned; nothing becomes visible. */
    public StagedData stage(String commitId, Dataset<Row> rows) {
        Path folder = staging.resolve(root.getFileName() + "-" + commitId + "-" + UUID.randomUUID());
        Column[] columns = schema.fieldNames().length == 0 ? new Column[0]
                : Stream.of(schema.fieldNames()).map(rows::col).toArray(Column[]::new);
        rows.select(columns).write().mode(SaveMode.ErrorIfExists)
                .partitionBy(partitionColumns.toArray(String[]::new))
                .parquet(folder.toString());
        return new StagedData(commitId, folder, writtenPartitions(folder));
    }

    /** Moves staged rows into the table's data folder; returns its path relative to the table. */
    public String moveIntoPlace(StagedData staged) {
        String relative = "data/" + commitColumn + "=" + ExternalCatalogUtils.escapePathName(staged.commitId());
        Path target = root.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Files.move(staged.folder(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + staged.folder() + " into " + target, e);
        }
        return relative;
    }

    /**
     * Replaces the content of every partition present in {@code rows}, and of {@code alsoReplace}
     * (which may be replaced by nothing), in one atomic commit.
     */
    public Commit replacePartitions(String commitId, Dataset<Row> rows, Collection<List<String>> alsoReplace,
                                    Map<String, String> properties) {
        StagedData staged = stage(commitId, rows);
        Set<List<String>> partitions = new LinkedHashSet<>(staged.partitions());
        partitions.addAll(alsoReplace);
        String dataDir = moveIntoPlace(staged);
        return log.append(commitId, dataDir, sorted(partitions), properties);
    }

    public Commit replacePartitions(Dataset<Row> rows, Map<String, String> properties) {
        return replacePartitions(newCommitId(), rows, List.of(), properties);
    }

    /**
     * Replaces the partitions present in {@code rows}, in one atomic commit, if there are any:
     * rows that turn out empty (every record of an export quarantined) replace nothing, so they
     * commit nothing rather than an entry that owns no partition.
     */
    public Optional<Commit> replacePartitionsIfAny(Dataset<Row> rows, Map<String, String> properties) {
        String commitId = newCommitId();
        StagedData staged = stage(commitId, rows);
        if (staged.partitions().isEmpty()) {
            deleteStaged(staged);
            return Optional.empty();
        }
        String dataDir = moveIntoPlace(staged);
        return Optional.of(log.append(commitId, dataDir, sorted(staged.partitions()), properties));
    }

    private static void deleteStaged(StagedData staged) {
        try (Stream<Path> files = Files.walk(staged.folder())) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the staged folder " + staged.folder(), e);
        }
    }

    public Commit replacePartitions(Dataset<Row> rows, Set<List<String>> partitions, Map<String, String> properties) {
        return replacePartitions(newCommitId(), rows, partitions, properties);
    }

    /** A new, sortable commit id. */
    public static String newCommitId() {
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
                if (Files.isDirectory(dir)) {
                    paths.add(dir.toString());
                }
            }
        }
        if (paths.isEmpty()) {
            return spark.createDataFrame(List.of(), withCommit);
        }
        Dataset<Row> rows = spark.read().schema(withCommit).option("basePath", root.resolve("data").toString())
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
        try (Stream<Path> files = Files.walk(folder, partitionColumns.size())) {
            files.filter(Files::isDirectory)
                    .filter(d -> folder.relativize(d).getNameCount() == partitionColumns.size())
                    .forEach(d -> {
                        Path rel = folder.relativize(d);
                        List<String> values = new ArrayList<>();
                        for (int i = 0; i < rel.getNameCount(); i++) {
                            String name = rel.getName(i).toString();
                            values.add(ExternalCatalogUtils.unescapePathName(name.substring(name.indexOf('=') + 1)));
                        }
                        partitions.add(values);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list staged folder " + folder, e);
        }
        return partitions;
    }

    private static List<List<String>> sorted(Set<List<String>> partitions) {
        return partitions.stream().sorted((a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b))).toList();
    }
}
