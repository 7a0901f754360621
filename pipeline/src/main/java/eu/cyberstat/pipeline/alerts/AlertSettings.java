package eu.cyberstat.pipeline.alerts;

/** Settings of alert ingest (keys of {@code cyberstat.properties}, each with its default). */
public final class AlertSettings {

    /**
     * Secret key of the keyed URL hash (HMAC-SHA-256), at least 32 characters. Also read from the
     * environment variable {@link #HMAC_KEY_ENV}. Never committed, never logged.
     */
    public static final String HMAC_KEY = "alerts.hmac.key";
    public static final String HMAC_KEY_ENV = "CYBERSTAT_ALERTS_HMAC_KEY";
    public static final int HMAC_KEY_MIN_LENGTH = 32;

    /** Upper bound of the bytes of an export read by one task. */
    public static final String SPLIT_MB = "alerts.split.mb";
    public static final int SPLIT_MB_DEFAULT = 128;

    private AlertSettings() {
    }
}
