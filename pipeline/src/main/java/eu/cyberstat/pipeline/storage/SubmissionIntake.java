package eu.cyberstat.pipeline.storage;

import eu.cyberstat.ingest.InputException;
import eu.cyberstat.ingest.Observation;
import eu.cyberstat.ingest.store.CommitLog;
import eu.cyberstat.ingest.store.Submission;
import eu.cyberstat.ingest.store.SubmissionStore;
import eu.cyberstat.ingest.validation.StatisticsValidator;
import eu.cyberstat.ingest.validation.ValidatedFile;
import eu.cyberstat.ingest.validation.ValidationReport;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.ingest.validation.ValidationSettings;
import eu.cyberstat.reference.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Takes one national-statistics file into the warehouse: validate, keep the raw bytes, write the
 * figures as Parquet, commit. An accepted file becomes visible in one atomic step (the commit
 * log entry); a rejected file is kept with its report; the same file submitted again while it is
 * in force is a duplicate and nothing is written. Spark starts only when there is something to write.
 */
public final class SubmissionIntake {

    private final Warehouse warehouse;
    private final ReferenceData reference;
    private final Supplier<SparkSession> spark;

    private final ValidationSettings validation;

    public SubmissionIntake(Warehouse warehouse, ReferenceData reference, ValidationSettings validation,
                            Supplier<SparkSession> spark) {
        this.warehouse = warehouse;
        this.reference = reference;
        this.validation = validation;
        this.spark = spark;
    }

    /** The validated file and the receipt of one submission. */
    public record Outcome(ValidatedFile validated, Receipt receipt) {
        public ValidationReport report() {
            return validated.report();
        }
    }

    public Outcome submit(Path file, ValidationRequest request) {
        return submit(file, request, false);
    }

    /**
     * @param restate accept the file even if the same file was accepted before (to bring back an
     *                earlier file's figures after a revision); otherwise that is a duplicate
     */
    public Outcome submit(Path file, ValidationRequest request, boolean restate) {
        if (!Files.isRegularFile(file)) {
            throw new InputException("File " + file + " does not exist or is not a file.");
        }
        SubmissionStore store = warehouse.submissions();
        String sha256 = SubmissionStore.sha256(file);
        long bytes = size(file);
        String name = file.getFileName().toString();
        ValidatedFile validated = new StatisticsValidator(reference, store.priorFigures(null), validation).validate(file, request);
        ValidationReport report = validated.report();
        String id = SubmissionStore.newSubmissionId(Instant.now(), sha256);

        if (!report.isAccepted()) {
            store.keepRejected(id, file, name, report);
            return new Outcome(validated, new Receipt(Receipt.REJECTED, id, name, sha256, bytes, 0, null, null, null,
                    report.warnings().size(), report.errors().size()));
        }
        var duplicate = store.acceptedDuplicate(sha256);
        if (duplicate.isPresent() && !restate) {
            return new Outcome(validated, duplicateReceipt(duplicate.get(), name, sha256, bytes, report));
        }

        Accepted accepted;
        try {
            accepted = accept(id, file, name, sha256, bytes, report, request.country(), validated.observations(), restate);
        } catch (CommitLog.Conflict c) {
            // Another process accepted the same file meanwhile: its commit stands, this one is a duplicate.
            return new Outcome(validated, duplicateReceipt(Submission.of(c.existing()), name, sha256, bytes, report));
        }
        return new Outcome(validated, new Receipt(Receipt.ACCEPTED, id, name, sha256, bytes, accepted.submission().rows(),
                accepted.submission().committedAt(), null, accepted.supersedes(), report.warnings().size(), 0));
    }

    private static Receipt duplicateReceipt(Submission earlier, String name, String sha256, long bytes,
                                            ValidationReport report) {
        return new Receipt(Receipt.DUPLICATE, earlier.id(), name, sha256, bytes, earlier.rows(), earlier.committedAt(),
                earlier.id(), null, report.warnings().size(), 0);
    }

    /** An accepted submission, and whom it supersedes for which country-years. */
    public record Accepted(Submission submission, Map<String, List<List<String>>> supersedes) {
    }

    /**
     * Makes accepted figures current: the raw file, its report and the figures are staged, then
     * published and committed in one step (a crash before the commit leaves the warehouse as it
     * was). The one way figures enter the warehouse. Unless {@code restate}, refused with
     * {@link CommitLog.Conflict} if the same file was accepted before; what was staged for it
     * stays invisible (as after a crash).
     */
    public Accepted accept(String id, Path file, String name, String sha256, long bytes, ValidationReport report,
                           String country, List<Observation> observations, boolean restate) {
        SubmissionStore store = warehouse.submissions();
        Path stagedFiles = store.stage(id, file, name, report, observations);
        ParquetTable table = warehouse.observations();
        ParquetTable.StagedData stagedRows = table.stage(id, toRows(observations));
        Map<String, List<List<String>>> supersedes = store.currentProviders(new ArrayList<>(stagedRows.partitions()));
        store.publish(id, stagedFiles);
        String dataDir = table.moveIntoPlace(stagedRows);
        return new Accepted(store.commit(id, dataDir, name, sha256, bytes, report, country, observations, restate),
                supersedes);
    }

    private Dataset<Row> toRows(List<Observation> observations) {
        List<Row> rows = observations.stream().map(o -> RowFactory.create(o.geo(), o.year(), o.offence(),
                o.indicator(), o.value(), o.flags(), o.note())).toList();
        // One file per country-year partition rather than one per core.
        return spark.get().createDataFrame(rows, Warehouse.OBSERVATION_SCHEMA).coalesce(1);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new InputException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
