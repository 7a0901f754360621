package eu.cyberstat.pipeline.alerts;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.failure.StorageException;
import eu.cyberstat.ingest.alerts.HmacSha256;
import eu.cyberstat.pipeline.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The secret key of the keyed URL hash. Taken from the setting {@code alerts.hmac.key}, else
 * the environment variable {@code CYBERSTAT_ALERTS_HMAC_KEY}; without one, ingest refuses to
 * run, except when asked to use a warehouse key: a random key created once in
 * {@code WAREHOUSE/_private/alerts-hmac.key} (owner-only permissions), for the demo and for a
 * single-machine warehouse. The key is never logged. Its check value (an HMAC of a fixed text)
 * is kept in {@code _private/alerts-hmac.check} so that an ingest with a different key, which
 * would silently break duplicate counting across ingests, is refused.
 */
public final class AlertKeys {

    static final String PRIVATE_DIR = "_private";
    static final String KEY_FILE = "alerts-hmac.key";
    static final String CHECK_FILE = "alerts-hmac.check";

    private AlertKeys() {
    }

    /** The key to use for {@code warehouse}. */
    public static byte[] resolve(Settings settings, Path warehouse, boolean useWarehouseKey) {
        Optional<String> configured = settings.get(AlertSettings.HMAC_KEY).filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(System.getenv(AlertSettings.HMAC_KEY_ENV)).filter(s -> !s.isBlank()));
        byte[] key;
        if (configured.isPresent()) {
            if (configured.get().length() < AlertSettings.HMAC_KEY_MIN_LENGTH) {
                throw new BadInputException("The alert URL key (setting " + AlertSettings.HMAC_KEY + " or environment variable "
                        + AlertSettings.HMAC_KEY_ENV + ") must have at least " + AlertSettings.HMAC_KEY_MIN_LENGTH
                        + " characters; make one with: openssl rand -base64 32");
            }
            key = configured.get().getBytes(StandardCharsets.UTF_8);
        } else if (useWarehouseKey) {
            key = warehouseKey(warehouse);
        } else {
            throw new BadInputException("Alert exports hold URLs, which cyberstat stores only as a keyed hash, and no key is set. "
                    + "Put a secret of at least " + AlertSettings.HMAC_KEY_MIN_LENGTH + " characters (openssl rand -base64 32) "
                    + "in the setting " + AlertSettings.HMAC_KEY + " (cyberstat.properties, never committed) or in the "
                    + "environment variable " + AlertSettings.HMAC_KEY_ENV + ", or pass --warehouse-key to keep a random "
                    + "key inside the warehouse (demo, single machine).");
        }
        checkMatchesWarehouse(warehouse, key);
        return key;
    }

    private static byte[] warehouseKey(Path warehouse) {
        Path dir = privateDir(warehouse);
        Path file = dir.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Path tmp = Files.createTempFile(dir, KEY_FILE, ".tmp", PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
                Files.writeString(tmp, Base64.getEncoder().encodeToString(random));
                try {
                    Files.createLink(file, tmp); // fails if another process made the key first: theirs wins
                } catch (FileAlreadyExistsException raced) {
                    // keep the existing key
                } finally {
                    Files.delete(tmp);
                }
            }
            return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException | UnsupportedOperationException e) {
            throw new StorageException("Cannot create or read the warehouse's alert key " + file + ": " + e.getMessage(), e);
        }
    }

    private static void checkMatchesWarehouse(Path warehouse, byte[] key) {
        String check = HexFormat.of().formatHex(new HmacSha256(key).mac("cyberstat alert key check".getBytes(
                StandardCharsets.UTF_8)), 0, 16);
        Path file = privateDir(warehouse).resolve(CHECK_FILE);
        try {
            if (Files.exists(file)) {
                if (!Files.readString(file).strip().equals(check)) {
                    throw new BadInputException("The alert URL key differs from the one this warehouse's alerts were hashed "
                            + "with (" + file + "): duplicate URLs could no longer be counted. Use the original key.");
                }
            } else {
                Files.writeString(file, check + "\n");
            }
        } catch (IOException e) {
            throw new StorageException("Cannot read or write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path privateDir(Path warehouse) {
        Path dir = warehouse.resolve(PRIVATE_DIR);
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new StorageException("Cannot create " + dir + ": " + e.getMessage(), e);
        }
        return dir;
    }
}
