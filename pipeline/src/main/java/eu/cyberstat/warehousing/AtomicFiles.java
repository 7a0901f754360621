package eu.cyberstat.warehousing;

import eu.cyberstat.failure.StorageException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.LinkOption;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The one way cyberstat makes a file or a folder visible: written in full beside its target,
 * forced to disk, then renamed over it in one step. A crash leaves the previous state or the new
 * one, never half of one; there is no fallback to a copy or a non-atomic move (a file system
 * that cannot rename atomically is refused with a {@link StorageException}). Commit-log entries,
 * staged table and submission folders, run outputs, report documents, the alert key and the
 * alert ingest's scratch files all go through here.
 *
 * <p>For the warehouse this is {@link LocalStorage}'s way of writing; a warehouse on HDFS is written
 * the same way through Hadoop by {@link HadoopStorage} (see {@link WarehouseStorage}).
 */
public final class AtomicFiles {

    /** Writes bytes into an output stream (and leaves it open: the publisher forces it to disk after). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * The mode of every published output (CSV, JSON, PDF, workbook, feedback sheet):
     * {@code rw-r--r--} (0644), whatever the umask (a temporary file is created 0600). Outputs are
     * publications, readable by everyone on the machine; only their owner replaces them.
     */
    public static final Set<PosixFilePermission> PUBLISHED = PosixFilePermissions.fromString("rw-r--r--");
    /** The mode of a secret (the warehouse's alert key): its owner only. */
    public static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} whole or not at all, replacing any file there, with the given mode
     * (null: the temporary file's, owner-only).
     */
    public static void publish(Path target, Set<PosixFilePermission> mode, Content content) {
        Path tmp = null;
        try {
            tmp = write(target, mode, content);
            moveIntoPlace(tmp, target);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * Writes {@code target} whole unless it exists already: of two processes creating it at once,
     * the first wins and the other keeps its content. Returns whether this call created it.
     */
    public static boolean createOnce(Path target, Set<PosixFilePermission> mode, Content content) {
        Path tmp = null;
        try {
            tmp = write(target, mode, content);
            Files.createLink(target, tmp);
            syncDirectory(target.getParent());
            return true;
        } catch (FileAlreadyExistsException raced) {
            return false;
        } catch (IOException | UnsupportedOperationException e) {
            throw StorageFailures.of("create", target, e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * Renames a complete file or folder onto {@code target} in one step (replacing a file there),
     * creating the target's parent folders. A folder is never merged into an existing one.
     */
    public static void moveIntoPlace(Path staged, Path target) {
        try {
            Files.createDirectories(target.getParent());
            if (Files.isDirectory(staged)) {
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(target.getParent());
        } catch (IOException e) {
            throw StorageFailures.of("put in place", target, e);
        }
    }

    /** The mark in the name of a folder being written beside its target: {@code .<target>.partial-<uuid>}. */
    public static final String PARTIAL = ".partial-";
    /** The mark in the name of a published folder set aside while its replacement moves in. */
    public static final String REPLACED = ".replaced-";

    /**
     * A new, empty, hidden folder beside {@code target} ({@code .<name>.partial-<uuid>}) to write
     * a folder's content in before {@link #publishFolder publishing} it: beside, so that the
     * publishing rename stays on one device.
     */
    public static Path stageFolderBeside(Path target) {
        Path staged = besides(target, PARTIAL);
        try {
            Files.createDirectories(staged);
            return staged;
        } catch (IOException e) {
            throw StorageFailures.of("create", staged, e);
        }
    }

    /**
     * Makes a complete folder, written with {@link #stageFolderBeside}, the content of
     * {@code target} in one rename. A folder already at {@code target} (its caller decided it may
     * be replaced) is first renamed aside ({@code .<name>.replaced-<uuid>}) and deleted after: a
     * crash in between leaves no {@code target} at all, never a mixture of the two, and both
     * folders for {@code cyberstat warehouse clean} to find.
     */
    public static void publishFolder(Path staged, Path target) {
        Path aside = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !isEmptyFolder(target)) {
            aside = besides(target, REPLACED);
            moveIntoPlace(target, aside);
        }
        moveIntoPlace(staged, target);
        if (aside != null) {
            deleteTree(aside);
        }
    }

    private static Path besides(Path target, String mark) {
        Path absolute = target.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + mark + UUID.randomUUID());
    }

    private static boolean isEmptyFolder(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes a folder and everything in it, never following a symbolic link out of it. */
    public static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw StorageFailures.of("delete", dir, e);
        }
    }

    /** Makes a rename durable (best effort: not every file system lets a directory be synced). */
    static void syncDirectory(Path directory) {
        try (FileChannel ch = FileChannel.open(directory, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Durability hint only; atomicity does not depend on it.
        }
    }

    /** The content in a fresh temporary file beside {@code target}, forced to disk, with {@code mode}. */
    private static Path write(Path target, Set<PosixFilePermission> mode, Content content) {
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            // A fresh name beside the target: two writers of one folder never share a temporary file.
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING); OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (mode != null && tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, mode);
            }
            return tmp;
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw StorageFailures.of("write", target, e);
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException ignored) {
            // Only a leftover temporary file; the target itself is complete or absent.
        }
    }
}
