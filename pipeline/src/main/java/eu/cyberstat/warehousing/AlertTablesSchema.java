package eu.cyberstat.warehousing;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The warehouse tables of alert-platform data (documented in docs/alerts.md). */
public final class AlertTablesSchema {

    /** Table of accepted, pseudonymised alerts. */
    public static final String ALERTS = "alerts";
    /** Table of records that could not be accepted, with line and reason (pseudonymised too: no URL, no contact data). */
    public static final String QUARANTINE = "alerts_quarantine";

    public static final List<String> ALERTS_PARTITIONING = List.of("platform", "month");
    public static final List<String> QUARANTINE_PARTITIONING = List.of("platform", "ingest_id");

    public static final StructType ALERTS_SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("platform", DataTypes.StringType, false),
        DataTypes.createStructField("month", DataTypes.StringType, false),
        DataTypes.createStructField("alert_id", DataTypes.StringType, false),
        DataTypes.createStructField("received_at", DataTypes.TimestampType, false),
        DataTypes.createStructField("closed_at", DataTypes.TimestampType, true),
        DataTypes.createStructField("offence", DataTypes.StringType, false),
        DataTypes.createStructField("status", DataTypes.StringType, false),
        DataTypes.createStructField("hosting_country", DataTypes.StringType, true),
        DataTypes.createStructField("url_domain", DataTypes.StringType, true),
        DataTypes.createStructField("url_hmac", DataTypes.BinaryType, true),
        DataTypes.createStructField("ingest_id", DataTypes.StringType, false),
    });

    public static final StructType QUARANTINE_SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("platform", DataTypes.StringType, false),
        DataTypes.createStructField("ingest_id", DataTypes.StringType, false),
        DataTypes.createStructField("file", DataTypes.StringType, false),
        DataTypes.createStructField("line", DataTypes.LongType, false),
        DataTypes.createStructField("code", DataTypes.StringType, false),
        DataTypes.createStructField("field", DataTypes.StringType, true),
        DataTypes.createStructField("reason", DataTypes.StringType, false),
        DataTypes.createStructField("alert_id", DataTypes.StringType, true),
    });

    private AlertTablesSchema() {
    }
}
