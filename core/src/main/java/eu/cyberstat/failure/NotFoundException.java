package eu.cyberstat.failure;

/**
 * What is asked for is not there: no warehouse where one was named, no figures for the year
 * asked, no submission with that id. Not the user's mistake in writing the request; the message
 * says what is missing and how to get it.
 */
public non-sealed class NotFoundException extends CyberstatException {

    public NotFoundException(String message) {
        super(message);
    }

    public NotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
