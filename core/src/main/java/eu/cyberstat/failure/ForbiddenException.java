package eu.cyberstat.failure;

/**
 * Whoever asks may not do it: an uploader asking for another country's data, an account without
 * the role an operation needs. The message says what was refused, not what exists.
 */
public non-sealed class ForbiddenException extends CyberstatException {

    public ForbiddenException(String message) {
        super(message);
    }
}
