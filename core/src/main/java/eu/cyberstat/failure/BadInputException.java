package eu.cyberstat.failure;

/**
 * Something the user handed over cannot be used as it is: a file that cannot be read as what it
 * claims to be, a profile that does not parse, a setting or option out of range, a folder that
 * is not a warehouse. The message names the file (and line or key) and says how to fix it.
 */
public non-sealed class BadInputException extends CyberstatException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
