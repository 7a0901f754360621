package eu.cyberstat.cli;

import eu.cyberstat.pipeline.DemoPlan;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.run.RunStep;
import eu.cyberstat.pipeline.warehouse.Warehouse;
import java.io.PrintWriter;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** The alert-platform part of the demo (until alert ingest lands, alerts entries are refused). */
final class DemoSteps {

    private DemoSteps() {
    }

    static List<RunStep> before(Settings settings) {
        return List.of();
    }

    static boolean ingestAlerts(DemoPlan.Entry e, Warehouse warehouse, Settings settings, SparkSession spark,
                                PrintWriter out) {
        throw new eu.cyberstat.ingest.InputException("Alert exports are not supported yet: " + e.file());
    }
}
