package eu.cyberstat.warehousing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one annual run as the warehouse records them: the typed record of its commit to
 * the {@code metrics} table, which replaces the reference year's partition.
 *
 * @param dataVintage commit time of the newest input the run read
 * @param rows        figures published
 */
public record MetricsRun(String runId, int referenceYear, Instant dataVintage, long rows) {

    Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("run_id", runId);
        p.put("reference_year", Integer.toString(referenceYear));
        p.put("data_vintage", dataVintage.toString());
        p.put("rows", Long.toString(rows));
        return p;
    }
}
