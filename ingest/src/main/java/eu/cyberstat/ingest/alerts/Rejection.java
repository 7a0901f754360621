package eu.cyberstat.ingest.alerts;

/**
 * Why a record went to quarantine. The reason never contains the text of a URL or of a contact
 * field: only values of fields that are not personal (times, codes) are quoted in it.
 *
 * @param code   stable code, documented in docs/alerts.md
 * @param field  the profile key of the field at fault ({@code receivedAt}), or empty for the whole record
 * @param reason a sentence fragment, e.g. "'31/02/2024' matches none of the profile's time formats"
 */
public record Rejection(String code, String field, String reason) {

    public static final String FIELD_COUNT = "E_FIELD_COUNT";
    public static final String SYNTAX = "E_SYNTAX";
    public static final String RECORD_TOO_LONG = "E_RECORD_TOO_LONG";
    public static final String MISSING = "E_MISSING";
    public static final String TIME = "E_TIME";
    public static final String CATEGORY = "E_CATEGORY";
    public static final String STATUS = "E_STATUS";
    public static final String COUNTRY = "E_COUNTRY";
    public static final String URL = "E_URL";
    public static final String CLOSED_BEFORE_RECEIVED = "E_CLOSED_BEFORE_RECEIVED";
    /** Not an error: a later record with an alert id already read in the same ingest. */
    public static final String DUPLICATE_ALERT_ID = "W_DUPLICATE_ALERT_ID";
}
