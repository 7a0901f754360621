package eu.cyberstat.pipeline.storage;

import eu.cyberstat.ingest.InputException;
import eu.cyberstat.ingest.NotFoundException;
import eu.cyberstat.ingest.store.PopulationImports;
import eu.cyberstat.ingest.store.SubmissionStore;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.reference.PopulationTable;
import eu.cyberstat.reference.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The warehouse folder: submissions (raw uploads kept byte for byte) and Parquet tables, each
 * changed only by atomic commits and readable as of any past instant.
 *
 * <pre>
 * submissions/&lt;id&gt;/            raw/, validation.json, observations.csv of an accepted submission
 * submissions/rejected/&lt;id&gt;/   raw/ and validation.json of a rejected upload (one per content)
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
    private final SubmissionStore submissions;

    private Warehouse(Path root) {
        this.root = root;
        this.submissions = new SubmissionStore(root);
    }

    /**
     * A warehouse that does not exist where a command reads one: nothing was ever submitted
     * there, or the folder is misspelt. Only commands that write create a warehouse.
     */
    public static final class NotFound extends NotFoundException {
        NotFound(String message) {
            super(message);
        }
    }

    /**
     * Opens the warehouse in {@code dir} to read it.
     *
     * @throws NotFound when there is none there
     * @throws InputException when {@code dir} holds something else
     */
    public static Warehouse open(Path dir) {
        return find(dir).orElseThrow(() -> new NotFound("There is no warehouse at " + dir.toAbsolutePath().normalize()
                + ": name the right one with --warehouse DIR (or the setting " + Settings.WAREHOUSE_DIR
                + "), or load data first (cyberstat submit FILE creates the warehouse)."));
    }

    /** The warehouse in {@code dir}, if there is one; an error if {@code dir} holds something else. */
    public static Optional<Warehouse> find(Path dir) {
        if (isWarehouse(dir)) {
            return Optional.of(new Warehouse(dir.toAbsolutePath().normalize()));
        }
        refuseForeign(dir);
        return Optional.empty();
    }

    /**
     * Opens the warehouse in {@code dir} to write to it, creating it when absent or empty. A
     * folder that holds anything else (the file system root, a home folder, a project) is refused:
     * the warehouse would mix with it.
     */
    public static Warehouse openOrCreate(Path dir) {
        if (!isWarehouse(dir)) {
            refuseForeign(dir);
        }
        try {
            Files.createDirectories(dir.resolve("_staging"));
            Files.createDirectories(dir.resolve("tables"));
            Files.createDirectories(dir.resolve(SubmissionStore.SUBMISSIONS));
        } catch (IOException e) {
            throw new InputException("Cannot create the warehouse folder " + dir + ": " + e.getMessage(), e);
        }
        return new Warehouse(dir.toAbsolutePath().normalize());
    }

    /** A cyberstat warehouse has its submissions or tables folder (both, once anything was written). */
    public static boolean isWarehouse(Path dir) {
        return Files.isDirectory(dir.resolve(SubmissionStore.SUBMISSIONS)) || Files.isDirectory(dir.resolve("tables"));
    }

    private static void refuseForeign(Path dir) {
        Path shown = dir.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(shown + " is a file, not a warehouse folder: name a folder with --warehouse DIR.");
        }
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> some = entries.map(p -> p.getFileName().toString()).sorted().limit(4).toList();
            if (!some.isEmpty()) {
                throw new InputException(shown + " is not a cyberstat warehouse: it holds other files ("
                        + String.join(", ", some.subList(0, Math.min(3, some.size()))) + (some.size() > 3 ? ", ..." : "")
                        + "). Name a new or empty folder for the warehouse with --warehouse DIR or the setting "
                        + Settings.WAREHOUSE_DIR + ".");
            }
        } catch (IOException e) {
            throw new InputException("Cannot read the warehouse folder " + shown + ": " + e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    public SubmissionStore submissions() {
        return submissions;
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
