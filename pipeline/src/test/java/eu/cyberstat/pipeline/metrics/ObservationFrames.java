package eu.cyberstat.pipeline.metrics;

import eu.cyberstat.figure.Observation;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Observations as the warehouse returns them, built in memory for tests. */
public final class ObservationFrames {

    /** The schema of {@code Warehouse.observations()} (TEAM.md). */
    public static final StructType SCHEMA = new StructType()
            .add("geo", DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add("offence", DataTypes.StringType)
            .add("indicator", DataTypes.StringType)
            .add("value", DataTypes.LongType, true)
            .add("flags", DataTypes.StringType)
            .add("note", DataTypes.StringType)
            .add("submission_id", DataTypes.StringType);

    private ObservationFrames() {
    }

    public static Dataset<Row> of(SparkSession spark, List<Observation> observations) {
        List<Row> rows = observations.stream()
                .map(o -> RowFactory.create(o.geo(), o.year(), o.offence(), o.indicator(), o.value(), o.flags(),
                        o.note(), "test-" + o.geo()))
                .toList();
        return spark.createDataFrame(rows, SCHEMA);
    }
}
