package eu.cyberstat.cli;

import eu.cyberstat.ingest.InputException;
import eu.cyberstat.ingest.alerts.PlatformProfile;
import eu.cyberstat.ingest.alerts.PlatformProfiles;
import eu.cyberstat.pipeline.Installation;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.alerts.AlertIngestJob;
import eu.cyberstat.pipeline.alerts.AlertIngestReceipt;
import eu.cyberstat.pipeline.alerts.AlertKeys;
import eu.cyberstat.pipeline.alerts.AlertSettings;
import eu.cyberstat.pipeline.alerts.AlertTables;
import eu.cyberstat.pipeline.alerts.WarehouseAlertTables;
import eu.cyberstat.pipeline.progress.ProgressDisplay;
import eu.cyberstat.pipeline.spark.LazySparkSession;
import eu.cyberstat.pipeline.storage.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cyberstat ingest-alerts}: alert-platform exports into the warehouse, pseudonymised. */
@Command(name = "ingest-alerts", mixinStandardHelpOptions = true,
        description = {"Reads alert-platform exports (CSV in any encoding and separator, or JSON Lines; gzip accepted), "
                + "maps them with the platform's profile, pseudonymises URLs (registered domain + keyed hash; contact "
                + "fields are dropped) and replaces the platform's months in the warehouse atomically. Malformed "
                + "records go to the quarantine table with line and reason.",
            "The URL key comes from the setting alerts.hmac.key or the environment variable CYBERSTAT_ALERTS_HMAC_KEY."})
public final class IngestAlertsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Export files of one platform.")
    List<Path> files;

    @Option(names = "--platform", required = true, paramLabel = "ID", description = "Platform id, e.g. FR-PHAROS.")
    String platform;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "Platform profile (YAML). Default: templates/profiles/alerts-<platform in lower case>.yaml.")
    Path profile;

    @Option(names = "--warehouse-key",
            description = "Without a configured key, use a random key kept in WAREHOUSE/_private (demo, one machine).")
    boolean warehouseKey;

    @Option(names = "--restate",
            description = "Ingest even if exactly these files with this profile are in force already (e.g. after an "
                    + "upgrade that normalises differently).")
    boolean restate;

    @Mixin
    WarehouseOptions warehouseOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = warehouseOptions.settings();
        try (LazySparkSession spark = new LazySparkSession(settings, "cyberstat ingest-alerts")) {
            AlertIngestReceipt receipt = ingest(files, platform, profile, settings, warehouseKey, restate, spark.get());
            // printed after the progress display has freed the terminal line
            spec.commandLine().getOut().print(receipt.describe());
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }

    /**
     * Ingests one platform's exports into the warehouse of {@code settings} (also used by the demo).
     *
     * @param profile the platform profile; null for the platform's default profile
     * @param restate ingest even if the same exports are in force already
     */
    static AlertIngestReceipt ingest(List<Path> files, String platform, Path profile, Settings settings,
                                     boolean warehouseKey, boolean restate, SparkSession spark) {
        Path profileFile = profile != null ? profile : defaultProfile(platform);
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new InputException("Alert export " + f + " does not exist or is not a file.");
            }
        }
        PlatformProfile p = PlatformProfiles.load(profileFile);
        if (!p.platform().equalsIgnoreCase(platform)) {
            throw new InputException("Profile " + profileFile + " is for platform " + p.platform() + ", not " + platform + ".");
        }
        Warehouse warehouse = Warehouse.openOrCreate(settings.warehouseDir());
        byte[] key = AlertKeys.resolve(settings, warehouse.root(), warehouseKey);
        long splitBytes = (long) settings.getInt(AlertSettings.SPLIT_MB, AlertSettings.SPLIT_MB_DEFAULT) << 20;
        AlertTables tables = new WarehouseAlertTables(warehouse);
        try (ProgressDisplay progress = ProgressDisplay.start("ingest " + p.platform())) {
            return new AlertIngestJob(spark, tables).run(new AlertIngestJob.Request(files, p, key, settings.workDir(),
                    splitBytes, restate), progress);
        }
    }

    /** {@code templates/profiles/alerts-<platform>.yaml} of the installation. */
    private static Path defaultProfile(String platform) {
        return Installation.resolve(Path.of("templates", "profiles", "alerts-" + platform.toLowerCase(Locale.ROOT) + ".yaml"));
    }
}
