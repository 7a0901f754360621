package eu.cyberstat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.cyberstat.cli.Cli;
import eu.cyberstat.failure.BadInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The warehouse and work folders: a path or a file: URI; other storage is refused by name, not made a folder. */
class FolderSettingsTest {

    private static Settings warehouse(String value) {
        return Settings.defaults().with(Settings.WAREHOUSE_DIR, value);
    }

    @Test
    void aPathOrAFileUriNamesTheSameFolder() {
        assertThat(warehouse("/shared/cyberstat/warehouse").warehouseDir()).isEqualTo(Path.of("/shared/cyberstat/warehouse"));
        assertThat(warehouse("file:///shared/cyberstat/warehouse").warehouseDir()).isEqualTo(Path.of("/shared/cyberstat/warehouse"));
        assertThat(warehouse("file:/shared/cyberstat/warehouse").warehouseDir()).isEqualTo(Path.of("/shared/cyberstat/warehouse"));
        assertThat(warehouse("file:///shared/a%20b").warehouseDir()).isEqualTo(Path.of("/shared/a b"));
        assertThat(warehouse("warehouse").warehouseDir()).isEqualTo(Path.of("warehouse"));
        assertThat(Settings.defaults().with(Settings.WORK_DIR, "file:///shared/work").workDir()).isEqualTo(Path.of("/shared/work"));
        // a colon later in a path is no scheme
        assertThat(warehouse("/shared/w:2026").warehouseDir()).isEqualTo(Path.of("/shared/w:2026"));
    }

    @Test
    void aHadoopFileSystemWithAtomicRenamesHoldsTheWarehouse() {
        for (String uri : new String[] {"hdfs://namenode:8020/cyberstat", "viewfs://cluster/cyberstat/w",
            "abfs://c@account.dfs.core.windows.net/w"}) {
            assertThat(warehouse(uri).warehouseIsLocal()).as(uri).isFalse();
            // The run history cannot live on it: it is kept in the work folder unless history.dir says otherwise.
            assertThatThrownBy(() -> warehouse(uri).warehouseDir()).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("warehouse.dir = " + uri).hasMessageContaining("history.dir");
        }
        assertThat(warehouse("file:///shared/w").warehouseIsLocal()).isTrue();
        assertThat(warehouse("/shared/w").warehouseIsLocal()).isTrue();
        assertThatThrownBy(() -> warehouse("hdfs://namenode:8020").warehouse()).isInstanceOf(BadInputException.class)
                .hasMessageContaining("names no absolute folder");
    }

    @Test
    void objectStoresAreRefusedWithWhy() {
        for (String uri : new String[] {"s3a://bucket/cyberstat", "s3://bucket/cyberstat", "gs://bucket/w",
            "wasb://c@account.blob.core.windows.net/w", "oss://bucket/w", "ftp://host/w"}) {
            assertThatThrownBy(() -> warehouse(uri).warehouse()).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("warehouse.dir = " + uri).hasMessageContaining(uri.substring(0, uri.indexOf(':')) + ": storage")
                    .hasMessageContaining("atomic").hasMessageContaining("docs/cluster.md");
        }
    }

    @Test
    void otherStorageIsRefusedWithWhereToRead() {
        for (String uri : new String[] {"s3a://bucket/cyberstat", "gs://bucket/w"}) {
            assertThatThrownBy(() -> warehouse(uri).warehouseDir()).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("warehouse.dir = " + uri).hasMessageContaining(uri.substring(0, uri.indexOf(':')) + ": storage")
                    .hasMessageContaining("docs/cluster.md");
        }
        assertThatThrownBy(() -> Settings.defaults().with(Settings.WORK_DIR, "s3a://bucket/work").workDir())
                .isInstanceOf(BadInputException.class).hasMessageContaining("work.dir");
        assertThatThrownBy(() -> warehouse("file:relative/w").warehouseDir()).isInstanceOf(BadInputException.class)
                .hasMessageContaining("file:///shared/cyberstat/warehouse");
    }

    @Test
    void theCommandLineSaysSoAndCreatesNothing() {
        Path cwd = Path.of("").toAbsolutePath();
        Cli result = Cli.run("submissions", "--warehouse", "s3a://bucket/cyberstat");
        assertThat(result.status()).as(result.err()).isEqualTo(2); // a setting that cannot be used, as a missing --config
        assertThat(result.err()).contains("s3a: storage", "no atomic", "docs/cluster.md").doesNotContain("Exception");
        assertThat(cwd.resolve("s3a:")).doesNotExist();
    }
}
