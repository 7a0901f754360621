package eu.cyberstat.warehousing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One ingest of a platform's alert exports as the warehouse records it: the typed record of its
 * commits to the alerts and quarantine tables.
 *
 * @param inputSha256     digest of what it read (the exports' bytes and the profile): the same
 *                        digest in force means the same ingest again would change nothing
 * @param alertsCommitted whether it stored any alert (false when every record was quarantined)
 */
public record AlertIngest(String ingestId, String inputSha256, String platform, List<String> files, long rowsRead,
                          boolean alertsCommitted) {

    private static final String INGEST_ID = "ingest_id";
    private static final String INPUT_SHA256 = "input_sha256";
    private static final String PLATFORM = "platform";
    private static final String FILES = "files";
    private static final String ROWS_READ = "rows_read";
    private static final String ALERTS_COMMITTED = "alerts_committed";
    /** In a quarantine entry: the alerts commit that makes it visible (absent: visible on its own). */
    private static final String ALERTS_COMMIT = "alerts_commit";

    public AlertIngest {
        files = List.copyOf(files);
    }

    static AlertIngest of(Commit c) {
        String rows = c.property(ROWS_READ);
        return new AlertIngest(c.property(INGEST_ID), c.property(INPUT_SHA256), c.property(PLATFORM),
                c.property(FILES).isEmpty() ? List.of() : List.of(c.property(FILES).split(", ")),
                rows.isEmpty() ? 0 : Long.parseLong(rows), !"false".equals(c.property(ALERTS_COMMITTED)));
    }

    /** The properties of its alerts commit. */
    Map<String, String> alertsProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(INGEST_ID, ingestId);
        p.put(INPUT_SHA256, inputSha256);
        p.put(PLATFORM, platform);
        p.put(FILES, String.join(", ", files));
        p.put(ROWS_READ, Long.toString(rowsRead));
        return p;
    }

    /**
     * The properties of its quarantine commit: those of the alerts, whether any alert was stored,
     * and the alerts commit that will make the quarantine visible (null: none, it is visible on its own).
     */
    Map<String, String> quarantineProperties(String alertsCommitId) {
        Map<String, String> p = alertsProperties();
        p.put(ALERTS_COMMITTED, Boolean.toString(alertsCommitted));
        if (alertsCommitId != null) {
            p.put(ALERTS_COMMIT, alertsCommitId);
        }
        return p;
    }

    /** The alerts commit a quarantine entry waits for, or empty when the entry is visible on its own. */
    static String alertsCommitOf(Commit quarantineEntry) {
        return quarantineEntry.property(ALERTS_COMMIT);
    }

    AlertIngest withAlertsCommitted(boolean committed) {
        return new AlertIngest(ingestId, inputSha256, platform, files, rowsRead, committed);
    }
}
