package eu.cyberstat.ingest.alerts;

import eu.cyberstat.problem.AlertChecks;

/**
 * Why a record went to quarantine. The reason never contains the text of a URL or of a contact
 * field: only values of fields that are not personal (times, codes) are quoted in it.
 *
 * @param code   the code of its check in {@link AlertChecks}, documented in docs/alerts.md
 * @param field  the profile key of the field at fault ({@code receivedAt}), or empty for the whole record
 * @param reason a sentence fragment, e.g. "'31/02/2024' matches none of the profile's time formats"
 */
public record Rejection(String code, String field, String reason) {

    // The codes of the one problem catalogue (AlertChecks): a quarantined record names its check by code.
    public static final String FIELD_COUNT = AlertChecks.E_FIELD_COUNT.code();
    public static final String SYNTAX = AlertChecks.E_SYNTAX.code();
    public static final String RECORD_TOO_LONG = AlertChecks.E_RECORD_TOO_LONG.code();
    public static final String MISSING = AlertChecks.E_MISSING.code();
    public static final String TIME = AlertChecks.E_TIME.code();
    public static final String CATEGORY = AlertChecks.E_CATEGORY.code();
    public static final String STATUS = AlertChecks.E_STATUS.code();
    public static final String COUNTRY = AlertChecks.E_COUNTRY.code();
    public static final String URL = AlertChecks.E_URL.code();
    public static final String CLOSED_BEFORE_RECEIVED = AlertChecks.E_CLOSED_BEFORE_RECEIVED.code();
    /** Not an error: a later record with an alert id already read in the same ingest. */
    public static final String DUPLICATE_ALERT_ID = AlertChecks.W_DUPLICATE_ALERT_ID.code();
}
