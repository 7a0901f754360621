package eu.cyberstat.warehousing;

import eu.cyberstat.failure.StorageException;
import eu.cyberstat.failure.StorageProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What the operating system said when a write failed, as a sentence that names the folder and
 * says what to do: a full disk, a read-only file system, a missing permission, a rename that
 * would cross devices. The cause may come wrapped (Spark wraps its tasks' failures several times
 * over); the system's own words are found in it and the rest is left to {@code --verbose}.
 */
public final class StorageFailures {

    private StorageFailures() {
    }

    /**
     * A storage failure while {@code doing} something (e.g. "write", "commit to") in {@code where}.
     *
     * @param where the file or folder that could not be written
     */
    public static StorageException of(String doing, Path where, Throwable cause) {
        if (cause instanceof StorageException known) {
            return known;
        }
        return of(doing, where.toAbsolutePath().normalize().toString(), toldByTheDisk(where, cause));
    }

    /**
     * As {@link #of(String, Path, Throwable)}, for a place named as its storage shows it (a Hadoop URI):
     * no local disk to ask, only what the chain says.
     */
    static StorageException of(String doing, String folder, Throwable cause) {
        if (cause instanceof StorageException known) {
            return known;
        }
        String reason = reason(cause);
        String lower = reason.toLowerCase(Locale.ROOT);
        String nothing = " Nothing was committed; what was written in part is a leftover (cyberstat warehouse check "
                + "lists it).";
        StorageProblem problem = StorageProblem.said(reason).orElse(null);
        if (problem == StorageProblem.FULL) {
            return new StorageException("No space left on the device of " + folder + " (cannot " + doing + " it: "
                    + reason + "): free space there, or move the folder to a larger disk, then run the command again."
                    + nothing, cause);
        }
        if (problem == StorageProblem.READ_ONLY) {
            return new StorageException(folder + " is on a read-only file system (cannot " + doing + " it): remount the "
                    + "disk read-write, or name a writable folder (--warehouse, --out), then run the command again.",
                    cause);
        }
        if (find(cause, AccessDeniedException.class).isPresent() || lower.contains("permission denied")) {
            return new StorageException("cyberstat may not write in " + folder + " (cannot " + doing + " it: permission "
                    + "denied): give this account write permission on the folder, or name a folder it may write in "
                    + "(--warehouse, --out).", cause);
        }
        if (find(cause, AtomicMoveNotSupportedException.class).isPresent() || lower.contains("cross-device")) {
            return new StorageException("Cannot " + doing + " " + folder + " in one atomic rename: what was written "
                    + "aside is on another device (" + reason + "). Keep the warehouse, its _staging folder and the "
                    + "output folder's parent each on one local disk, with no symbolic link to another disk; a rename "
                    + "that is not atomic could leave half a change visible, so cyberstat never copies instead.",
                    cause);
        }
        return new StorageException("Cannot " + doing + " " + folder + ": " + reason, cause);
    }

    /**
     * Hadoop's local file system sometimes drops the system's words ("Mkdirs failed to create ...",
     * a {@code false} from {@code mkdirs}): when the chain does not say why, the disk of {@code where}
     * (its nearest existing folder) is asked whether it is read-only or full.
     */
    private static Throwable toldByTheDisk(Path where, Throwable cause) {
        if (StorageProblem.in(cause).isPresent()) {
            return cause;
        }
        Path existing = where.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return cause;
        }
        String words;
        try {
            FileStore disk = Files.getFileStore(existing);
            words = disk.isReadOnly() ? "Read-only file system"
                    : disk.getUsableSpace() == 0 ? "No space left on device" : null;
        } catch (IOException e) {
            return cause;
        }
        if (words == null) {
            return cause;
        }
        IOException told = new IOException(words);
        told.addSuppressed(cause); // what the library said, for --verbose
        return told;
    }

    /** The innermost message of the I/O failure in the chain, else of the cause itself. */
    private static String reason(Throwable cause) {
        Throwable io = find(cause, IOException.class).map(Throwable.class::cast).orElse(cause);
        // A FileSystemException's message repeats the file; its reason alone is the system's words.
        String message = io instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : io.getMessage();
        return message == null ? io.getClass().getSimpleName() : message;
    }

    private static <T extends Throwable> Optional<T> find(Throwable t, Class<T> kind) {
        T found = null;
        for (Throwable c = t; c != null && c != c.getCause(); c = c.getCause()) {
            if (kind.isInstance(c)) {
                found = kind.cast(c); // the innermost: the system's own words
            }
        }
        return Optional.ofNullable(found);
    }
}
