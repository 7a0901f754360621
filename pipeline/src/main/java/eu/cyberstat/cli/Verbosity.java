package eu.cyberstat.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * How much the command line prints besides its own messages. Quiet by default: the launcher's
 * {@code log4j2.properties} shows errors only, so Spark, Hadoop, Parquet and POI notices never
 * reach an ordinary command's terminal. {@code --verbose} shows cyberstat's own step-by-step
 * log (stages, timings) and the libraries' warnings.
 */
final class Verbosity {

    private Verbosity() {
    }

    static void verbose() {
        Configurator.setRootLevel(Level.WARN);
        Configurator.setLevel("eu.cyberstat", Level.INFO);
        // Silenced when quiet (log4j2.properties): the driver reports a failed task or job itself.
        Configurator.setLevel("org.apache.spark", Level.WARN);
        Configurator.setLevel("org.apache.hadoop", Level.WARN);
        Configurator.setLevel("org.apache.spark.executor.Executor", Level.WARN);
        Configurator.setLevel("org.apache.spark.scheduler.TaskSetManager", Level.WARN);
    }
}
