package eu.cyberstat.pipeline.run;

import eu.cyberstat.pipeline.metrics.MetricsConfig;
import eu.cyberstat.reference.PopulationTable;
import eu.cyberstat.warehousing.Snapshot;
import eu.cyberstat.warehousing.Warehouse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * What a run of one reference year reads, as one SHA-256, computed from the commit logs alone
 * (no Spark): the window and base year, the national-statistics commits in force that provide a
 * country-year inside the window (with their files' SHA-256), the population table and each
 * further step's inputs (the alert exports in force). Two runs with the same fingerprint read the
 * same data; a backfill skips a year whose fingerprint equals that of its last successful run.
 * Unlike the run id it leaves out the software version and figures outside the window.
 */
public final class InputsFingerprint {

    private InputsFingerprint() {
    }

    public static String of(Warehouse warehouse, MetricsConfig config, Instant asOf, PopulationTable population,
                            List<RunStep> steps) {
        Snapshot snapshot = warehouse.observations().snapshot(asOf);
        Map<String, String> sha256ById = new HashMap<>();
        warehouse.submissions().history().forEach(s -> sha256ById.put(s.id(), s.sha256()));
        List<String> lines = new ArrayList<>();
        lines.add("inputs 1");
        lines.add("year " + config.referenceYear() + " window " + config.windowYears() + " base " + config.baseYear());
        lines.add("population " + RunIds.populationDigest(population));
        lines.addAll(RunIds.inputLines(snapshot, sha256ById,
                cy -> cy.year() >= config.firstYear() && cy.year() <= config.referenceYear()));
        steps.forEach(s -> lines.add("step " + s.name() + " " + s.inputs(warehouse, asOf).fingerprint()));
        return DigestUtils.sha256Hex(String.join("\n", lines));
    }
}
