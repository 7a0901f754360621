package eu.cyberstat.pipeline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkSessionsTest {

    @Test
    void localSessionWritesAndReadsParquet(@TempDir Path dir) {
        SparkSession spark = TestSpark.session();
        assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("2");
        Dataset<Row> numbers = spark.range(10).toDF("n");
        numbers.write().parquet(dir.resolve("numbers").toString());
        assertThat(spark.read().parquet(dir.resolve("numbers").toString()).count()).isEqualTo(10);
    }
}
