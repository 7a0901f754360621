package eu.cyberstat.cli;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.IngestAlerts;
import eu.cyberstat.pipeline.alerts.AlertIngestReceipt;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
        try (Application app = Application.start(warehouseOptions.settings(), "cyberstat ingest-alerts");
             ProgressDisplay progress = ProgressDisplay.start("ingest " + platform)) {
            AlertIngestReceipt receipt = new IngestAlerts(app).ingest(
                    new IngestAlerts.Request(files, platform, profile, warehouseKey, restate), progress);
            progress.close();
            // printed after the progress display has freed the terminal line
            spec.commandLine().getOut().print(receipt.describe());
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
