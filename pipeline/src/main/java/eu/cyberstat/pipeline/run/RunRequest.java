package eu.cyberstat.pipeline.run;

import eu.cyberstat.pipeline.metrics.MetricsConfig;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What the operator asks of an annual run.
 *
 * @param config the reference year, window and index base year
 * @param asOf   read the warehouse as it was at this instant; null for its latest state
 * @param outDir folder for the output files (created when missing)
 */
public record RunRequest(MetricsConfig config, Instant asOf, Path outDir) {

    public int referenceYear() {
        return config.referenceYear();
    }
}
