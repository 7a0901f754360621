package eu.cyberstat.ingest;

/**
 * What a command reads is not there: no warehouse where one was named, no figures for the year
 * asked. Not a usage error, so the command line exits with status 1 rather than 2; the message
 * says what is missing and how to get it.
 */
public class NotFoundException extends InputException {

    public NotFoundException(String message) {
        super(message);
    }
}
