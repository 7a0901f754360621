package eu.cyberstat.pipeline.history;

import eu.cyberstat.failure.StorageException;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.warehousing.StorageFailures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 database of the run history, the notifications and the scheduler's job store
 * (Quartz's tables, {@code QRTZ_*}): one file, {@code history.mv.db}, in the history folder
 * (setting {@code history.dir}, default {@code _history} inside the warehouse folder). Opened in
 * H2's automatic mixed mode, so that a command ({@code cyberstat runs}) reads it while the
 * service holds it open. The tables are created when missing.
 */
public final class HistoryDatabase implements AutoCloseable {

    /** The setting naming the history folder. */
    public static final String DIR_SETTING = "history.dir";
    /** The history folder inside the warehouse folder when the setting is absent. */
    public static final String DIR_IN_WAREHOUSE = "_history";

    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS RUN (
              ID BIGINT AUTO_INCREMENT PRIMARY KEY,
              REFERENCE_YEAR INT NOT NULL,
              AS_OF TIMESTAMP WITH TIME ZONE,
              TRIGGERED_BY VARCHAR(20) NOT NULL,
              REQUESTED_BY VARCHAR(200) NOT NULL,
              STATUS VARCHAR(20) NOT NULL,
              QUEUED_AT TIMESTAMP WITH TIME ZONE NOT NULL,
              NOT_BEFORE TIMESTAMP WITH TIME ZONE NOT NULL,
              STARTED_AT TIMESTAMP WITH TIME ZONE,
              FINISHED_AT TIMESTAMP WITH TIME ZONE,
              ATTEMPT INT NOT NULL,
              RETRY_OF BIGINT,
              EXECUTOR VARCHAR(200),
              OWNER VARCHAR(200),
              OUT_DIR VARCHAR(4000) NOT NULL,
              INPUTS_FINGERPRINT VARCHAR(64),
              RESULT_ID VARCHAR(40),
              FAILURE VARCHAR(20),
              MESSAGE VARCHAR(4000),
              STAGES CLOB,
              WARNINGS CLOB,
              INPUTS CLOB,
              OUTPUTS CLOB,
              PUBLISHED_AT TIMESTAMP WITH TIME ZONE,
              PUBLISHED_BY VARCHAR(200),
              SUPERSEDED_AT TIMESTAMP WITH TIME ZONE
            );
            CREATE INDEX IF NOT EXISTS RUN_BY_STATUS ON RUN (STATUS, NOT_BEFORE, ID);
            CREATE INDEX IF NOT EXISTS RUN_BY_YEAR ON RUN (REFERENCE_YEAR, ID);
            CREATE TABLE IF NOT EXISTS RUN_QUEUE_LOCK (ID INT PRIMARY KEY);
            MERGE INTO RUN_QUEUE_LOCK KEY (ID) VALUES (1);
            CREATE TABLE IF NOT EXISTS NOTIFICATION (
              ID BIGINT AUTO_INCREMENT PRIMARY KEY,
              HAPPENED_AT TIMESTAMP WITH TIME ZONE NOT NULL,
              KIND VARCHAR(30) NOT NULL,
              RUN_ID BIGINT,
              REFERENCE_YEAR INT,
              MESSAGE VARCHAR(4000) NOT NULL,
              MAILED_TO VARCHAR(1000),
              MAIL_ERROR VARCHAR(1000)
            );
            CREATE TABLE IF NOT EXISTS SCHEDULE_STATE (
              NAME VARCHAR(100) PRIMARY KEY,
              VAL VARCHAR(4000) NOT NULL
            );
            """;

    private final Path dir;
    private final JdbcConnectionPool pool;

    private HistoryDatabase(Path dir, JdbcConnectionPool pool) {
        this.dir = dir;
        this.pool = pool;
    }

    /** The history folder of these settings. */
    public static Path dirOf(Settings settings) {
        // A warehouse on Hadoop cannot hold the embedded database: the history is then in the work folder.
        return settings.get(DIR_SETTING).map(Path::of)
                .orElseGet(() -> (settings.warehouseIsLocal() ? settings.warehouseDir() : settings.workDir())
                        .resolve(DIR_IN_WAREHOUSE)).toAbsolutePath().normalize();
    }

    /** Whether the history folder of these settings holds a database (without creating one). */
    public static boolean exists(Settings settings) {
        return Files.isRegularFile(dirOf(settings).resolve("history.mv.db"));
    }

    public static HistoryDatabase open(Settings settings) {
        return open(dirOf(settings));
    }

    /** Opens (creating when missing) the database in {@code dir}. */
    public static HistoryDatabase open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StorageException("Cannot create the history folder " + dir + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().normalize().resolve("history") + ";AUTO_SERVER=TRUE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "cyberstat", "");
        pool.setMaxConnections(16);
        HistoryDatabase db = new HistoryDatabase(dir, pool);
        db.createTables();
        return db;
    }

    public Path dir() {
        return dir;
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw failure("open", e);
        }
    }

    StorageException failure(String doing, SQLException e) {
        // H2 names the file it could not save, not why: StorageFailures asks the disk (full, read-only).
        return StorageFailures.of(doing + " the run history in", dir, e);
    }

    private void createTables() {
        try (Connection c = connection(); Statement st = c.createStatement()) {
            for (String sql : SCHEMA.split(";")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
            if (!tableExists(c, "QRTZ_TRIGGERS")) {
                for (String sql : quartzTables().split(";")) {
                    if (!sql.isBlank()) {
                        st.execute(sql);
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("create the tables of", e);
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }

    /**
     * Quartz's own H2 schema as it ships in its jar, with {@code IMAGE} (a type H2 2 no longer
     * knows) written {@code BLOB}, comments and the trailing {@code COMMIT} left out.
     */
    static String quartzTables() {
        try (InputStream in = org.quartz.Scheduler.class.getResourceAsStream("/org/quartz/impl/jdbcjobstore/tables_h2.sql")) {
            if (in == null) {
                throw new IllegalStateException("Quartz's tables_h2.sql is missing from the class path");
            }
            StringBuilder sql = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.startsWith("--") || l.equalsIgnoreCase("COMMIT;")) {
                    continue;
                }
                sql.append(line.replaceAll("\\bIMAGE\\b", "BLOB")).append('\n');
            }
            return sql.toString();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read Quartz's tables_h2.sql", e);
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
