package eu.cyberstat.warehousing;

import eu.cyberstat.failure.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The file a commit keeps byte for byte (a submission's upload, a population import): its name,
 * SHA-256 and size as the commit's properties, written and read here for every kind of commit.
 */
final class KeptFile {

    private static final String FILE = "file";
    private static final String SHA256 = "sha256";
    private static final String BYTES = "bytes";

    private KeptFile() {
    }

    /** Whether a commit keeps exactly this file. */
    static boolean holds(Commit c, String sha256) {
        return sha256.equals(c.property(SHA256));
    }

    static void put(Map<String, String> properties, String name, String sha256, long bytes) {
        properties.put(FILE, name);
        properties.put(SHA256, sha256);
        properties.put(BYTES, Long.toString(bytes));
    }

    static String name(Commit c) {
        return c.property(FILE);
    }

    static String sha256(Commit c) {
        return c.property(SHA256);
    }

    static long bytes(Commit c) {
        String bytes = c.property(BYTES);
        return bytes.isEmpty() ? 0 : Long.parseLong(bytes);
    }

    /**
     * The file a commit keeps in {@code rawDir}, read back: the one regular file there, whose
     * SHA-256 is the one the commit recorded.
     *
     * @throws StorageException when it is missing, a symbolic link, or changed since the commit
     */
    static Path readBack(WarehouseStorage storage, Path rawDir, Commit c) {
        verify(storage, rawDir, c).ifPresent(d -> {
            throw new StorageException(storage.describe(d.path()) + " " + d.problem(), null);
        });
        return only(storage, rawDir).orElseThrow();
    }

    /** What is wrong with the file a commit keeps in {@code rawDir}, if anything (see {@link #readBack}). */
    static Optional<WarehouseCheck.Damage> verify(WarehouseStorage storage, Path rawDir, Commit c) {
        String restore = " Restore it from the warehouse's backup (or from the sender's original, whose SHA-256 the "
                + "commit records); until then nothing read from it can be trusted.";
        Optional<Path> file = only(storage, rawDir);
        if (file.isEmpty()) {
            return Optional.of(new WarehouseCheck.Damage(rawDir, "holds no kept file, though commit " + c.id()
                    + " kept " + name(c) + " there." + restore));
        }
        Path f = file.get();
        if (storage.isLink(f)) {
            return Optional.of(new WarehouseCheck.Damage(f, "is a symbolic link, not the file commit " + c.id()
                    + " kept: a link may lead out of the warehouse and is never read." + restore));
        }
        String recorded = sha256(c);
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        String now;
        try (InputStream in = storage.read(f)) {
            now = DigestUtils.sha256Hex(in);
        } catch (IOException e) {
            return Optional.of(new WarehouseCheck.Damage(f, "cannot be read (" + e.getMessage() + ")." + restore));
        }
        if (!now.equals(recorded)) {
            return Optional.of(new WarehouseCheck.Damage(f, "has changed since commit " + c.id() + " kept it: its "
                    + "SHA-256 is " + now + ", the commit recorded " + recorded + "." + restore));
        }
        return Optional.empty();
    }

    private static Optional<Path> only(WarehouseStorage storage, Path rawDir) {
        if (storage.isLink(rawDir)) {
            return Optional.empty();
        }
        return storage.list(rawDir).stream().findFirst();
    }
}
