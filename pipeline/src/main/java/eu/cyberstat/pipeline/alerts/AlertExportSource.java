package eu.cyberstat.pipeline.alerts;

import eu.cyberstat.warehousing.AlertTablesSchema;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * A Spark data source that reads alert exports split by split with cyberstat's own parser,
 * normaliser and pseudonymiser (one task per split), and hands Spark finished rows of the
 * alerts table: no schema inference, no string columns to re-parse, no UDF, and the URL is
 * already gone when the row is made. The plan travels to the tasks inside the reader factory;
 * the option names only a registration in this JVM, so no secret is ever part of a query plan.
 */
public final class AlertExportSource implements TableProvider {

    private static final String PLAN_OPTION = "ingest";
    private static final Map<String, IngestPlan> PLANS = new ConcurrentHashMap<>();

    /** The accepted alerts of {@code plan}; quarantined records and counts go to the plan's scratch folder. */
    static Dataset<Row> read(SparkSession spark, IngestPlan plan) {
        String token = UUID.randomUUID().toString();
        PLANS.put(token, plan);
        return spark.read().format(AlertExportSource.class.getName()).option(PLAN_OPTION, token).load();
    }

    /** Forgets the plans registered for an ingest once its job has run. */
    static void release(IngestPlan plan) {
        PLANS.values().removeIf(p -> p == plan);
    }

    @Override
    public StructType inferSchema(CaseInsensitiveStringMap options) {
        return AlertTablesSchema.ALERTS_SCHEMA;
    }

    @Override
    public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
        IngestPlan plan = PLANS.get(properties.get(PLAN_OPTION));
        if (plan == null) {
            throw new IllegalStateException("No alert ingest registered under this name: use AlertIngestJob");
        }
        return new ExportTable(plan);
    }

    private record ExportTable(IngestPlan plan) implements Table, SupportsRead {
        @Override
        public String name() {
            return "alert-export:" + plan.ingestId();
        }

        @Override
        @SuppressWarnings("deprecation")
        public StructType schema() {
            return AlertTablesSchema.ALERTS_SCHEMA;
        }

        @Override
        public Set<TableCapability> capabilities() {
            return Set.of(TableCapability.BATCH_READ);
        }

        @Override
        public ScanBuilder newScanBuilder(CaseInsensitiveStringMap options) {
            return () -> new ExportScan(plan);
        }
    }

    private record ExportScan(IngestPlan plan) implements Scan, Batch {
        @Override
        public StructType readSchema() {
            return AlertTablesSchema.ALERTS_SCHEMA;
        }

        @Override
        public String description() {
            return "alert export " + plan.ingestId() + " (" + plan.splits().size() + " splits)";
        }

        @Override
        public Batch toBatch() {
            return this;
        }

        @Override
        public InputPartition[] planInputPartitions() {
            return plan.splits().stream().map(s -> new SplitPartition(s.index())).toArray(InputPartition[]::new);
        }

        @Override
        public PartitionReaderFactory createReaderFactory() {
            return new ReaderFactory(plan);
        }
    }

    private record SplitPartition(int split) implements InputPartition {
    }

    private record ReaderFactory(IngestPlan plan) implements PartitionReaderFactory {
        @Override
        public PartitionReader<InternalRow> createReader(InputPartition partition) {
            return new SplitRowReader(plan, ((SplitPartition) partition).split());
        }
    }
}
