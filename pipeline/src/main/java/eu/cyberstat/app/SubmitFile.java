package eu.cyberstat.app;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.failure.ConflictException;
import eu.cyberstat.ingest.validation.StatisticsValidator;
import eu.cyberstat.ingest.validation.ValidatedFile;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.problem.ValidationReport;
import eu.cyberstat.warehousing.CommitLog;
import eu.cyberstat.warehousing.CountryYear;
import eu.cyberstat.warehousing.NewSubmission;
import eu.cyberstat.warehousing.RevisionPreview;
import eu.cyberstat.warehousing.Submission;
import eu.cyberstat.warehousing.SubmissionStore;
import eu.cyberstat.warehousing.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Takes one national-statistics file into the warehouse: validate, say what it revises, keep
 * the raw bytes, commit its figures ({@link Warehouse#newSubmission}). An accepted file becomes
 * visible in one atomic step; a rejected file is kept with its report; the same file submitted
 * again while it is in force is a duplicate and nothing is written; a file that would stop
 * publishing figures in force is only previewed unless the uploader confirms it ({@code replace}).
 * Spark starts only when there is something to write.
 */
public final class SubmitFile {

    /** Attempts of one submission when others for the same country-years commit in between. */
    private static final int MAX_ATTEMPTS = 3;

    /**
     * What to submit.
     *
     * @param restate accept the file even if the same file was accepted before (to bring back an
     *                earlier file's figures after a revision); otherwise that is a duplicate
     * @param replace accept the file even though it leaves out figures in force for its
     *                country-years, which then are no longer published; otherwise such a file
     *                is not loaded ({@link Receipt#UNCONFIRMED}) and the preview lists them
     * @param note    what the uploader says of the whole file (why it revises), kept with the
     *                submission and shown wherever its figures' notes are; null for none
     */
    public record Request(Path file, ValidationRequest validation, boolean restate, boolean replace, String note) {
        /** A note longer than this is refused: it explains a delivery, it is not a document. */
        public static final int MAX_NOTE = 4000;

        public Request {
            if (note != null && note.strip().length() > MAX_NOTE) {
                throw new BadInputException("The note has " + note.strip().length() + " characters, more than the "
                        + MAX_NOTE + " a submission's note may have. Shorten it.");
            }
            note = note == null || note.isBlank() ? null : note.strip();
        }

        public Request(Path file, ValidationRequest validation, boolean restate, boolean replace) {
            this(file, validation, restate, replace, null);
        }
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

    private final Application app;

    public SubmitFile(Application app) {
        this.app = app;
    }

    /**
     * Validates and, if accepted, commits one file. The submission log is read once: the
     * validator's earlier years, the duplicate check, the revision preview and whom the file
     * supersedes all come from that one snapshot, and the commit then checks only what was
     * appended since (a submission for the same country-years meanwhile makes it start again).
     */
    public Outcome submit(Request request) {
        return submit(request, true);
    }

    /**
     * What submitting the file would do, without writing anything (except keeping a rejected
     * file, as every upload is kept): its validation report, the revisions against the figures in
     * force, and the receipt it would get ({@link Receipt#UNCONFIRMED} standing for "would be
     * accepted").
     */
    public Outcome preview(Request request) {
        return submit(request, false);
    }

    private Outcome submit(Request request, boolean commit) {
        Path file = request.file();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("File " + file + " does not exist or is not a file.");
        }
        Warehouse warehouse = app.warehouseToWrite();
        SubmissionStore store = warehouse.submissions();
        String sha256 = SubmissionStore.sha256(file);
        long bytes = size(file);
        String name = request.validation().nameOf(file);
        for (int attempt = 1; ; attempt++) {
            SubmissionStore.FiguresInForce current = store.inForce(null);
            ValidatedFile validated = new StatisticsValidator(app.reference(), current.asPrior(),
                    app.validationSettings()).validate(file, request.validation());
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
            var duplicate = current.duplicateOf(sha256);
            if (duplicate.isPresent() && !request.restate()) {
                return new Outcome(validated, null, duplicateReceipt(duplicate.get(), name, sha256, bytes, report));
            }
            NewSubmission submission = warehouse.newSubmission(id, new NewSubmission.Upload(file, name, sha256, bytes, request.note()),
                    report, request.validation().country(), validated.observations(), current, request.restate());
            RevisionPreview revisions = submission.apply();
            if (!commit || revisions.dropsFigures() && !request.replace()) {
                return new Outcome(validated, revisions, new Receipt(Receipt.UNCONFIRMED, null, name, sha256, bytes,
                        validated.observations().size(), null, null, null, report.warnings().size(), 0));
            }
            try {
                Map<String, List<CountryYear>> supersedes = submission.supersedes();
                Submission accepted = submission.commit();
                return new Outcome(validated, revisions, new Receipt(Receipt.ACCEPTED, id, name, sha256, bytes,
                        accepted.rows(), accepted.committedAt(), null, supersedes, report.warnings().size(), 0));
            } catch (CommitLog.Conflict c) {
                if (sha256.equals(Submission.of(c.existing()).sha256())) {
                    // Another process accepted the same file meanwhile: its commit stands, this one is a duplicate.
                    return new Outcome(validated, null,
                            duplicateReceipt(Submission.of(c.existing()), name, sha256, bytes, report));
                }
                if (attempt == MAX_ATTEMPTS) {
                    throw new ConflictException("Other submissions for " + String.join(", ", revisions.countryYears()
                            .stream().map(CountryYear::toString).toList()) + " kept arriving while " + name
                            + " was being submitted; nothing was loaded from it: submit it again.");
                }
                // Another submission for these country-years committed meanwhile: compare with it and try again.
            }
        }
    }

    private static Receipt duplicateReceipt(Submission earlier, String name, String sha256, long bytes,
                                            ValidationReport report) {
        return new Receipt(Receipt.DUPLICATE, earlier.id(), name, sha256, bytes, earlier.rows(), earlier.committedAt(),
                earlier.id(), null, report.warnings().size(), 0);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new BadInputException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
