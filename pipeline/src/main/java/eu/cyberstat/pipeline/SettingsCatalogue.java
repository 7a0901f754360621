package eu.cyberstat.pipeline;

import eu.cyberstat.ingest.validation.ValidationSettings;
import eu.cyberstat.pipeline.alerts.AlertSettings;
import eu.cyberstat.pipeline.metrics.MetricsConfig;
import eu.cyberstat.pipeline.report.ReportStep;
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
                    "The warehouse folder (relative to the folder cyberstat runs in). --warehouse DIR overrides it; "
                    + "so does the environment variable CYBERSTAT_WAREHOUSE_DIR when this file does not set it."),
            new Entry(Settings.WORK_DIR, Settings.WORK_DIR_DEFAULT,
                    "Scratch space of Spark and of the alert ingest. Environment: CYBERSTAT_WORK_DIR."),
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
                    "A validation report lists at most this many problems of one code; the rest are counted."));

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
