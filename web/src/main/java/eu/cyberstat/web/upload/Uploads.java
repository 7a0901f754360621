package eu.cyberstat.web.upload;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.FindAcceptedSubmission;
import eu.cyberstat.app.Receipt;
import eu.cyberstat.app.SubmitFile;
import eu.cyberstat.app.ValidateFile;
import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.ingest.profile.MappingProfile;
import eu.cyberstat.ingest.profile.MappingProfiles;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.problem.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the portal does with a file it received, through the same use case as
 * {@code cyberstat submit}: the preview (validation report, revisions against the figures in force,
 * nothing committed), then, on the uploader's confirmation, the submission itself. The outcome of
 * each step is kept beside the file in the {@link UploadStore}; nothing is validated or committed
 * here.
 */
public final class Uploads {

    /** What a step said: the validation report, the revisions (null when rejected or a duplicate) and the receipt. */
    public record Outcome(ValidationReport report, Revisions revisions, Receipt receipt) {
    }

    private final Application app;
    private final UploadStore store;
    private final Path profilesDir;

    public Uploads(Application app, UploadStore store, Path profilesDir) {
        this.app = app;
        this.store = store;
        this.profilesDir = profilesDir;
    }

    public UploadStore store() {
        return store;
    }

    /**
     * Validates a received file and previews what it would revise; records where it stands
     * (validated, rejected, or a duplicate of a submission in force).
     */
    public Outcome preview(Upload upload) {
        SubmitFile.Outcome o = new SubmitFile(app).preview(request(upload, false));
        Revisions revisions = o.revisions() == null ? null : Revisions.of(o.revisions());
        store.write(upload, UploadStore.REPORT, o.report().toJson());
        if (revisions != null) {
            store.write(upload, UploadStore.REVISIONS, revisions);
        }
        Receipt r = o.receipt();
        Upload.Status status = r.isRejected() ? Upload.Status.REJECTED
                : Receipt.DUPLICATE.equals(r.status()) ? Upload.Status.DUPLICATE : Upload.Status.VALIDATED;
        store.save(upload.with(status, r.isRejected() || status == Upload.Status.DUPLICATE ? r.submissionId() : null,
                null, status == Upload.Status.VALIDATED ? null : r));
        return new Outcome(o.report(), revisions, r);
    }

    /**
     * Submits a validated upload (the same atomic commit as {@code cyberstat submit}). Without
     * {@code replace}, a file that would stop publishing figures in force is not loaded
     * ({@link Receipt#UNCONFIRMED}) and stays open.
     */
    public Outcome confirm(Upload upload, String note, boolean replace) {
        SubmitFile.Outcome o = new SubmitFile(app).submit(request(upload, replace, note));
        Revisions revisions = o.revisions() == null ? null : Revisions.of(o.revisions());
        Receipt r = o.receipt();
        if (r.isUnconfirmed()) {
            if (revisions != null) {
                store.write(upload, UploadStore.REVISIONS, revisions);
            }
            return new Outcome(o.report(), revisions, r);
        }
        Upload.Status status = Receipt.ACCEPTED.equals(r.status()) ? Upload.Status.ACCEPTED
                : r.isRejected() ? Upload.Status.REJECTED : Upload.Status.DUPLICATE;
        store.write(upload, UploadStore.REPORT, o.report().toJson());
        store.save(upload.with(status, r.submissionId(), note == null || note.isBlank() ? null : note.strip(), r));
        return new Outcome(o.report(), revisions, r);
    }

    /**
     * Records the confirmations a stopped service committed without recording them: killed between
     * the warehouse's commit and the upload's record, an upload still says validated although its
     * file is a submission. Such an upload's submission is the accepted one of the same file for the
     * same country committed after the upload arrived; its record and receipt are written from the
     * warehouse's. Run at the service's start, before any request. Returns how many were recorded.
     */
    public int recordConfirmationsOfAStoppedService() {
        FindAcceptedSubmission accepted = new FindAcceptedSubmission(app);
        int recorded = 0;
        for (Upload upload : store.all()) {
            if (!upload.isOpen()) {
                continue;
            }
            Optional<FindAcceptedSubmission.Found> committed =
                    accepted.find(upload.sha256(), upload.country(), upload.receivedAt());
            if (committed.isPresent()) {
                Receipt r = committed.get().receipt();
                store.save(upload.with(Upload.Status.ACCEPTED, r.submissionId(), committed.get().note(), r));
                recorded++;
            }
        }
        return recorded;
    }

    /** The report kept with an upload. */
    public ValidationReport report(Upload upload) {
        try {
            return ValidationReport.fromJson(Files.readString(store.beside(upload, UploadStore.REPORT)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The revisions preview kept with an upload, if it was valid. */
    public Optional<Revisions> revisions(Upload upload) {
        Path file = store.beside(upload, UploadStore.REVISIONS);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UploadStore.JSON.readValue(file.toFile(), Revisions.class));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The mapping profiles an uploader for {@code country} may choose: the files of the profiles
     * folder whose fixed country is it, by file name (an operator, {@code country} null, sees all).
     */
    public List<String> profiles(String country) {
        if (!Files.isDirectory(profilesDir)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(profilesDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                try {
                    MappingProfile p = MappingProfiles.load(f, app.reference());
                    if (country == null || country.equals(p.fixed().get("country"))) {
                        out.add(f.getFileName().toString());
                    }
                } catch (BadInputException notAStatisticsProfile) {
                    // an alert-platform profile, or a broken one: not offered
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** The profile file of a name offered for the country; the client never names a path. */
    public Optional<Path> profile(String country, String name) {
        return name == null || name.isBlank() ? Optional.empty()
                : profiles(country).stream().filter(name::equals).findFirst().map(profilesDir::resolve);
    }

    /** Only the validation report, as {@code cyberstat validate} gives it: nothing is previewed or kept. */
    public ValidationReport validate(Upload upload) {
        return new ValidateFile(app).validate(new ValidateFile.Request(store.content(upload), validation(upload)))
                .validated().report();
    }

    private SubmitFile.Request request(Upload upload, boolean replace) {
        return request(upload, replace, null);
    }

    /** The note goes with the submission into the warehouse: the report's revision notes show it. */
    private SubmitFile.Request request(Upload upload, boolean replace, String note) {
        return new SubmitFile.Request(store.content(upload), validation(upload), false, replace, note);
    }

    private ValidationRequest validation(Upload upload) {
        Path profile = upload.profile() == null ? null : profilesDir.resolve(upload.profile());
        return new ValidationRequest(upload.country(), profile, null, upload.fileName());
    }
}
