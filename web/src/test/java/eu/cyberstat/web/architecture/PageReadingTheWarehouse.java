package eu.cyberstat.web.architecture;

import eu.cyberstat.warehousing.SubmissionStore;
import eu.cyberstat.warehousing.Warehouse;
import java.nio.file.Path;
import java.util.List;

/**
 * A back-edge kept as a fixture (test sources only, never in the portal): a page's query that
 * reads the warehouse's typed API itself, as {@code SubmissionsInForce} once did, instead of
 * calling a use case. {@link PortalArchitectureTest} checks that the portal's rule catches it.
 */
final class PageReadingTheWarehouse {

    private PageReadingTheWarehouse() {
    }

    static List<SubmissionStore.Delivery> deliveries(Path warehouseDir) {
        return Warehouse.find(warehouseDir).map(w -> w.submissions().deliveries(null)).orElse(List.of());
    }
}
