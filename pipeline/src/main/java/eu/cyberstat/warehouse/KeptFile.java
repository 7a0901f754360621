package eu.cyberstat.warehouse;

import java.util.Map;

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
}
