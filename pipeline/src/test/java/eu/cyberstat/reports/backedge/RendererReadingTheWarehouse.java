package eu.cyberstat.reports.backedge;

import eu.cyberstat.warehousing.Warehouse;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Not product code: a report class with the back-edges the architecture issue found (the renderer
 * reaching into the warehouse and into Spark), which {@code ArchitectureTest} shows its rules
 * catch. It lives in the test sources, which the rules' own import leaves out.
 */
public final class RendererReadingTheWarehouse {

    private RendererReadingTheWarehouse() {
    }

    static Object figuresOf(Path warehouse) {
        return Warehouse.find(warehouse);
    }

    static Object session() {
        return SparkSession.active();
    }
}
