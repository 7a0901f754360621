package eu.cyberstat.reference;

import java.util.Locale;

/** The languages the report is published in. */
public enum Language {
    EN, FR, DE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** Parses "en", "FR", "de" ...; throws with the accepted values otherwise. */
    public static Language of(String code) {
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("Unknown language '" + code + "': use en, fr or de");
    }
}
