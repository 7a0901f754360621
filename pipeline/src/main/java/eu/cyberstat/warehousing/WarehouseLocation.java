package eu.cyberstat.warehousing;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.failure.StorageException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;

/**
 * Where a warehouse lives: its storage and its root folder there. From the setting
 * {@code warehouse.dir}: a path or a {@code file:} URI is a local folder ({@link LocalStorage});
 * {@code hdfs:}, {@code viewfs:}, {@code abfs:} and {@code abfss:} are Hadoop file systems whose
 * rename is atomic and refuses an existing target ({@link HadoopStorage}). Object stores
 * ({@code s3a:}, {@code gs:}, {@code wasb:}, {@code oss:}, ...) are refused: a rename there is a
 * copy then a delete, neither atomic nor exclusive, so two writers could both commit entry N and a
 * crash could leave half a data folder visible (docs/cluster.md, "Where the data must live").
 *
 * @param root the warehouse folder: a local path, or the path part of the Hadoop URI
 */
public record WarehouseLocation(WarehouseStorage storage, Path root) {

    /** A URI scheme (two characters at least, so that no drive letter is taken for one). */
    private static final Pattern URI_SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):");

    /** Hadoop file systems with an atomic rename that fails when the target exists. */
    private static final Set<String> ATOMIC_RENAME = Set.of("hdfs", "viewfs", "abfs", "abfss");

    /** A local folder. */
    public static WarehouseLocation local(Path dir) {
        return new WarehouseLocation(LocalStorage.INSTANCE, dir);
    }

    /** Whether a setting's value names a URI with a scheme (a Hadoop file system, or {@code file:}). */
    public static Optional<String> schemeOf(String value) {
        Matcher scheme = URI_SCHEME.matcher(value);
        return scheme.find() ? Optional.of(scheme.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * The warehouse a setting names.
     *
     * @param key      the setting's name, for messages
     * @param settings every setting; those starting {@code spark.hadoop.} configure Hadoop, as Spark does
     * @throws BadInputException for storage the commit protocol is not safe on, or a malformed URI
     */
    public static WarehouseLocation of(String key, String value, Map<String, String> settings) {
        Optional<String> scheme = schemeOf(value);
        if (scheme.isEmpty()) {
            return local(Path.of(value));
        }
        if (scheme.get().equals("file")) {
            try {
                return local(Path.of(URI.create(value)));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("Setting " + key + " = " + value + " is not a file URI of an absolute path "
                        + "(write file:///shared/cyberstat/warehouse, or the path itself).");
            }
        }
        requireSafe(key, value);
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new BadInputException("Setting " + key + " = " + value + " is not a URI: " + e.getReason() + ".");
        }
        if (uri.getPath() == null || !uri.getPath().startsWith("/")) {
            throw new BadInputException("Setting " + key + " = " + value + " names no absolute folder: write "
                    + scheme.get() + "://namenode:8020/cyberstat/warehouse.");
        }
        // Hadoop's defaults, then spark.hadoop.* without the prefix: the configuration Spark gives its executors.
        String hadoopPrefix = "spark.hadoop.";
        Configuration conf = new Configuration();
        settings.forEach((k, v) -> {
            if (k.startsWith(hadoopPrefix)) {
                conf.set(k.substring(hadoopPrefix.length()), v);
            }
        });
        try {
            return new WarehouseLocation(new HadoopStorage(uri, conf), Path.of(uri.getPath()).normalize());
        } catch (IOException | RuntimeException e) {
            throw new StorageException("Cannot reach the warehouse " + value + " (setting " + key + "): "
                    + e.getMessage(), e);
        }
    }

    /**
     * Refuses a warehouse URI on storage whose rename is not atomic and exclusive (object stores,
     * unknown schemes): the commit protocol would not be safe there.
     */
    public static void requireSafe(String key, String value) {
        Optional<String> scheme = schemeOf(value);
        if (scheme.isEmpty() || scheme.get().equals("file")) {
            return;
        }
        if (!ATOMIC_RENAME.contains(scheme.get())) {
            throw new BadInputException("Setting " + key + " = " + value + ": cyberstat cannot keep its warehouse on "
                    + scheme.get() + ": storage, which offers no atomic rename and no exclusive create (or is not a "
                    + "file system it knows). Its commits rely on a rename that is atomic and refuses an existing "
                    + "target; on an object store a rename is a copy then a delete, so two writers could both commit "
                    + "the same log entry and a crash could leave half a change visible. Use a path every node mounts, "
                    + "or hdfs: (also viewfs:, abfs:). See docs/cluster.md, \"Where the data must live\".");
        }
    }

    /** Whether the warehouse is a folder of this machine. */
    public boolean isLocal() {
        return storage instanceof LocalStorage;
    }

    /** The warehouse as a reader sees it: the local path, or the Hadoop URI. */
    public String describe() {
        return storage.describe(root.toAbsolutePath().normalize());
    }

    @Override
    public String toString() {
        return describe();
    }
}
