package eu.cyberstat.app;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.ingest.validation.ValidationSettings;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.history.HistoryDatabase;
import eu.cyberstat.pipeline.history.MailSettings;
import eu.cyberstat.pipeline.history.Notifier;
import eu.cyberstat.pipeline.history.RunHistory;
import eu.cyberstat.pipeline.spark.LazySparkSession;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.warehousing.Warehouse;
import eu.cyberstat.warehousing.WarehouseLocation;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * What every use case works with: the settings, the reference data, the warehouse they name and
 * a Spark session started only when a use case first needs one (validation alone stays fast).
 * A command opens one for its run; a long-running service keeps one open, warm, for all its
 * requests. Closing it stops the Spark session if it started one.
 */
public final class Application implements AutoCloseable {

    private final Settings settings;
    private WarehouseLocation warehouseLocation;
    private final ReferenceData reference;
    private final LazySparkSession spark;
    private HistoryDatabase historyDatabase;

    private Application(Settings settings, ReferenceData reference, String name) {
        this.settings = settings;
        this.reference = reference;
        this.spark = new LazySparkSession(settings, name);
    }

    /**
     * An application on these settings and the shipped reference data.
     *
     * @param name what Spark calls the session, e.g. "cyberstat run 2022"
     */
    public static Application start(Settings settings, String name) {
        return new Application(settings, ReferenceData.shipped(), name);
    }

    public Settings settings() {
        return settings;
    }

    public ReferenceData reference() {
        return reference;
    }

    /** The Spark session, started on first use. */
    public SparkSession spark() {
        return spark.get();
    }

    /** The warehouse of the settings, to read; {@link Warehouse.NotFound} when there is none. */
    public Warehouse warehouse() {
        return Warehouse.open(warehouseLocation()).using(spark);
    }

    /** The warehouse of the settings if there is one (an error if its folder holds something else). */
    public Optional<Warehouse> findWarehouse() {
        return Warehouse.find(warehouseLocation()).map(w -> w.using(spark));
    }

    /** The warehouse of the settings, to write to: created when absent or empty. */
    public Warehouse warehouseToWrite() {
        return Warehouse.openOrCreate(warehouseLocation()).using(spark);
    }

    /** Where the settings put the warehouse: a folder, or a Hadoop file system (setting warehouse.dir). */
    public synchronized WarehouseLocation warehouseLocation() {
        if (warehouseLocation == null) {
            warehouseLocation = settings.warehouse();
        }
        return warehouseLocation;
    }

    /**
     * The run history of the settings (setting {@code history.dir}, default {@code _history} in the
     * warehouse folder), opened on first use and created when missing.
     */
    public synchronized RunHistory history() {
        if (historyDatabase == null) {
            historyDatabase = HistoryDatabase.open(settings);
        }
        return new RunHistory(historyDatabase);
    }

    /** The folder of the run history the settings name (it may not exist yet). */
    public Path historyDir() {
        return HistoryDatabase.dirOf(settings);
    }

    /** Whether there is a run history where the settings say, without creating one. */
    public boolean hasHistory() {
        return historyDatabase != null || HistoryDatabase.exists(settings);
    }

    /** Notifications into the history, and by mail when the settings name an SMTP server. */
    public Notifier notifier() {
        return new Notifier(history(), MailSettings.from(settings));
    }

    /** The validation limits of the settings (keys {@code validation.*}, see {@link ValidationSettings}). */
    public ValidationSettings validationSettings() {
        try {
            return ValidationSettings.from(settings::get);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("Invalid validation setting: " + e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        spark.close();
        if (historyDatabase != null) {
            historyDatabase.close();
            historyDatabase = null;
        }
    }
}
