package eu.cyberstat.web.upload;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.cyberstat.app.Receipt;
import java.time.Instant;

/**
 * One file received by the portal (a page, the API or the drop folder), as its record in the
 * portal's upload store says: who sent it for which country, its name as the client gave it
 * (shown, never used as a path), size, SHA-256 and kind by content, and where it stands.
 *
 * @param id           the upload's own id ({@code U} and 24 hex digits), random
 * @param profile      the mapping profile chosen (its file name in the profiles folder), or null
 * @param status       {@link Status}
 * @param submissionId the accepted submission (or the rejected upload's id in the warehouse), once known
 * @param note         the uploader's note with its confirmation, or null
 * @param receipt      the receipt of the submission, once confirmed (or rejected)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Upload(String id, String country, String account, String fileName, long bytes, String sha256,
                     ContentKind kind, Instant receivedAt, String profile, Status status, String submissionId,
                     String note, Receipt receipt) {

    /** Where an upload stands. */
    public enum Status {
        /** Valid, waiting for its uploader to confirm or discard it after the revisions preview. */
        VALIDATED,
        /** Rejected by the validation (kept in the warehouse with its report). */
        REJECTED,
        /** The same file is in force already: nothing to confirm. */
        DUPLICATE,
        /** Confirmed and accepted: a submission. */
        ACCEPTED,
        /** Discarded by its uploader: the file is deleted. */
        DISCARDED
    }

    public Upload with(Status newStatus, String newSubmissionId, String newNote, Receipt newReceipt) {
        return new Upload(id, country, account, fileName, bytes, sha256, kind, receivedAt, profile, newStatus,
                newSubmissionId, newNote, newReceipt);
    }

    public boolean isOpen() {
        return status == Status.VALIDATED;
    }
}
