package eu.cyberstat.ingest.alerts;

import java.util.Locale;

/** The fields of an alert that cyberstat reads from an export; everything else is dropped unread. */
public enum AlertField {
    ALERT_ID(true),
    RECEIVED_AT(true),
    CATEGORY(true),
    URL(false),
    HOSTING_COUNTRY(false),
    STATUS(true),
    CLOSED_AT(false);

    private final boolean required;

    AlertField(boolean required) {
        this.required = required;
    }

    public boolean isRequired() {
        return required;
    }

    /** The name used in profiles and messages: {@code receivedAt}. */
    public String key() {
        String[] parts = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }
}
