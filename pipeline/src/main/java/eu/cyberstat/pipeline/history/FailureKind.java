package eu.cyberstat.pipeline.history;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.failure.ConflictException;
import eu.cyberstat.failure.ForbiddenException;
import eu.cyberstat.failure.NotFoundException;
import eu.cyberstat.failure.StorageException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Why a run failed, which decides whether it is tried again. */
public enum FailureKind {
    /** The data or the request are wrong (a year without figures, an unreadable template): trying again gives the same. */
    BAD_DATA(false),
    /** Reading or writing failed, or a commit clashed with another: may pass, so the run is tried again after a pause. */
    TRANSIENT(true),
    /** A defect of cyberstat: not tried again; its message is in the run's log. */
    INTERNAL(false);

    private final boolean retried;

    FailureKind(boolean retried) {
        this.retried = retried;
    }

    public boolean isRetried() {
        return retried;
    }

    /** The kind of a failure, from its type and its causes'. */
    public static FailureKind of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BadInputException || t instanceof NotFoundException || t instanceof ForbiddenException) {
                return BAD_DATA;
            }
            if (t instanceof StorageException || t instanceof ConflictException || t instanceof UncheckedIOException
                    || t instanceof IOException) {
                return TRANSIENT;
            }
        }
        return INTERNAL;
    }
}
