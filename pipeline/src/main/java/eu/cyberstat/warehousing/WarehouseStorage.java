package eu.cyberstat.warehousing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The file system a warehouse lives on: exactly the operations the warehouse needs, and nothing
 * else touches its files. {@link LocalStorage} is a folder of this machine (or a file system every
 * node mounts at the same path); {@link HadoopStorage} is a Hadoop file system with atomic renames
 * (HDFS). Which one a warehouse uses follows from its location ({@link WarehouseLocation}).
 *
 * <p>Names are {@link Path}s in the warehouse's own name space: on Hadoop, the path part of the
 * URI (the storage adds scheme and authority). They are only names: every access goes through
 * here, and {@link #describe} is how one is shown, or given to Spark.
 */
public interface WarehouseStorage {

    /** The name as a reader sees it and as Spark takes it: a local path, or the Hadoop URI. */
    String describe(Path p);

    /** Whether something is there (through a symbolic link: ask {@link #isLink} first where that matters). */
    boolean exists(Path p);

    /** A folder (through a symbolic link, as {@link #exists}). */
    boolean isDirectory(Path p);

    /** A regular file (through a symbolic link, as {@link #exists}). */
    boolean isFile(Path p);

    /** A symbolic link: the warehouse holds none (a link may lead out of it). */
    boolean isLink(Path p);

    /** Where a symbolic link leads, as shown in a message ("" when unknown). */
    String linkTarget(Path link);

    /** The entries of a folder, sorted by name; empty when it is not one. */
    List<Path> list(Path dir);

    /** {@code p} and everything under it, links not followed; what vanishes while listed is left out. */
    List<Path> walk(Path p);

    void createDirectories(Path dir) throws IOException;

    /** A folder its owner only may enter (mode 0700), created when missing (the alert key's). */
    void createPrivateDirectory(Path dir) throws IOException;

    /** Reads a regular file (never through a symbolic link). */
    InputStream read(Path file) throws IOException;

    long size(Path p) throws IOException;

    Instant lastModified(Path p) throws IOException;

    /**
     * Writes a new file in a folder being staged (nothing reads it before its folder is moved into
     * place): created, never replacing one, and forced to disk when closed.
     */
    void write(Path target, AtomicFiles.Content content) throws IOException;

    /** Copies a local file (an upload) into a new file of a folder being staged. */
    void copyIn(Path localFile, Path target) throws IOException;

    /** Writes {@code target} whole or not at all, replacing any file there (see {@link AtomicFiles#publish}). */
    void publish(Path target, Set<PosixFilePermission> mode, AtomicFiles.Content content);

    /**
     * Writes {@code target} whole unless it exists already, in one no-replace rename: of two
     * writers, the first wins and the other's content is discarded. Returns whether this call
     * created it.
     */
    boolean createOnce(Path target, Set<PosixFilePermission> mode, AtomicFiles.Content content);

    /**
     * Renames a complete file or folder onto {@code target} in one step (replacing a file there),
     * creating the target's parent folders. A folder is never merged into an existing one.
     */
    void moveIntoPlace(Path staged, Path target);

    /** Deletes a file if present. */
    void delete(Path p);

    /** Deletes a folder and everything in it, never following a symbolic link out of it. */
    void deleteTree(Path dir);

    /**
     * Runs one append to the commit log in {@code logDir} with the writers' exclusion this storage
     * offers: a file lock on a local disk, which the system releases when its process dies; none
     * on Hadoop, which has no such lock, where {@link #createOnce}'s no-replace rename decides
     * which of two writers gets a sequence number and the other tries the next one.
     */
    <T> T appendingTo(Path logDir, LogAppend<T> append) throws IOException;

    /** A failure to {@code doing} (e.g. "write") {@code where}, in the system's words (see {@link StorageFailures}). */
    eu.cyberstat.failure.StorageException failure(String doing, Path where, Throwable cause);

    /** What runs under {@link #appendingTo}. */
    @FunctionalInterface
    interface LogAppend<T> {
        T run() throws IOException;
    }
}
