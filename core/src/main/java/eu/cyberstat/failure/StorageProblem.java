package eu.cyberstat.failure;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The two storage failures a person can act on without reading a stack trace — the disk is full,
 * or it is read-only — told from the operating system's words wherever they sit in a chain of
 * causes (Spark and Hadoop wrap them several times over, Hadoop once in an {@code Error}).
 */
public enum StorageProblem {
    /** "No space left on device", or a disk quota reached. */
    FULL,
    /** "Read-only file system". */
    READ_ONLY;

    /** The problem the chain of {@code failure} reports, if it is one of these. */
    public static Optional<StorageProblem> in(Throwable failure) {
        for (Throwable c = failure; c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof IOException || c instanceof StorageException) {
                Optional<StorageProblem> said = said(c.getMessage());
                if (said.isPresent()) {
                    return said;
                }
            }
        }
        return Optional.empty();
    }

    /** The problem these words of the system name, if any. */
    public static Optional<StorageProblem> said(String words) {
        String lower = words == null ? "" : words.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left on device") || lower.contains("disk quota exceeded")) {
            return Optional.of(FULL);
        }
        if (lower.contains("read-only file system")) {
            return Optional.of(READ_ONLY);
        }
        return Optional.empty();
    }
}
