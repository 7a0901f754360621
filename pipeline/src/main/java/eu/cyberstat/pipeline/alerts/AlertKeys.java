package eu.cyberstat.pipeline.alerts;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.failure.StorageException;
import eu.cyberstat.ingest.alerts.HmacSha256;
import eu.cyberstat.pipeline.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.nio.file.Path;
import eu.cyberstat.warehousing.AtomicFiles;
import eu.cyberstat.warehousing.Warehouse;
import eu.cyberstat.warehousing.WarehouseStorage;
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
    public static byte[] resolve(Settings settings, Warehouse warehouse, boolean useWarehouseKey) {
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

    private static byte[] warehouseKey(Warehouse warehouse) {
        WarehouseStorage storage = warehouse.storage();
        Path dir = privateDir(warehouse);
        Path file = dir.resolve(KEY_FILE);
        try {
            if (!storage.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                // Fails if another process made the key first: theirs wins.
                storage.createOnce(file, AtomicFiles.PRIVATE, out -> out.write(Base64.getEncoder().encodeToString(random)
                        .getBytes(StandardCharsets.UTF_8)));
            }
            return readString(storage, file).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new StorageException("Cannot create or read the warehouse's alert key " + storage.describe(file) + ": "
                    + e.getMessage(), e);
        }
    }

    private static void checkMatchesWarehouse(Warehouse warehouse, byte[] key) {
        String check = HexFormat.of().formatHex(new HmacSha256(key).mac("cyberstat alert key check".getBytes(
                StandardCharsets.UTF_8)), 0, 16);
        WarehouseStorage storage = warehouse.storage();
        Path file = privateDir(warehouse).resolve(CHECK_FILE);
        try {
            // The first key used is recorded once; of two processes recording at once, the first wins.
            storage.createOnce(file, AtomicFiles.PUBLISHED, out -> out.write((check + "\n").getBytes(StandardCharsets.UTF_8)));
            if (!readString(storage, file).strip().equals(check)) {
                throw new BadInputException("The alert URL key differs from the one this warehouse's alerts were hashed "
                        + "with (" + storage.describe(file) + "): duplicate URLs could no longer be counted. Use the "
                        + "original key.");
            }
        } catch (IOException e) {
            throw new StorageException("Cannot read or write " + storage.describe(file) + ": " + e.getMessage(), e);
        }
    }

    private static String readString(WarehouseStorage storage, Path file) throws IOException {
        try (InputStream in = storage.read(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path privateDir(Warehouse warehouse) {
        Path dir = warehouse.root().resolve(PRIVATE_DIR);
        try {
            warehouse.storage().createPrivateDirectory(dir);
        } catch (IOException | UnsupportedOperationException e) {
            throw new StorageException("Cannot create " + warehouse.storage().describe(dir) + ": " + e.getMessage(), e);
        }
        return dir;
    }
}
