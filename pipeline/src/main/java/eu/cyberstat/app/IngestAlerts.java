package eu.cyberstat.app;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.ingest.alerts.PlatformProfile;
import eu.cyberstat.ingest.alerts.PlatformProfiles;
import eu.cyberstat.pipeline.Installation;
import eu.cyberstat.pipeline.alerts.AlertIngestJob;
import eu.cyberstat.pipeline.alerts.AlertIngestReceipt;
import eu.cyberstat.pipeline.alerts.AlertKeys;
import eu.cyberstat.pipeline.alerts.AlertSettings;
import eu.cyberstat.pipeline.alerts.WarehouseAlertTables;
import eu.cyberstat.pipeline.progress.Progress;
import eu.cyberstat.warehousing.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Ingests one platform's alert exports into the warehouse: mapped with the platform's profile,
 * URLs pseudonymised with the configured key (or the warehouse's own), the platform's months
 * replaced atomically with their quarantine. The same exports again change nothing.
 */
public final class IngestAlerts {

    /**
     * @param profile      the platform profile; null for {@code templates/profiles/alerts-<platform>.yaml}
     * @param warehouseKey without a configured key, use a random key kept in the warehouse
     * @param restate      ingest even if the same exports are in force already
     */
    public record Request(List<Path> files, String platform, Path profile, boolean warehouseKey, boolean restate) {
        public Request {
            files = List.copyOf(files);
        }
    }

    private final Application app;

    public IngestAlerts(Application app) {
        this.app = app;
    }

    public AlertIngestReceipt ingest(Request request, Progress progress) {
        Path profileFile = request.profile() != null ? request.profile() : defaultProfile(request.platform());
        for (Path f : request.files()) {
            if (!Files.isRegularFile(f)) {
                throw new BadInputException("Alert export " + f + " does not exist or is not a file.");
            }
        }
        PlatformProfile p = PlatformProfiles.load(profileFile);
        if (!p.platform().equalsIgnoreCase(request.platform())) {
            throw new BadInputException("Profile " + profileFile + " is for platform " + p.platform() + ", not "
                    + request.platform() + ".");
        }
        Warehouse warehouse = app.warehouseToWrite();
        byte[] key = AlertKeys.resolve(app.settings(), warehouse, request.warehouseKey());
        long splitBytes = (long) app.settings().getInt(AlertSettings.SPLIT_MB, AlertSettings.SPLIT_MB_DEFAULT) << 20;
        return new AlertIngestJob(app.spark(), new WarehouseAlertTables(warehouse)).run(new AlertIngestJob.Request(
                request.files(), p, key, app.settings().workDir(), splitBytes, request.restate()), progress);
    }

    /** {@code templates/profiles/alerts-<platform>.yaml} of the installation. */
    private static Path defaultProfile(String platform) {
        return Installation.resolve(Path.of("templates", "profiles", "alerts-" + platform.toLowerCase(Locale.ROOT) + ".yaml"));
    }
}
