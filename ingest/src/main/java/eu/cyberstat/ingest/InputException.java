package eu.cyberstat.ingest;

/**
 * A problem with something the user handed to cyberstat (a file that cannot be read, a profile
 * that does not parse, a folder that is not a warehouse). The message is a sentence for the
 * user that names the file and says what to do; the command line prints it without a stack
 * trace and exits with status 2.
 */
public class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
