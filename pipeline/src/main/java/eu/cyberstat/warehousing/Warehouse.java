package eu.cyberstat.warehousing;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.failure.NotFoundException;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.problem.ValidationReport;
import eu.cyberstat.reference.PopulationTable;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.warehousing.PopulationImports;
import eu.cyberstat.warehousing.SubmissionStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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

    private final WarehouseStorage storage;
    private final Path root;
    private final SubmissionStore submissions;
    private final Supplier<SparkSession> spark;

    private Warehouse(WarehouseStorage storage, Path root, Supplier<SparkSession> spark) {
        this.storage = storage;
        this.root = root;
        this.submissions = new SubmissionStore(storage, root);
        this.spark = spark;
    }

    private Warehouse(WarehouseStorage storage, Path root) {
        this(storage, root, () -> {
            throw new IllegalStateException("This warehouse was opened without Spark: open it with using(spark) to "
                    + "write national figures");
        });
    }

    /** This warehouse, writing national figures with the given Spark session (started when first needed). */
    public Warehouse using(Supplier<SparkSession> session) {
        return new Warehouse(storage, root, session);
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
        return open(WarehouseLocation.local(dir));
    }

    /** As {@link #open(Path)}, wherever the warehouse is. */
    public static Warehouse open(WarehouseLocation at) {
        return find(at).orElseThrow(() -> new NotFound("There is no warehouse at " + shown(at)
                + ": name the right one with --warehouse DIR (or the setting " + DIR_SETTING
                + "), or load data first (cyberstat submit FILE creates the warehouse)."));
    }

    /** The warehouse in {@code dir}, if there is one; an error if {@code dir} holds something else. */
    public static Optional<Warehouse> find(Path dir) {
        return find(WarehouseLocation.local(dir));
    }

    /** As {@link #find(Path)}, wherever the warehouse is. */
    public static Optional<Warehouse> find(WarehouseLocation at) {
        if (isWarehouse(at)) {
            return Optional.of(new Warehouse(at.storage(), absolute(at)));
        }
        refuseForeign(at);
        return Optional.empty();
    }

    /**
     * Opens the warehouse in {@code dir} to write to it, creating it when absent or empty. A
     * folder that holds anything else (the file system root, a home folder, a project) is refused:
     * the warehouse would mix with it.
     */
    public static Warehouse openOrCreate(Path dir) {
        return openOrCreate(WarehouseLocation.local(dir));
    }

    /** As {@link #openOrCreate(Path)}, wherever the warehouse is. */
    public static Warehouse openOrCreate(WarehouseLocation at) {
        if (!isWarehouse(at)) {
            refuseForeign(at);
        }
        WarehouseStorage storage = at.storage();
        Path dir = at.root();
        try {
            // The folders that mark a warehouse first: another process creating the same warehouse at this
            // moment must never find only _staging there and take the folder for someone else's.
            storage.createDirectories(dir.resolve(SubmissionStore.SUBMISSIONS));
            storage.createDirectories(dir.resolve(TABLES));
            storage.createDirectories(dir.resolve(STAGING));
        } catch (java.io.IOException e) {
            throw storage.failure("create the warehouse folder", dir, e);
        }
        return new Warehouse(storage, absolute(at));
    }

    /** A cyberstat warehouse has its submissions or tables folder (both, once anything was written). */
    public static boolean isWarehouse(Path dir) {
        return isWarehouse(WarehouseLocation.local(dir));
    }

    private static boolean isWarehouse(WarehouseLocation at) {
        return at.storage().isDirectory(at.root().resolve(SubmissionStore.SUBMISSIONS))
                || at.storage().isDirectory(at.root().resolve(TABLES));
    }

    private static Path absolute(WarehouseLocation at) {
        return at.root().toAbsolutePath().normalize();
    }

    private static String shown(WarehouseLocation at) {
        return at.storage().describe(absolute(at));
    }

    private static void refuseForeign(WarehouseLocation at) {
        WarehouseStorage storage = at.storage();
        Path dir = at.root();
        String shown = shown(at);
        if (storage.exists(dir) && !storage.isDirectory(dir)) {
            throw new BadInputException(shown + " is a file, not a warehouse folder: name a folder with --warehouse DIR.");
        }
        if (!storage.isDirectory(dir)) {
            return;
        }
        List<String> some = storage.list(dir).stream().map(p -> p.getFileName().toString()).limit(4).toList();
        // Not empty because another process has just created the warehouse here: it is one now.
        if (!some.isEmpty() && !isWarehouse(at)) {
            throw new BadInputException(shown + " is not a cyberstat warehouse: it holds other files ("
                    + String.join(", ", some.subList(0, Math.min(3, some.size()))) + (some.size() > 3 ? ", ..." : "")
                    + "). Name a new or empty folder for the warehouse with --warehouse DIR or the setting "
                    + DIR_SETTING + ".");
        }
    }

    /** The warehouse folder: a local path, or on Hadoop the path part of its URI (see {@link #describe()}). */
    public Path root() {
        return root;
    }

    /** The file system the warehouse is on; every access to its files goes through it. */
    public WarehouseStorage storage() {
        return storage;
    }

    /** Where the warehouse is, as a reader sees it: its folder, or its Hadoop URI. */
    public String describe() {
        return storage.describe(root);
    }

    /** Whether the warehouse is a folder of this machine (not on a Hadoop file system). */
    public boolean isLocal() {
        return storage instanceof LocalStorage;
    }

    public SubmissionStore submissions() {
        return submissions;
    }

    public PopulationImports populationImports() {
        return new PopulationImports(storage, root);
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
        return new ParquetTable(storage, root.resolve(SubmissionStore.OBSERVATIONS_TABLE), root.resolve(STAGING),
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
        return new ParquetTable(storage, root.resolve(TABLES).resolve(name), root.resolve(STAGING), schema, partitionColumns,
                "commit_id");
    }
}
