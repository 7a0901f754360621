package eu.cyberstat.warehousing;

import eu.cyberstat.failure.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * A warehouse in a folder of a file system this machine mounts (a local disk, or a shared one
 * mounted at the same path on every node): java.nio, each write forced to disk, renames with
 * {@code ATOMIC_MOVE} ({@link AtomicFiles}), and commits serialised by a file lock.
 */
public final class LocalStorage implements WarehouseStorage {

    /** The one instance: a local file system has no settings. */
    public static final LocalStorage INSTANCE = new LocalStorage();

    /** Threads of this JVM queue on an in-process lock; the file lock excludes other processes. */
    private static final ConcurrentMap<Path, ReentrantLock> LOCAL_LOCKS = new ConcurrentHashMap<>();

    private LocalStorage() {
    }

    @Override
    public String describe(Path p) {
        return p.toString();
    }

    @Override
    public StorageException failure(String doing, Path where, Throwable cause) {
        return StorageFailures.of(doing, where, cause); // the disk itself is asked when the chain does not say why
    }

    @Override
    public boolean exists(Path p) {
        return Files.exists(p);
    }

    @Override
    public boolean isDirectory(Path p) {
        return Files.isDirectory(p);
    }

    @Override
    public boolean isFile(Path p) {
        return Files.isRegularFile(p);
    }

    @Override
    public boolean isLink(Path p) {
        return Files.isSymbolicLink(p);
    }

    @Override
    public String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public List<Path> list(Path dir) {
        if (!isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new StorageException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<Path> walk(Path p) {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(p)) {
            return files.toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new StorageException("Cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void createDirectories(Path dir) throws IOException {
        Files.createDirectories(dir);
    }

    @Override
    public void createPrivateDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
    }

    @Override
    public InputStream read(Path file) throws IOException {
        return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public long size(Path p) throws IOException {
        return Files.size(p);
    }

    @Override
    public Instant lastModified(Path p) throws IOException {
        return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant();
    }

    @Override
    public void write(Path target, AtomicFiles.Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    @Override
    public void copyIn(Path localFile, Path target) throws IOException {
        Files.copy(localFile, target);
    }

    @Override
    public void publish(Path target, Set<PosixFilePermission> mode, AtomicFiles.Content content) {
        AtomicFiles.publish(target, mode, content);
    }

    @Override
    public boolean createOnce(Path target, Set<PosixFilePermission> mode, AtomicFiles.Content content) {
        return AtomicFiles.createOnce(target, mode, content);
    }

    @Override
    public void moveIntoPlace(Path staged, Path target) {
        AtomicFiles.moveIntoPlace(staged, target);
    }

    @Override
    public void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw failure("remove", p, e);
        }
    }

    @Override
    public void deleteTree(Path dir) {
        AtomicFiles.deleteTree(dir);
    }

    @Override
    public <T> T appendingTo(Path logDir, LogAppend<T> append) throws IOException {
        Files.createDirectories(logDir);
        ReentrantLock local = LOCAL_LOCKS.computeIfAbsent(logDir.toAbsolutePath().normalize(), d -> new ReentrantLock());
        local.lock();
        try (FileChannel lockChannel = FileChannel.open(logDir.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = lockChannel.lock()) {
            return append.run();
        } finally {
            local.unlock();
        }
    }
}
