package eu.cyberstat.pipeline.alerts;

import eu.cyberstat.warehousing.AlertTablesSchema;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What an ingest of alert exports did, printed for the operator.
 *
 * @param rowsRead    records read (header and blank lines not counted)
 * @param accepted    records stored in the alerts table
 * @param quarantined records that could not be accepted (in the quarantine table with line and reason)
 * @param duplicates  records that repeat an alert id already read in this ingest (not stored; listed in quarantine)
 * @param months      the platform months replaced, "2024-01" ...
 * @param sameAs      the earlier ingest, still in force, of exactly these bytes with this profile:
 *                    nothing was written (null for an ingest that wrote)
 */
public record AlertIngestReceipt(String ingestId, String platform, List<String> files, long rowsRead, long accepted,
                                 long quarantined, long duplicates, List<String> months, Duration time, String sameAs) {

    /** Whether nothing was written because the same export is in force already. */
    public boolean isRepeat() {
        return sameAs != null;
    }

    public double rowsPerSecond() {
        double seconds = time.toNanos() / 1e9;
        return seconds > 0 ? rowsRead / seconds : 0;
    }

    /** The receipt as the command prints it. */
    public String describe() {
        if (isRepeat()) {
            return String.format(Locale.ROOT, "Alert ingest skipped for platform %s: %s, with the same profile, is in force "
                    + "already as ingest %s.%nNothing was written: ingesting the same bytes again would change nothing.%n",
                    platform, String.join(", ", files), sameAs);
        }
        return String.format(Locale.ROOT, """
                Alert ingest %s for platform %s
                  files        %s
                  rows read    %,d
                  accepted     %,d
                  quarantined  %,d%s
                  duplicates   %,d (repeated alert ids; the first record of each is kept)
                  months       %s
                  time         %.1f s (%,.0f rows/s)
                """, ingestId, platform, String.join(", ", files), rowsRead, accepted, quarantined,
                quarantined > 0 ? " (see table " + AlertTablesSchema.QUARANTINE + ", ingest_id " + ingestId + ")" : "",
                duplicates, describeMonths(months), time.toNanos() / 1e9, rowsPerSecond());
    }

    private static String describeMonths(List<String> months) {
        if (months.isEmpty()) {
            return "none";
        }
        if (months.size() <= 3) {
            return String.join(", ", months);
        }
        return months.get(0) + " .. " + months.get(months.size() - 1) + " (" + months.size() + " months)";
    }
}
