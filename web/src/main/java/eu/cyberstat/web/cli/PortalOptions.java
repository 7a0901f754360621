package eu.cyberstat.web.cli;

import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.web.PortalSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the {@code accounts} commands: where the portal keeps its accounts. */
public class PortalOptions {

    @Option(names = "--portal-dir", paramLabel = "DIR",
            description = "The portal's folder (accounts, audit log). Default: the setting " + PortalSettings.DIR
                    + ", else ./" + PortalSettings.DIR_DEFAULT + ".")
    Path portalDir;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (Java properties). Default: ./cyberstat.properties when present.")
    Path config;

    PortalSettings settings() {
        return PortalSettings.from(Settings.load(config).with(PortalSettings.DIR, portalDir));
    }
}
