package eu.cyberstat.warehousing;

import eu.cyberstat.figure.Observation;
import eu.cyberstat.problem.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * An accepted file's figures becoming the figures in force for its country-years: the one way
 * national figures enter the warehouse. {@link #apply()} is the revision preview (what the file
 * changes against the figures in force it was checked against); {@link #commit()} stages the raw
 * file byte for byte, its validation report, its normalised figures and their Parquet rows, moves
 * them into place and appends one entry to the submission log, which makes all of them visible
 * at once. A crash before that entry leaves the warehouse as it was.
 */
public final class NewSubmission implements PendingUpdate<RevisionPreview, Submission> {

    /** The file as it was uploaded, and what the uploader said of it (null: nothing). */
    public record Upload(Path file, String name, String sha256, long bytes, String note) {
        public Upload(Path file, String name, String sha256, long bytes) {
            this(file, name, sha256, bytes, null);
        }
    }

    private final Warehouse warehouse;
    private final Supplier<SparkSession> spark;
    private final String id;
    private final Upload upload;
    private final ValidationReport report;
    private final String declaredCountry;
    private final List<Observation> observations;
    private final SubmissionStore.FiguresInForce base;
    private final boolean restate;

    NewSubmission(Warehouse warehouse, Supplier<SparkSession> spark, String id, Upload upload, ValidationReport report,
                  String declaredCountry, List<Observation> observations, SubmissionStore.FiguresInForce base,
                  boolean restate) {
        this.warehouse = warehouse;
        this.spark = spark;
        this.id = id;
        this.upload = upload;
        this.report = report;
        this.declaredCountry = declaredCountry;
        this.observations = List.copyOf(observations);
        this.base = base;
        this.restate = restate;
    }

    public String id() {
        return id;
    }

    /** What the file changes against the figures in force it was checked against: the revision preview. */
    @Override
    public RevisionPreview apply() {
        return RevisionPreview.of(base.figures(), observations);
    }

    /** The submissions this one supersedes, for which country-years. */
    public Map<String, List<CountryYear>> supersedes() {
        return SubmissionStore.currentProviders(base.snapshot(), SubmissionStore.countryYears(observations));
    }

    /**
     * Commits the submission. Unless {@code restate}, refused with {@link CommitLog.Conflict} when
     * the same file was accepted before; and refused too when a submission for any of its
     * country-years committed since the state it was checked against (what {@link #apply()}
     * showed would no longer be true). Both are checked under the log's lock; what was staged
     * stays invisible, as after a crash.
     */
    @Override
    public Submission commit() {
        SubmissionStore store = warehouse.submissions();
        Path stagedFiles = stageFiles();
        ParquetTable table = warehouse.observations();
        ParquetTable.StagedData stagedRows = table.stage(id, rows());
        warehouse.storage().moveIntoPlace(stagedFiles, store.folderOf(id));
        String dataDir = table.moveIntoPlace(stagedRows);
        List<CountryYear> countryYears = SubmissionStore.countryYears(observations);
        Submission record = new Submission(id, null, upload.name(), upload.sha256(), upload.bytes(), observations.size(),
                declaredCountry, report.format(), report.warnings().size(), countryYears, upload.note());
        Set<List<String>> written = Set.copyOf(countryYears.stream().map(CountryYear::partition).toList());
        return Submission.of(store.log().append(id, dataDir, countryYears.stream().map(CountryYear::partition).toList(),
                record.properties(), base.snapshot(), commits -> {
                    Optional<Commit> same = restate ? Optional.empty()
                            : commits.stream().filter(c -> KeptFile.holds(c, upload.sha256())).reduce((a, b) -> b);
                    if (same.isPresent()) {
                        return same;
                    }
                    return commits.stream().filter(c -> c.partitions().stream().anyMatch(written::contains)).findFirst();
                }));
    }

    /** The raw upload byte for byte, the validation report and the normalised figures, in a staging folder. */
    private Path stageFiles() {
        Path staged = warehouse.root().resolve(Warehouse.STAGING).resolve("submission-" + id);
        try {
            WarehouseStorage storage = warehouse.storage();
            storage.createDirectories(staged.resolve(SubmissionStore.RAW_DIR));
            storage.copyIn(upload.file(), staged.resolve(SubmissionStore.RAW_DIR).resolve(SubmissionStore.safeName(upload.name())));
            byte[] json = report.toJson().getBytes(StandardCharsets.UTF_8);
            storage.write(staged.resolve(SubmissionStore.REPORT_FILE), out -> out.write(json));
            warehouse.submissions().writeNormalised(staged.resolve(SubmissionStore.NORMALISED_FILE), observations);
            return staged;
        } catch (IOException e) {
            throw warehouse.storage().failure("stage submission " + id + " in", staged, e);
        }
    }

    private Dataset<Row> rows() {
        List<Row> rows = observations.stream().map(o -> RowFactory.create(o.geo(), o.year(), o.offence(),
                o.indicator(), o.value(), o.flags(), o.note())).toList();
        // One file per country-year partition rather than one per core.
        return spark.get().createDataFrame(rows, Warehouse.OBSERVATION_SCHEMA).coalesce(1);
    }
}
