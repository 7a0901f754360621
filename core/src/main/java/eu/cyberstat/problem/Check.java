package eu.cyberstat.problem;

import eu.cyberstat.reference.Language;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One validation rule as data: a stable code ({@code E_UNKNOWN_OFFENCE}), the level of what it
 * finds and what it means (for docs/validation.md). Its words, in every language, are in the
 * message catalogue ({@link CheckMessages}) under its code. The code decides nothing itself: a
 * rule finds a problem and asks its check for the {@link Issue}, so wording and level live in
 * one place.
 */
public record Check(String code, Level level, String meaning) {

    private static final int MAX_SHOWN = 400;

    public Check {
        if (!code.startsWith(level == Level.ERROR ? "E_" : "W_")) {
            throw new IllegalArgumentException("Check code " + code + " does not match its level " + level);
        }
    }

    /** The English message template, with named placeholders ({@code {value}}). */
    public String template() {
        return CheckMessages.shipped().template(code, Language.EN);
    }

    /**
     * The issue this check raises at a line (0 = the whole file) and column (empty = the whole
     * line), with {@code name, value} pairs for its placeholders: text from the file, numbers,
     * or {@link Phrase}s. The issue keeps the phrase, and its message in English.
     */
    public Issue at(long line, String column, Object... namedValues) {
        Phrase phrase = phrase(namedValues);
        return new Issue(level, line, shown(column), code, phrase.in(Language.EN), phrase);
    }

    /** The English message with its placeholders filled; a missing value is a programming error. */
    public String message(Object... namedValues) {
        return phrase(namedValues).in(Language.EN);
    }

    /** The message as words to be written in any language. */
    public Phrase phrase(Object... namedValues) {
        if (namedValues.length % 2 != 0) {
            throw new IllegalArgumentException("Check " + code + ": values must come in name, value pairs");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namedValues.length; i += 2) {
            values.put((String) namedValues[i], shownValue(namedValues[i + 1]));
        }
        return new Phrase(code, values);
    }

    /** Text as {@link #shown}, also inside the phrases a value is made of (a hint quotes the cell too). */
    private static Object shownValue(Object v) {
        if (v instanceof String || v instanceof Character) {
            return shown(v.toString());
        }
        if (v instanceof Phrase p) {
            Map<String, Object> values = new LinkedHashMap<>();
            p.values().forEach((name, value) -> values.put(name, shownValue(value)));
            return new Phrase(p.key(), values);
        }
        if (v instanceof java.util.List<?> list) {
            return list.stream().map(Check::shownValue).toList();
        }
        return v;
    }

    /**
     * A value from the file as a message may show it: on one line (control characters become
     * spaces) and not endless (an uploaded cell can hold anything).
     */
    static String shown(String value) {
        return MessageText.shown(value, MAX_SHOWN);
    }

    /** Control characters become spaces: a message is one line, whatever a value held. */
    static String oneLine(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            sb.append(Character.isISOControl(ch) ? ' ' : ch);
        }
        return sb.toString();
    }
}
