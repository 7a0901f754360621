package eu.cyberstat.pipeline;

import eu.cyberstat.ingest.validation.ValidationSettings;
import eu.cyberstat.pipeline.alerts.AlertSettings;
import eu.cyberstat.pipeline.history.HistoryDatabase;
import eu.cyberstat.pipeline.history.MailSettings;
import eu.cyberstat.pipeline.metrics.MetricsConfig;
import eu.cyberstat.pipeline.report.ReportStep;
import eu.cyberstat.pipeline.schedule.ScheduleSettings;
import java.util.List;

/**
 * Every key of {@code cyberstat.properties}, with its default and what it means: the list the
 * shipped sample file is checked against (SettingsCatalogueTest), so that neither can drift from
 * the constants the code reads. Keys and defaults come from those constants.
 */
public final class SettingsCatalogue {

    /**
     * One setting.
     *
     * @param defaultValue the default as the file would write it; empty when the default depends
     *                     on something else (then {@code meaning} says what it is)
     */
    public record Entry(String key, String defaultValue, String meaning) {
    }

    public static final List<Entry> ENTRIES = List.of(
            new Entry(Settings.WAREHOUSE_DIR, Settings.WAREHOUSE_DIR_DEFAULT,
                    "The warehouse folder (relative to the folder cyberstat runs in), or its file: URI "
                    + "(file:///shared/cyberstat/warehouse); on a cluster, a shared mount every node sees at the same "
                    + "path, or HDFS (hdfs://namenode:8020/cyberstat/warehouse; also viewfs:, abfs:), configured by the "
                    + "spark.hadoop.* settings. Object stores (s3a:, gs:, wasb:) are refused: no atomic rename "
                    + "(docs/cluster.md). --warehouse DIR overrides it; "
                    + "so does the environment variable CYBERSTAT_WAREHOUSE_DIR when this file does not set it."),
            new Entry(Settings.WORK_DIR, Settings.WORK_DIR_DEFAULT,
                    "Scratch space of Spark and of the alert ingest (on a cluster, on the shared mount too: executors "
                    + "write the ingest's scratch files). Environment: CYBERSTAT_WORK_DIR."),
            new Entry(Settings.SPARK_MASTER, Settings.SPARK_MASTER_DEFAULT,
                    "Where Spark runs: local[*] uses every core of this machine; under spark-submit the master "
                    + "spark-submit is given wins. Environment: CYBERSTAT_SPARK_MASTER. Any other spark.* key is "
                    + "passed to Spark as it is."),
            new Entry(Settings.SHUFFLE_PARTITIONS, "",
                    "Partitions of Spark's shuffles. Default: twice the number of cores (Spark's own 200 costs "
                    + "seconds on a laptop)."),
            new Entry(MetricsConfig.WINDOW_YEARS, Integer.toString(MetricsConfig.WINDOW_YEARS_DEFAULT),
                    "How many years the annual run covers, ending with the reference year."),
            new Entry(MetricsConfig.BASE_YEAR, "",
                    "Base year of the index (= 100), inside the window. Default: the first year of the window. "
                    + "run --base-year overrides it."),
            new Entry(ReportStep.TEMPLATES_DIR, ReportStep.TEMPLATES_DIR_DEFAULT,
                    "The report templates (YAML, message bundles, narratives); a relative path is read from the "
                    + "installation folder."),
            new Entry(AlertSettings.HMAC_KEY, "",
                    "Secret key of the keyed hash that replaces reported URLs, at least "
                    + AlertSettings.HMAC_KEY_MIN_LENGTH + " characters. Default: the environment variable "
                    + AlertSettings.HMAC_KEY_ENV + " (better than this file: keep the key out of files others read)."),
            new Entry(AlertSettings.SPLIT_MB, Integer.toString(AlertSettings.SPLIT_MB_DEFAULT),
                    "At most this many megabytes of an alert export are read by one task."),
            new Entry(ValidationSettings.FIRST_YEAR, Integer.toString(ValidationSettings.FIRST_YEAR_DEFAULT),
                    "The earliest reference year a national statistics file may give."),
            new Entry(ValidationSettings.LAST_YEAR, Integer.toString(ValidationSettings.LAST_YEAR_DEFAULT),
                    "The latest reference year a file may give; 0 means the current year."),
            new Entry(ValidationSettings.JUMP_FACTOR, Double.toString(ValidationSettings.JUMP_FACTOR_DEFAULT),
                    "A figure more than this many times (or less than one over this many times) the year before is "
                    + "a plausibility warning (W_YOY_JUMP)."),
            new Entry(ValidationSettings.JUMP_MINIMUM, Long.toString(ValidationSettings.JUMP_MINIMUM_DEFAULT),
                    "... unless both figures are below this: small counts jump by chance."),
            new Entry(ValidationSettings.MAX_FILE_BYTES, Long.toString(ValidationSettings.MAX_FILE_BYTES_DEFAULT),
                    "The largest upload accepted, in bytes (64 MiB)."),
            new Entry(ValidationSettings.MAX_SHEET_ROWS, Integer.toString(ValidationSettings.MAX_SHEET_ROWS_DEFAULT),
                    "At most this many non-empty rows are read from a spreadsheet."),
            new Entry(ValidationSettings.MAX_SHEET_COLUMNS,
                    Integer.toString(ValidationSettings.MAX_SHEET_COLUMNS_DEFAULT),
                    "At most this many columns are read from a spreadsheet."),
            new Entry(ValidationSettings.MAX_ISSUES_PER_CODE,
                    Integer.toString(ValidationSettings.MAX_ISSUES_PER_CODE_DEFAULT),
                    "A validation report lists at most this many problems of one code; the rest are counted."),
            new Entry(HistoryDatabase.DIR_SETTING, "",
                    "The run history (an H2 database, history.mv.db, with the scheduler's job store) and the files "
                    + "every run keeps (runs/ID). Default: the folder " + HistoryDatabase.DIR_IN_WAREHOUSE
                    + " inside the warehouse folder (inside the work folder when the warehouse is on HDFS)."),
            new Entry(ScheduleSettings.ENABLED, ScheduleSettings.ENABLED_DEFAULT,
                    "Whether cyberstat serve starts the scheduler of annual runs (docs/scheduling.md)."),
            new Entry(ScheduleSettings.ANNUAL_CRON, ScheduleSettings.ANNUAL_CRON_DEFAULT,
                    "When the annual run of the previous reference year starts (Quartz cron: seconds minutes hours "
                    + "day-of-month month day-of-week [year]); off: never. A time missed while the service was down "
                    + "runs once at its next start."),
            new Entry(ScheduleSettings.DEADLINE_CRON, ScheduleSettings.DEADLINE_CRON_DEFAULT,
                    "When the report of the previous reference year must be published; if no run of that year is "
                    + "published then, the operator is told. off: no deadline."),
            new Entry(ScheduleSettings.ZONE, ScheduleSettings.ZONE_DEFAULT,
                    "The time zone of the two schedules above, and of the year they give."),
            new Entry(ScheduleSettings.QUIET_SECONDS, Integer.toString(ScheduleSettings.QUIET_SECONDS_DEFAULT),
                    "A provisional re-run starts this many seconds after the last new submission or alert export, "
                    + "so that a burst of uploads gives one run."),
            new Entry(ScheduleSettings.WATCH_SECONDS, Integer.toString(ScheduleSettings.WATCH_SECONDS_DEFAULT),
                    "How often, in seconds, the service looks for submissions and alert exports loaded by commands; "
                    + "0: never (the portal's own uploads are seen at once)."),
            new Entry(ScheduleSettings.INBOX_DIR, ScheduleSettings.INBOX_DIR_DEFAULT,
                    "The inbox folder: alert exports dropped in alerts/PLATFORM/ inside it are ingested with that "
                    + "platform's profile, then moved to done/ (or failed/, with the reason)."),
            new Entry(ScheduleSettings.INBOX_SECONDS, Integer.toString(ScheduleSettings.INBOX_SECONDS_DEFAULT),
                    "How often, in seconds, the inbox is looked at; 0: never."),
            new Entry(ScheduleSettings.SETTLE_SECONDS, Integer.toString(ScheduleSettings.SETTLE_SECONDS_DEFAULT),
                    "A file in the inbox is taken once it has not changed for this many seconds (it may still be "
                    + "being copied)."),
            new Entry(ScheduleSettings.QUEUE_SECONDS, Integer.toString(ScheduleSettings.QUEUE_SECONDS_DEFAULT),
                    "How often, in seconds, the service looks at the queue for runs queued by commands (runs "
                    + "backfill --queue-only)."),
            new Entry(ScheduleSettings.RETRY_ATTEMPTS, Integer.toString(ScheduleSettings.RETRY_ATTEMPTS_DEFAULT),
                    "Attempts of a run that fails for a reason that may pass (reading or writing, a commit clash); "
                    + "a run refused for its data is not tried again."),
            new Entry(ScheduleSettings.RETRY_PAUSE_SECONDS, Integer.toString(ScheduleSettings.RETRY_PAUSE_SECONDS_DEFAULT),
                    "The pause before the first retry, in seconds; each further retry waits twice as long."),
            new Entry(MailSettings.HOST, "",
                    "The SMTP server notifications (run failed, run finished, deadline passed) are mailed through. "
                    + "Default: none; notifications are then on the operator page only."),
            new Entry(MailSettings.PORT, Integer.toString(MailSettings.PORT_DEFAULT), "The SMTP server's port."),
            new Entry(MailSettings.TRANSPORT, MailSettings.TRANSPORT_DEFAULT,
                    "smtp (plain), starttls, or smtps (TLS from the start)."),
            new Entry(MailSettings.USER, "",
                    "The SMTP account, if the server wants one; its password comes from the environment variable "
                    + MailSettings.PASSWORD_ENV + "."),
            new Entry(MailSettings.FROM, MailSettings.FROM_DEFAULT, "The sender of notifications."),
            new Entry(MailSettings.TO, "", "Who receives notifications, comma-separated."));

    private SettingsCatalogue() {
    }

    /**
     * The sample {@code cyberstat.properties} of these settings alone: every setting commented out
     * at its default, under what it means. The shipped file also lists the portal's settings after
     * these (the web module checks the whole file).
     */
    public static String sampleFile() {
        return sampleFile(ENTRIES);
    }

    /** A sample settings file listing {@code entries}, in their order, under the same heading. */
    public static String sampleFile(List<Entry> entries) {
        StringBuilder out = new StringBuilder();
        comment(out, "cyberstat settings (Java properties, UTF-8), read from ./cyberstat.properties or from --config "
                + "FILE. Every setting is listed at its default, commented out: to change one, remove the # before "
                + "its key and give another value. Precedence: the command line, then this file, then the "
                + "environment variables named below, then the defaults. The list is checked against the code "
                + "(SettingsCatalogueTest), so it names every setting there is.");
        for (Entry e : entries) {
            out.append('\n');
            comment(out, e.meaning());
            out.append('#').append(e.key()).append(" =").append(e.defaultValue().isEmpty() ? "" : " " + e.defaultValue())
                    .append('\n');
        }
        return out.toString();
    }

    /** Text as "# " lines of at most 100 characters, broken between words. */
    private static void comment(StringBuilder out, String text) {
        StringBuilder line = new StringBuilder("#");
        for (String word : text.split(" ")) {
            if (line.length() + 1 + word.length() > 100 && line.length() > 1) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append('#');
            }
            line.append(' ').append(word);
        }
        out.append(line).append('\n');
    }
}
