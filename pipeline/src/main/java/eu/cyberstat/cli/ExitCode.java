package eu.cyberstat.cli;

import eu.cyberstat.failure.ConflictException;
import eu.cyberstat.failure.ForbiddenException;
import eu.cyberstat.failure.NotFoundException;

/** Exit statuses of every cyberstat command. */
public final class ExitCode {

    /** Done; for validate and submit: accepted (warnings allowed). */
    public static final int OK = 0;
    /**
     * The input was rejected (validation errors), a submission would withdraw figures without
     * {@code --replace}, there is nothing to work on (no warehouse where one is read, no
     * figures for the year asked), or the request clashed with a change committed meanwhile or is
     * not allowed: nothing was written.
     */
    public static final int REJECTED = 1;
    /** Usage error, or an input or output that could not be read or written. */
    public static final int USAGE_OR_IO = 2;

    private ExitCode() {
    }

    /** The exit status of a command that failed with {@code e}. */
    static int of(Exception e) {
        if (e instanceof NotFoundException || e instanceof ConflictException || e instanceof ForbiddenException) {
            return REJECTED;
        }
        // BadInputException, StorageException, an unreadable file, an internal error.
        return USAGE_OR_IO;
    }
}
