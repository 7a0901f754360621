package eu.cyberstat.problem;

import static eu.cyberstat.problem.Level.ERROR;
import static eu.cyberstat.problem.Level.WARNING;

import java.util.List;

/**
 * Why an alert-platform record is set aside in the quarantine table: the checks of the alert
 * ingest, in the same catalogue as those of national statistics ({@link Checks}), so that a code
 * means one thing wherever it is raised ({@code E_FIELD_COUNT} is the same check in both) and
 * no two checks share a code. docs/alerts.md documents each one. The reason quarantined with a
 * record is a sentence fragment in English (it never quotes a URL or a contact field).
 */
public final class AlertChecks {

    /** The same problem as in a national statistics file. */
    public static final Check E_FIELD_COUNT = Checks.E_FIELD_COUNT;

    public static final Check E_SYNTAX = new Check("E_SYNTAX", ERROR,
            "A record with an unclosed quote, or a JSON Lines record that is not a JSON object.");

    public static final Check E_RECORD_TOO_LONG = new Check("E_RECORD_TOO_LONG", ERROR,
            "A record longer than 1 MiB: not read (not held in memory), the next record read after it.");

    public static final Check E_MISSING = new Check("E_MISSING", ERROR,
            "A record with an empty required field.");

    public static final Check E_TIME = new Check("E_TIME", ERROR,
            "A received or closed time in none of the profile's formats, or an impossible date.");

    public static final Check E_CLOSED_BEFORE_RECEIVED = new Check("E_CLOSED_BEFORE_RECEIVED", ERROR,
            "A record closed before it was received.");

    public static final Check E_CATEGORY = new Check("E_CATEGORY", ERROR,
            "A category the platform profile does not map.");

    public static final Check E_STATUS = new Check("E_STATUS", ERROR,
            "A handling status the platform profile does not map.");

    public static final Check E_COUNTRY = new Check("E_COUNTRY", ERROR,
            "A hosting country that is neither mapped by the profile nor an ISO 3166 code.");

    public static final Check E_URL = new Check("E_URL", ERROR,
            "A URL without a valid host name or IP address.");

    public static final Check W_DUPLICATE_ALERT_ID = new Check("W_DUPLICATE_ALERT_ID", WARNING,
            "A record that repeats an alert id already read in the same ingest: counted as a duplicate, the first "
                    + "record kept.");

    private static final List<Check> ALL = List.of(E_FIELD_COUNT, E_SYNTAX, E_RECORD_TOO_LONG, E_MISSING, E_TIME, E_CLOSED_BEFORE_RECEIVED,
            E_CATEGORY, E_STATUS, E_COUNTRY, E_URL, W_DUPLICATE_ALERT_ID);

    private AlertChecks() {
    }

    /** Every check of the alert ingest, in the order of docs/alerts.md. */
    public static List<Check> all() {
        return ALL;
    }
}
