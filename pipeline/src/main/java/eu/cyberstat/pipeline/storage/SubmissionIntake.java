package eu.cyberstat.pipeline.storage;

import eu.cyberstat.ingest.InputException;
import eu.cyberstat.ingest.Observation;
import eu.cyberstat.ingest.store.CommitLog;
import eu.cyberstat.ingest.store.RevisionPreview;
import eu.cyberstat.ingest.store.Snapshot;
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

    /**
     * What to submit.
     *
     * @param restate accept the file even if the same file was accepted before (to bring back an
     *                earlier file's figures after a revision); otherwise that is a duplicate
     * @param replace accept the file even though it leaves out figures in force for its
     *                country-years, which then are no longer published; otherwise such a file
     *                is not loaded ({@link Receipt#UNCONFIRMED}) and the preview lists them
     */
    public record Request(Path file, ValidationRequest validation, boolean restate, boolean replace) {
    }

    /**
     * The validated file, what it changes against the figures in force (null when it was
     * rejected or is a duplicate) and the receipt of one submission.
     */
    public record Outcome(ValidatedFile validated, RevisionPreview revisions, Receipt receipt) {
        public ValidationReport report() {
            return validated.report();
        }
    }

    public Outcome submit(Path file, ValidationRequest request) {
        return submit(new Request(file, request, false, false));
    }

    /**
     * Validates and, if accepted, commits one file. The submission log is read once: the
     * validator's earlier years, the duplicate check, the revision preview and whom the file
     * supersedes all come from that one snapshot, and the commit then checks only what was
     * appended since (a submission for the same country-years meanwhile makes it start again).
     */
    public Outcome submit(Request request) {
        Path file = request.file();
        if (!Files.isRegularFile(file)) {
            throw new InputException("File " + file + " does not exist or is not a file.");
        }
        SubmissionStore store = warehouse.submissions();
        String sha256 = SubmissionStore.sha256(file);
        long bytes = size(file);
        String name = file.getFileName().toString();
        for (int attempt = 1; ; attempt++) {
            Snapshot current = store.log().snapshot(null);
            Map<Observation.Key, Observation> inForce = store.figuresInForce(current);
            ValidatedFile validated = new StatisticsValidator(reference, SubmissionStore.valuesOf(inForce), validation)
                    .validate(file, request.validation());
            ValidationReport report = validated.report();
            Instant received = Instant.now();
            String id = SubmissionStore.newSubmissionId(received, sha256);

            if (!report.isAccepted()) {
                // Whom it was for: the uploader's country, else those its rows name (for that country's feedback sheet).
                List<String> countries = request.validation().country() != null ? List.of(request.validation().country())
                        : validated.countries();
                String keptAs = store.keepRejected(id, file, sha256, name, report, countries, received);
                return new Outcome(validated, null, new Receipt(Receipt.REJECTED, keptAs, name, sha256, bytes, 0, null,
                        null, null, report.warnings().size(), report.errors().size()));
            }
            var duplicate = store.acceptedDuplicate(current, sha256);
            if (duplicate.isPresent() && !request.restate()) {
                return new Outcome(validated, null, duplicateReceipt(duplicate.get(), name, sha256, bytes, report));
            }
            RevisionPreview revisions = RevisionPreview.of(inForce, validated.observations());
            if (revisions.dropsFigures() && !request.replace()) {
                return new Outcome(validated, revisions, new Receipt(Receipt.UNCONFIRMED, null, name, sha256, bytes,
                        validated.observations().size(), null, null, null, report.warnings().size(), 0));
            }
            try {
                Accepted accepted = accept(id, file, name, sha256, bytes, report, request.validation().country(),
                        validated.observations(), request.restate(), current);
                return new Outcome(validated, revisions, new Receipt(Receipt.ACCEPTED, id, name, sha256, bytes,
                        accepted.submission().rows(), accepted.submission().committedAt(), null, accepted.supersedes(),
                        report.warnings().size(), 0));
            } catch (CommitLog.Conflict c) {
                if (sha256.equals(Submission.of(c.existing()).sha256())) {
                    // Another process accepted the same file meanwhile: its commit stands, this one is a duplicate.
                    return new Outcome(validated, null,
                            duplicateReceipt(Submission.of(c.existing()), name, sha256, bytes, report));
                }
                if (attempt == MAX_ATTEMPTS) {
                    throw new InputException("Other submissions for " + String.join(", ", revisions.countryYears()
                            .stream().map(cy -> cy.get(0) + " " + cy.get(1)).toList()) + " kept arriving while " + name
                            + " was being submitted; nothing was loaded from it: submit it again.");
                }
                // Another submission for these country-years committed meanwhile: compare with it and try again.
            }
        }
    }

    /** Attempts of one submission when others for the same country-years commit in between. */
    private static final int MAX_ATTEMPTS = 3;

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
        return accept(id, file, name, sha256, bytes, report, country, observations, restate,
                warehouse.submissions().log().snapshot(null));
    }

    /** As above, against the snapshot of the log the caller checked the file against. */
    private Accepted accept(String id, Path file, String name, String sha256, long bytes, ValidationReport report,
                            String country, List<Observation> observations, boolean restate, Snapshot base) {
        SubmissionStore store = warehouse.submissions();
        Path stagedFiles = store.stage(id, file, name, report, observations);
        ParquetTable table = warehouse.observations();
        ParquetTable.StagedData stagedRows = table.stage(id, toRows(observations));
        Map<String, List<List<String>>> supersedes = store.currentProviders(base, SubmissionStore.countryYears(observations));
        store.publish(id, stagedFiles);
        String dataDir = table.moveIntoPlace(stagedRows);
        return new Accepted(store.commit(id, dataDir, name, sha256, bytes, report, country, observations, restate, base),
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
