package eu.cyberstat.web;

import eu.cyberstat.failure.ConflictException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The portal folder belongs to one running service: held for the service's life (the operating
 * system releases it when the process dies, however it dies). Holding it, the service knows that no
 * upload is in flight in the folder when it starts, so what a killed service left half-received can
 * be removed at once; and a second service on the same folder is refused instead of sharing
 * accounts, sessions and uploads with the first.
 */
final class ServiceLock implements AutoCloseable {

    static final String FILE = "serve.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private ServiceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the portal folder, or refuses when another service holds it. */
    static ServiceLock take(Path portalDir) {
        Path file = PortalFiles.folder(portalDir).resolve(FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            PortalFiles.ownerOnly(file);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw taken(portalDir);
            }
            return new ServiceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw taken(portalDir);
        } catch (IOException e) {
            close(channel);
            throw new UncheckedIOException("Cannot lock the portal folder " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    private static ConflictException taken(Path portalDir) {
        return new ConflictException("Another cyberstat serve is using the portal folder "
                + portalDir.toAbsolutePath().normalize() + ": stop it first, or give this service a folder of its own "
                + "(the setting portal.dir).");
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was taken
            }
        }
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release the portal folder's lock: " + e.getMessage(), e);
        }
    }
}
