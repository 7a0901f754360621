package eu.cyberstat.cli;

import eu.cyberstat.pipeline.Settings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by every command that touches the warehouse. */
public class WarehouseOptions {

    // A string, not a Path: a Path would fold hdfs://namenode:8020/... into hdfs:/namenode:8020/...
    @Option(names = "--warehouse", paramLabel = "DIR",
            description = "Warehouse folder. Default: the setting " + Settings.WAREHOUSE_DIR + " (config file or "
                    + "environment variable CYBERSTAT_WAREHOUSE_DIR), else ./" + Settings.WAREHOUSE_DIR_DEFAULT + ". "
                    + "On HDFS: its URI, hdfs://namenode:8020/cyberstat/warehouse.")
    String warehouse;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (Java properties). Default: ./cyberstat.properties when present.")
    Path config;

    /** The settings file named with --config, or null for the default. */
    public Path configFile() {
        return config;
    }

    /** Settings with this command line's values on top. */
    public Settings settings() {
        return Settings.load(config).with(Settings.WAREHOUSE_DIR, warehouse);
    }
}
