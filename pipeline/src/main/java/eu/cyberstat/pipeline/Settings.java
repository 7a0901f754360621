package eu.cyberstat.pipeline;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.warehousing.Warehouse;
import eu.cyberstat.warehousing.WarehouseLocation;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Configuration of a cyberstat run. One precedence: command line > configuration file
 * ({@code --config FILE}, else {@code ./cyberstat.properties} when present) > environment
 * ({@code CYBERSTAT_WAREHOUSE_DIR} for {@code warehouse.dir}) > default. Every key is a constant
 * paired with its default. Keys starting with {@code spark.} are passed to Spark as they are.
 */
public final class Settings {

    public static final String WAREHOUSE_DIR = Warehouse.DIR_SETTING;
    public static final String WAREHOUSE_DIR_DEFAULT = "warehouse";

    public static final String WORK_DIR = "work.dir";
    public static final String WORK_DIR_DEFAULT = "work";

    public static final String SPARK_MASTER = "spark.master";
    public static final String SPARK_MASTER_DEFAULT = "local[*]";

    public static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
    /** About twice the cores: Spark's default of 200 costs seconds per local job. */
    public static final int SHUFFLE_PARTITIONS_DEFAULT = 2 * Runtime.getRuntime().availableProcessors();

    public static final String CONFIG_FILE_DEFAULT = "cyberstat.properties";

    /** A URI scheme (two characters at least, so that no drive letter is taken for one). */
    private static final Pattern URI_SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):");

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = values;
    }

    /** Defaults, then the environment, then the configuration file. */
    public static Settings load(Path configFile) {
        Map<String, String> values = new TreeMap<>();
        for (String key : new String[] {WAREHOUSE_DIR, WORK_DIR, SPARK_MASTER}) {
            String env = System.getenv("CYBERSTAT_" + key.replace('.', '_').toUpperCase(Locale.ROOT));
            if (env != null && !env.isBlank()) {
                values.put(key, env);
            }
        }
        Path file = configFile != null ? configFile : Path.of(CONFIG_FILE_DEFAULT);
        if (configFile != null && !Files.isRegularFile(configFile)) {
            throw new BadInputException("Configuration file " + configFile + " does not exist.");
        }
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new BadInputException("Cannot read configuration file " + file + ": " + e.getMessage(), e);
            }
            // "key =" with no value leaves the default, as a commented-out line does.
            p.stringPropertyNames().stream().filter(k -> !p.getProperty(k).isBlank())
                    .forEach(k -> values.put(k, p.getProperty(k).trim()));
        }
        return new Settings(values);
    }

    public static Settings defaults() {
        return new Settings(new TreeMap<>());
    }

    /** These settings with a value given on the command line (ignored when null). */
    public Settings with(String key, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> copy = new TreeMap<>(values);
        copy.put(key, value.toString());
        return new Settings(copy);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public String get(String key, String defaultValue) {
        return values.getOrDefault(key, defaultValue);
    }

    public int getInt(String key, int defaultValue) {
        String v = values.get(key);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException("Setting " + key + " must be a whole number, not '" + v + "'.");
        }
    }

    /**
     * The warehouse as a folder of this machine, for what needs one (the run history kept inside
     * it); refused for a warehouse on a Hadoop file system, where {@link #warehouse()} is the one.
     */
    public Path warehouseDir() {
        return folder(WAREHOUSE_DIR, get(WAREHOUSE_DIR, WAREHOUSE_DIR_DEFAULT));
    }

    /**
     * Where the warehouse is: a folder (a path or a {@code file:} URI), or a Hadoop file system
     * with atomic renames ({@code hdfs:}, {@code viewfs:}, {@code abfs:}), configured by the
     * {@code spark.hadoop.*} settings as Spark's executors are. Object stores are refused
     * ({@link WarehouseLocation} says why).
     */
    public WarehouseLocation warehouse() {
        return WarehouseLocation.of(WAREHOUSE_DIR, get(WAREHOUSE_DIR, WAREHOUSE_DIR_DEFAULT), values);
    }

    /** Whether the warehouse is a folder of this machine rather than on a Hadoop file system. */
    public boolean warehouseIsLocal() {
        String value = get(WAREHOUSE_DIR, WAREHOUSE_DIR_DEFAULT);
        return WarehouseLocation.schemeOf(value).map("file"::equals).orElse(true);
    }

    public Path workDir() {
        return folder(WORK_DIR, get(WORK_DIR, WORK_DIR_DEFAULT));
    }

    /**
     * A folder setting: a path, or the {@code file:} URI of one (as Hadoop and Spark write them).
     * The work folder is written through java.nio, on a file system every executor mounts; another
     * scheme ({@code hdfs:}, {@code s3a:}, ...) is refused rather than taken for a folder named after
     * it. The warehouse may be on Hadoop: see {@link #warehouse()}.
     */
    private static Path folder(String key, String value) {
        Matcher scheme = URI_SCHEME.matcher(value);
        if (!scheme.find()) {
            return Path.of(value);
        }
        if (scheme.group(1).equalsIgnoreCase("file")) {
            try {
                return Path.of(URI.create(value));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("Setting " + key + " = " + value + " is not a file URI of an absolute path "
                        + "(write file:///shared/cyberstat/warehouse, or the path itself).");
            }
        }
        if (key.equals(WAREHOUSE_DIR)) {
            // A warehouse on Hadoop is valid (warehouse()); what asked for a folder of this machine is not.
            WarehouseLocation.requireSafe(key, value);
            throw new BadInputException("Setting " + key + " = " + value + ": this needs the warehouse in a folder of "
                    + "this machine, not on " + scheme.group(1) + ": storage; set history.dir to a local folder. See "
                    + "docs/cluster.md, \"Where the data must live\".");
        }
        throw new BadInputException("Setting " + key + " = " + value + ": cyberstat keeps its work folder on "
                + "a file system mounted at the same path on every node (a path, or a file: URI), not on " + scheme.group(1)
                + ": storage. See docs/cluster.md, \"Where the data must live\".");
    }

    /** Every {@code spark.*} key set by the user. */
    public Map<String, String> sparkSettings() {
        Map<String, String> spark = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("spark.")) {
                spark.put(k, v);
            }
        });
        return spark;
    }
}
