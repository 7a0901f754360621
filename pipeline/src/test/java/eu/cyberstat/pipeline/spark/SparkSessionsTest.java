package eu.cyberstat.pipeline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.pipeline.Settings;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkSessionsTest {

    @Test
    void localSessionWritesAndReadsParquet(@TempDir Path dir) {
        SparkSession spark = TestSpark.session();
        Dataset<Row> numbers = spark.range(10).toDF("n");
        numbers.write().parquet(dir.resolve("numbers").toString());
        assertThat(spark.read().parquet(dir.resolve("numbers").toString()).count()).isEqualTo(10);
    }

    @Test
    void settingsChooseTheMasterWhenNothingWasSubmitted() {
        Settings settings = Settings.defaults().with(Settings.SPARK_MASTER, "local[3]").with("spark.executor.memory", "1g");
        Map<String, String> conf = SparkSessions.configuration(settings, new SparkConf(false));
        assertThat(conf).containsEntry(Settings.SPARK_MASTER, "local[3]").containsEntry("spark.executor.memory", "1g")
                .containsEntry("spark.driver.host", "localhost")
                .containsEntry(SparkSessions.PARALLEL_LISTING_THRESHOLD, "100000")
                .containsEntry(Settings.SHUFFLE_PARTITIONS, Integer.toString(Settings.SHUFFLE_PARTITIONS_DEFAULT));
    }

    @Test
    void whatSparkSubmitSetsWinsOverSettingsAndDefaults() {
        Settings settings = Settings.defaults().with(Settings.SPARK_MASTER, "local[3]").with("spark.executor.memory", "1g");
        SparkConf submitted = new SparkConf(false).setMaster("spark://cluster:7077")
                .set(Settings.SHUFFLE_PARTITIONS, "64").set("spark.executor.memory", "8g");
        Map<String, String> conf = SparkSessions.configuration(settings, submitted);
        assertThat(conf).doesNotContainKeys(Settings.SPARK_MASTER, Settings.SHUFFLE_PARTITIONS, "spark.executor.memory",
                "spark.driver.host", "spark.driver.bindAddress");
        assertThat(conf).containsEntry("spark.ui.enabled", "false");
    }
}
