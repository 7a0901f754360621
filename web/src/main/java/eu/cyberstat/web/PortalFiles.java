package eu.cyberstat.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The portal's folder and its files: the folder {@code rwx------}, every file {@code rw-------}
 * (accounts, audit log and demo passwords are for the service's owner alone), and one lock per
 * file that serialises writers in this process (threads) and across processes (the service and
 * a {@code cyberstat accounts} command at the same time).
 */
public final class PortalFiles {

    /** {@code rw-------}, octal 0600. */
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    // A FileLock is held by the whole JVM: threads of one process queue on this lock first.
    private static final ConcurrentMap<Path, ReentrantLock> LOCAL_LOCKS = new ConcurrentHashMap<>();

    private PortalFiles() {
    }

    /** Creates the portal folder (owner only) when it does not exist. */
    public static Path folder(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                ownerOnly(dir, OWNER_ONLY_FOLDER);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the portal folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Gives {@code file} the owner-only mode; nothing on a file system without POSIX permissions. */
    public static void ownerOnly(Path file) throws IOException {
        ownerOnly(file, OWNER_ONLY);
    }

    private static void ownerOnly(Path path, Set<PosixFilePermission> mode) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, mode);
        }
    }

    /** Runs {@code action} holding the lock of {@code file} (a {@code .lock} file beside it). */
    public static <T> T locked(Path file, Supplier<T> action) {
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        ReentrantLock local = LOCAL_LOCKS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), p -> new ReentrantLock());
        local.lock();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            ownerOnly(lockFile);
            return action.get();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + lockFile + ": " + e.getMessage(), e);
        } finally {
            local.unlock();
        }
    }
}
