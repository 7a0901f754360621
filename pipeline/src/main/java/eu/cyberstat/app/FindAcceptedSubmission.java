package eu.cyberstat.app;

import eu.cyberstat.warehousing.Submission;
import eu.cyberstat.warehousing.SubmissionStore;
import eu.cyberstat.warehousing.Warehouse;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The accepted submission of a file (by its SHA-256) for a country, committed at or after an
 * instant, with the receipt its submitter was given then: how a door that stopped between the
 * warehouse's commit and its own record learns what became of a submission it had started. Pure
 * Java: no Spark starts.
 */
public final class FindAcceptedSubmission {

    /** The submission's receipt as it was given at its commit, and the note that went with it (or null). */
    public record Found(Receipt receipt, String note) {
    }

    private final Application app;

    public FindAcceptedSubmission(Application app) {
        this.app = app;
    }

    public Optional<Found> find(String sha256, String country, Instant notBefore) {
        Optional<Warehouse> warehouse = app.findWarehouse();
        if (warehouse.isEmpty()) {
            return Optional.empty();
        }
        SubmissionStore store = warehouse.get().submissions();
        return store.history().stream()
                .filter(s -> s.sha256().equals(sha256) && Objects.equals(s.declaredCountry(), country)
                        && !s.committedAt().isBefore(notBefore))
                .findFirst()
                .map(s -> new Found(receipt(s, store), s.note()));
    }

    private static Receipt receipt(Submission s, SubmissionStore store) {
        return new Receipt(Receipt.ACCEPTED, s.id(), s.fileName(), s.sha256(), s.bytes(), s.rows(), s.committedAt(), null,
                store.supersededWhenCommitted(s.id()), s.warnings(), 0);
    }
}
