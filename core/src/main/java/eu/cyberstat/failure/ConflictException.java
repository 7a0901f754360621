package eu.cyberstat.failure;

/**
 * The request clashes with what the warehouse holds or with a change committed meanwhile: the
 * same file accepted by another process, other submissions for the same country-years arriving
 * while this one was checked. Nothing was written; asking again may succeed.
 */
public non-sealed class ConflictException extends CyberstatException {

    public ConflictException(String message) {
        super(message);
    }
}
