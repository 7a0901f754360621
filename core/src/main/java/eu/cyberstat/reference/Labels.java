package eu.cyberstat.reference;

/** A label in each publication language. */
public record Labels(String en, String fr, String de) {

    public String in(Language language) {
        return switch (language) {
            case EN -> en;
            case FR -> fr;
            case DE -> de;
        };
    }
}
