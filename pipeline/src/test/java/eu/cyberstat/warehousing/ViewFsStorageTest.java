package eu.cyberstat.warehousing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The storage contract through {@code viewfs:}, Hadoop's client-side mount table, with its folder
 * mounted from the in-process HDFS: what docs/cluster.md says is accepted is tried, not assumed. The
 * mount table comes from {@code spark.hadoop.*} settings, as a cluster's configuration would give it.
 */
class ViewFsStorageTest extends WarehouseStorageContract {

    private static final String MOUNT_TABLE = "cyberstat";

    private static WarehouseLocation at(String folder) {
        return WarehouseLocation.of("warehouse.dir", "viewfs://" + MOUNT_TABLE + folder, Map.of(
                "spark.hadoop.fs.viewfs.mounttable." + MOUNT_TABLE + ".link./shared", MiniHdfs.uri() + "/viewfs-shared"));
    }

    @Override
    WarehouseLocation freshFolder() {
        return at("/shared/contract-" + unique() + "/warehouse");
    }

    @Override
    WarehouseLocation sameFolderAgain() {
        return at(root.toString());
    }

    @Test
    void theWarehouseIsNamedByItsViewFsUriAndLivesOnTheMountedHdfsFolder() {
        assertThat(at(root.toString()).isLocal()).isFalse();
        assertThat(storage.describe(root.resolve("tables/observations")))
                .isEqualTo("viewfs://" + MOUNT_TABLE + root + "/tables/observations");
        new CommitLog(storage, root.resolve("tables/t/_log")).append("A", "data/A", List.of(List.of("FR")), Map.of());
        WarehouseLocation sameOnHdfs = MiniHdfs.location("/viewfs-shared" + root.toString().substring("/shared".length()));
        assertThat(new CommitLog(sameOnHdfs.storage(), sameOnHdfs.root().resolve("tables/t/_log")).commits())
                .as("the commit is in the HDFS folder the mount table names").extracting(Commit::id).containsExactly("A");
    }
}
