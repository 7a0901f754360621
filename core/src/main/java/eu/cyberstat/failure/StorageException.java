package eu.cyberstat.failure;

/**
 * The warehouse or an output folder could not be read or written: a full or read-only disk, a
 * damaged commit log, a file system that cannot rename atomically. Not the user's input; the
 * message says which file and what the system reported, and nothing half-written is visible.
 */
public non-sealed class StorageException extends CyberstatException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
