package eu.cyberstat.ingest.alerts;

import java.util.Locale;
import java.util.Optional;

/** What a platform did with an alert, in the project's words (platforms' own values map here through a profile). */
public enum AlertStatus {
    RECEIVED,
    /** Forwarded to a law-enforcement authority: the numerator of SHARE_FORWARDED_LE. */
    FORWARDED_LE,
    FORWARDED_HOSTING,
    TAKEN_DOWN,
    NO_ACTION,
    /** The platform itself marked the report as a repeat of an earlier one. */
    DUPLICATE;

    /** The code written in the warehouse and in profiles: {@code forwarded_le}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AlertStatus> fromCode(String code) {
        for (AlertStatus s : values()) {
            if (s.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
