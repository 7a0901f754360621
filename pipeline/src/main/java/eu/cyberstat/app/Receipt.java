package eu.cyberstat.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import eu.cyberstat.warehousing.CountryYear;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an uploader gets back for a file: the submission id, the file's SHA-256, how many
 * figures were accepted, the warnings, and which earlier submissions it supersedes for which
 * country-years. {@code status} is accepted, duplicate (the same file is already in force:
 * nothing written), unconfirmed (valid, but it would stop publishing figures in force and was
 * submitted without {@code --replace}: nothing written) or rejected.
 */
@JsonPropertyOrder({"status", "submissionId", "file", "sha256", "bytes", "rows", "committedAt", "duplicateOf",
    "supersedes", "warnings", "errors"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Receipt(String status, String submissionId, String file, String sha256, long bytes, long rows,
                      Instant committedAt, String duplicateOf, Map<String, List<CountryYear>> supersedes,
                      int warnings, int errors) {

    public static final String ACCEPTED = "accepted";
    public static final String DUPLICATE = "duplicate";
    public static final String REJECTED = "rejected";
    public static final String UNCONFIRMED = "unconfirmed";

    public boolean isRejected() {
        return REJECTED.equals(status);
    }

    /** True when nothing was loaded although the file is valid: it needs {@code --replace}. */
    public boolean isUnconfirmed() {
        return UNCONFIRMED.equals(status);
    }
}
