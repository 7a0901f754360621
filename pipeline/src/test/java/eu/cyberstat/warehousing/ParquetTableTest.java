package eu.cyberstat.warehousing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.warehousing.Commit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetTableTest {

    private static final StructType SCHEMA = new StructType()
            .add("reference_year", DataTypes.IntegerType, false)
            .add("geo", DataTypes.StringType, false)
            .add("value", DataTypes.LongType, true);

    private final SparkSession spark = TestSpark.session();

    @TempDir
    Path dir;

    private ParquetTable table() {
        return new ParquetTable(dir.resolve("tables/metrics"), dir.resolve("_staging"), SCHEMA, List.of("reference_year"),
                "commit_id");
    }

    private Dataset<Row> rows(Object[]... values) {
        return spark.createDataFrame(java.util.Arrays.stream(values).map(RowFactory::create).toList(), SCHEMA);
    }

    private List<String> read(Instant asOf) {
        return table().read(spark, asOf).orderBy("reference_year", "geo").collectAsList().stream()
                .map(r -> r.getInt(0) + ":" + r.getString(1) + "=" + r.get(2)).toList();
    }

    @Test
    void rerunForTheSameYearReplacesNeverDuplicates() {
        table().replacePartitions(rows(new Object[] {2021, "DE", 5L}, new Object[] {2022, "DE", 7L}), Map.of());
        table().replacePartitions(rows(new Object[] {2022, "DE", 8L}, new Object[] {2022, "FR", 3L}), Map.of());
        assertThat(read(null)).containsExactly("2021:DE=5", "2022:DE=8", "2022:FR=3");
    }

    @Test
    void readsAsOfAPastInstant() throws Exception {
        Commit first = table().replacePartitions(rows(new Object[] {2022, "DE", 7L}), Map.of());
        Thread.sleep(5);
        table().replacePartitions(rows(new Object[] {2022, "DE", 9L}), Map.of());
        assertThat(read(first.committedAt())).containsExactly("2022:DE=7");
        assertThat(read(first.committedAt().minusMillis(1))).isEmpty();
        assertThat(read(null)).containsExactly("2022:DE=9");
    }

    @Test
    void exposesTheCommitThatWroteEachRow() {
        Commit c = table().replacePartitions(rows(new Object[] {2022, "DE", 7L}), Map.of("run", "x"));
        Row row = table().read(spark, null).first();
        assertThat(row.getString(row.fieldIndex("commit_id"))).isEqualTo(c.id());
        assertThat(table().snapshot(null).latest().property("run")).isEqualTo("x");
    }

    @Test
    void aPartitionCanBeReplacedByNothing() {
        table().replacePartitions(rows(new Object[] {2021, "DE", 5L}, new Object[] {2022, "DE", 7L}), Map.of());
        table().replacePartitions(rows(), Set.of(List.of("2022")), Map.of());
        assertThat(read(null)).containsExactly("2021:DE=5");
    }

    @Test
    void stagedRowsWithoutACommitStayInvisible() throws Exception {
        ParquetTable table = table();
        table.replacePartitions(rows(new Object[] {2022, "DE", 7L}), Map.of());
        // A crash after writing and moving the data but before the log entry:
        ParquetTable.StagedData staged = table.stage("crashed", rows(new Object[] {2022, "DE", 999L}));
        table.moveIntoPlace(staged);
        assertThat(Files.isDirectory(dir.resolve("tables/metrics/data/commit_id=crashed"))).isTrue();
        assertThat(read(null)).containsExactly("2022:DE=7");
    }

    @Test
    void anEmptyTableReadsAsNoRowsWithItsSchema() {
        Dataset<Row> empty = table().read(spark, null);
        assertThat(empty.count()).isZero();
        assertThat(empty.columns()).containsExactly("reference_year", "geo", "value", "commit_id");
    }
}
