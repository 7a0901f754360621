package eu.cyberstat.pipeline.warehouse;

import eu.cyberstat.ingest.store.SubmissionStore;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.types.StructType;

// LOCAL SCAFFOLD, NOT COMMITTED: stands in for the lead's warehouse until it lands on main.
public final class Warehouse {
    private final Path root;

    private Warehouse(Path root) {
        this.root = root;
    }

    public static Warehouse open(Path dir) {
        return new Warehouse(dir);
    }

    public Path root() {
        return root;
    }

    public SubmissionStore submissions() {
        return new SubmissionStore(root);
    }

    public ParquetTable observations() {
        return new ParquetTable(root.resolve(SubmissionStore.OBSERVATIONS_TABLE), null, List.of("geo", "year"));
    }

    public ParquetTable table(String name, StructType schema, List<String> partitionColumns) {
        return new ParquetTable(root.resolve("tables").resolve(name), schema, partitionColumns);
    }
}
