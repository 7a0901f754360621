package eu.cyberstat.pipeline.storage;

import eu.cyberstat.ingest.InputException;
import eu.cyberstat.ingest.store.PopulationImports;
import eu.cyberstat.ingest.store.SubmissionStore;
import eu.cyberstat.reference.PopulationTable;
import eu.cyberstat.reference.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The warehouse folder: submissions (raw uploads kept byte for byte) and Parquet tables, each
 * changed only by atomic commits and readable as of any past instant.
 *
 * <pre>
 * submissions/&lt;id&gt;/            raw/, validation.json, observations.csv of an accepted submission
 * submissions/rejected/&lt;id&gt;/   raw/ and validation.json of a rejected upload
 * tables/&lt;name&gt;/_log/          the table's commit log (the only thing readers trust)
 * tables/&lt;name&gt;/data/          immutable data folders, one per commit
 * reference/population/       demo_pjan imports (raw/, population.csv) and their _log/
 * _staging/                   writes in progress; never read
 * </pre>
 */
public final class Warehouse {

    /** Columns of the national figures table. */
    public static final StructType OBSERVATION_SCHEMA = new StructType()
            .add("geo", DataTypes.StringType, false)
            .add("year", DataTypes.IntegerType, false)
            .add("offence", DataTypes.StringType, false)
            .add("indicator", DataTypes.StringType, false)
            .add("value", DataTypes.LongType, true)
            .add("flags", DataTypes.StringType, false)
            .add("note", DataTypes.StringType, false);

    public static final List<String> OBSERVATION_PARTITIONS = List.of("geo", "year");
    public static final String SUBMISSION_ID = "submission_id";

    private final Path root;

    private Warehouse(Path root) {
        this.root = root;
    }

    /** Opens the warehouse in {@code dir}, creating it when absent. */
    public static Warehouse open(Path dir) {
        try {
            Files.createDirectories(dir.resolve("_staging"));
            Files.createDirectories(dir.resolve("tables"));
            Files.createDirectories(dir.resolve(SubmissionStore.SUBMISSIONS));
        } catch (IOException e) {
            throw new InputException("Cannot create the warehouse folder " + dir + ": " + e.getMessage(), e);
        }
        return new Warehouse(dir.toAbsolutePath().normalize());
    }

    public Path root() {
        return root;
    }

    public SubmissionStore submissions() {
        return new SubmissionStore(root);
    }

    public PopulationImports populationImports() {
        return new PopulationImports(root);
    }

    /**
     * The population for rates as of {@code asOf} (null: now): the shipped table updated by every
     * demo_pjan import committed at or before it.
     */
    public PopulationTable population(Instant asOf) {
        return populationImports().populationAsOf(asOf, ReferenceData.shipped().population());
    }

    /**
     * National figures of accepted submissions, partitioned by country and year: a later
     * submission for the same country and year supersedes an earlier one. Its commit log is the
     * submission log.
     */
    public ParquetTable observations() {
        return new ParquetTable(root.resolve(SubmissionStore.OBSERVATIONS_TABLE), root.resolve("_staging"),
                OBSERVATION_SCHEMA, OBSERVATION_PARTITIONS, SUBMISSION_ID);
    }

    /** A derived table ({@code metrics}, {@code alerts} ...) whose commit id column is {@code commit_id}. */
    public ParquetTable table(String name, StructType schema, List<String> partitionColumns) {
        return table(name, schema, partitionColumns, "commit_id");
    }

    private ParquetTable table(String name, StructType schema, List<String> partitionColumns, String commitColumn) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Table names are lower-case identifiers, not '" + name + "'");
        }
        return new ParquetTable(root.resolve("tables").resolve(name), root.resolve("_staging"), schema,
                partitionColumns, commitColumn);
    }
}
