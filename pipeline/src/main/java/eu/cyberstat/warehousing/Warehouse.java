package eu.cyberstat.warehousing;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.failure.StorageException;
import eu.cyberstat.failure.NotFoundException;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.problem.ValidationReport;
import eu.cyberstat.reference.PopulationTable;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.warehousing.PopulationImports;
import eu.cyberstat.warehousing.SubmissionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The warehouse folder: submissions (raw uploads kept byte for byte) and Parquet tables, each
 * changed only by atomic commits and readable as of any past instant. This package owns the
 * folder layout below and the commit protocol ({@link CommitLog}, {@link AtomicFiles}); every
 * change is an operation built here and committed in one step ({@link PendingUpdate}):
 * {@link #newSubmission}, {@link PopulationImports#newImport}, {@link #replaceAlertMonths},
 * {@link #replaceMetricsYear}.
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

    /** The setting that names the warehouse folder (see the settings of the pipeline). */
    public static final String DIR_SETTING = "warehouse.dir";

    /** The warehouse table of published figures, partitioned by reference year. */
    public static final String METRICS_TABLE = "metrics";

    static final String STAGING = "_staging";
    static final String TABLES = "tables";

    private final Path root;
    private final SubmissionStore submissions;
    private final Supplier<SparkSession> spark;

    private Warehouse(Path root, Supplier<SparkSession> spark) {
        this.root = root;
        this.submissions = new SubmissionStore(root);
        this.spark = spark;
    }

    private Warehouse(Path root) {
        this(root, () -> {
            throw new IllegalStateException("This warehouse was opened without Spark: open it with using(spark) to "
                    + "write national figures");
        });
    }

    /** This warehouse, writing national figures with the given Spark session (started when first needed). */
    public Warehouse using(Supplier<SparkSession> session) {
        return new Warehouse(root, session);
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
     * @throws BadInputException when {@code dir} holds something else
     */
    public static Warehouse open(Path dir) {
        return find(dir).orElseThrow(() -> new NotFound("There is no warehouse at " + dir.toAbsolutePath().normalize()
                + ": name the right one with --warehouse DIR (or the setting " + DIR_SETTING
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
            Files.createDirectories(dir.resolve(STAGING));
            Files.createDirectories(dir.resolve(TABLES));
            Files.createDirectories(dir.resolve(SubmissionStore.SUBMISSIONS));
        } catch (IOException e) {
            throw StorageFailures.of("create the warehouse folder", dir, e);
        }
        return new Warehouse(dir.toAbsolutePath().normalize());
    }

    /** A cyberstat warehouse has its submissions or tables folder (both, once anything was written). */
    public static boolean isWarehouse(Path dir) {
        return Files.isDirectory(dir.resolve(SubmissionStore.SUBMISSIONS)) || Files.isDirectory(dir.resolve(TABLES));
    }

    private static void refuseForeign(Path dir) {
        Path shown = dir.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException(shown + " is a file, not a warehouse folder: name a folder with --warehouse DIR.");
        }
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> some = entries.map(p -> p.getFileName().toString()).sorted().limit(4).toList();
            if (!some.isEmpty()) {
                throw new BadInputException(shown + " is not a cyberstat warehouse: it holds other files ("
                        + String.join(", ", some.subList(0, Math.min(3, some.size()))) + (some.size() > 3 ? ", ..." : "")
                        + "). Name a new or empty folder for the warehouse with --warehouse DIR or the setting "
                        + DIR_SETTING + ".");
            }
        } catch (IOException e) {
            throw new StorageException("Cannot read the warehouse folder " + shown + ": " + e.getMessage(), e);
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
        return new ParquetTable(root.resolve(SubmissionStore.OBSERVATIONS_TABLE), root.resolve(STAGING),
                OBSERVATION_SCHEMA, OBSERVATION_PARTITIONS, SUBMISSION_ID);
    }

    /** Accepted, pseudonymised alerts, partitioned by platform and month. */
    public ParquetTable alerts() {
        return table(AlertTablesSchema.ALERTS, AlertTablesSchema.ALERTS_SCHEMA, AlertTablesSchema.ALERTS_PARTITIONING);
    }

    /** Alert records that could not be accepted, with line and reason, partitioned by platform and ingest. */
    public ParquetTable alertQuarantine() {
        return table(AlertTablesSchema.QUARANTINE, AlertTablesSchema.QUARANTINE_SCHEMA,
                AlertTablesSchema.QUARANTINE_PARTITIONING);
    }

    /**
     * An accepted file's figures, to preview ({@link NewSubmission#apply()}) and commit.
     *
     * @param base the submission log and figures in force the file was checked against
     */
    public NewSubmission newSubmission(String id, NewSubmission.Upload upload, ValidationReport report,
                                       String declaredCountry, List<Observation> observations,
                                       SubmissionStore.FiguresInForce base, boolean restate) {
        return new NewSubmission(this, spark, id, upload, report, declaredCountry, observations, base, restate);
    }

    /** The published figures of every annual run, by reference year (schema: the published columns, run id, year). */
    public ParquetTable metrics(StructType schema) {
        return table(METRICS_TABLE, schema, List.of(REFERENCE_YEAR));
    }

    /** An ingest of alert exports replacing the platform-months it covers (and its quarantine). */
    public AlertMonthsUpdate replaceAlertMonths(AlertIngest ingest) {
        return new AlertMonthsUpdate(alerts(), alertQuarantine(), ingest);
    }

    /**
     * The figures of an annual run replacing its reference year in the {@code metrics} table.
     *
     * @param rows the published figures with the run id and reference year (their schema is the table's)
     */
    public MetricsYearUpdate replaceMetricsYear(MetricsRun run, Dataset<Row> rows) {
        return new MetricsYearUpdate(metrics(rows.schema()), run, rows);
    }

    /** The partition column of the {@code metrics} table. */
    public static final String REFERENCE_YEAR = "reference_year";

    /** The ingest still in force whose input digest is {@code inputSha256} (see {@link AlertIngests}). */
    public AlertIngests alertIngests() {
        return new AlertIngests(alerts(), alertQuarantine());
    }

    private ParquetTable table(String name, StructType schema, List<String> partitionColumns) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Table names are lower-case identifiers, not '" + name + "'");
        }
        return new ParquetTable(root.resolve(TABLES).resolve(name), root.resolve(STAGING), schema, partitionColumns,
                "commit_id");
    }
}
