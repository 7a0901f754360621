package eu.cyberstat.ingest.alerts;

import java.io.Closeable;
import java.io.IOException;
import java.util.EnumSet;

/**
 * Reads one split of an export into normalised, pseudonymised alerts: each record comes out
 * accepted (see {@link #alert()}), quarantined (see {@link #rejection()}) or as a duplicate of an
 * alert id read earlier. A bad record never stops the split.
 */
public final class AlertSplitReader implements Closeable {

    public enum Outcome { ACCEPTED, QUARANTINED, DUPLICATE }

    private static final Rejection DUPLICATE = new Rejection(Rejection.DUPLICATE_ALERT_ID, AlertField.ALERT_ID.key(),
            "repeats the alert id of an earlier record, which is the one kept");

    private final ExportSplit split;
    private final ExportRecords records;
    private final AlertNormaliser normaliser;
    private final DuplicateAlertIds duplicates;
    private final NormalisedAlert alert = new NormalisedAlert();
    private Outcome outcome;
    private Rejection rejection;

    public AlertSplitReader(ExportFile file, ExportSplit split, long firstLine, PlatformProfile profile, byte[] hmacKey,
                            DuplicateAlertIds duplicates) throws IOException {
        this.split = split;
        this.records = new ExportRecords(file, split, firstLine, profile, EnumSet.allOf(AlertField.class));
        this.normaliser = new AlertNormaliser(profile, hmacKey);
        this.duplicates = duplicates;
    }

    /** Reads the next record; false at the end of the split. */
    public boolean next() throws IOException {
        if (!records.next()) {
            return false;
        }
        rejection = records.syntaxError();
        if (rejection == null) {
            rejection = normaliser.normalise(records.values(), alert);
        }
        if (rejection != null) {
            outcome = Outcome.QUARANTINED;
        } else if (duplicates.isDuplicate(alert.alertId,
                new DuplicateAlertIds.Position(split.index(), records.relativeLine()))) {
            outcome = Outcome.DUPLICATE;
            rejection = DUPLICATE;
        } else {
            outcome = Outcome.ACCEPTED;
        }
        return true;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The accepted alert (a holder reused for every record). */
    public NormalisedAlert alert() {
        return alert;
    }

    /** Why the current record was not accepted. */
    public Rejection rejection() {
        return rejection;
    }

    /** Line number of the current record in its file. */
    public long line() {
        return records.line();
    }

    /**
     * The alert id to show in quarantine: null when the record could not be cut into fields
     * (its "id" column may hold anything) or when the value looks like a URL or an e-mail.
     */
    public String quarantineAlertId() {
        if (records.syntaxError() != null) {
            return null;
        }
        String id = records.values()[AlertField.ALERT_ID.ordinal()];
        if (id == null || id.isEmpty() || !AlertNormaliser.quote(id).equals(id)) {
            return null;
        }
        return id;
    }


    @Override
    public void close() throws IOException {
        records.close();
    }
}
