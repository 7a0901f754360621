package eu.cyberstat.ingest.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One validation rule as data: a stable code ({@code E_UNKNOWN_OFFENCE}), the level of what it
 * finds, a message template with named placeholders ({@code {value}}) and what it means (for
 * docs/validation.md). The code decides nothing itself: a rule finds a problem and asks its
 * check for the {@link Issue}, so wording and level live in one place.
 */
public record Check(String code, Level level, String template, String meaning) {

    private static final int MAX_SHOWN = 400;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    public Check {
        if (!code.startsWith(level == Level.ERROR ? "E_" : "W_")) {
            throw new IllegalArgumentException("Check code " + code + " does not match its level " + level);
        }
    }

    /**
     * The issue this check raises at a line (0 = the whole file) and column (empty = the whole
     * line), its template filled with {@code name, value} pairs.
     */
    public Issue at(long line, String column, Object... namedValues) {
        return new Issue(level, line, shown(column), code, message(namedValues));
    }

    /** The template with its placeholders filled; an unknown placeholder is a programming error. */
    public String message(Object... namedValues) {
        if (namedValues.length % 2 != 0) {
            throw new IllegalArgumentException("Check " + code + ": values must come in name, value pairs");
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Object value = null;
            boolean found = false;
            for (int i = 0; i < namedValues.length; i += 2) {
                if (name.equals(namedValues[i])) {
                    value = namedValues[i + 1];
                    found = true;
                    break;
                }
            }
            if (!found) {
                throw new IllegalArgumentException("Check " + code + ": no value for {" + name + "}");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(shown(String.valueOf(value))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * A value from the file as a message may show it: on one line (control characters become
     * spaces) and not endless (an uploaded cell can hold anything).
     */
    static String shown(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(value.length(), MAX_SHOWN + 3));
        for (int i = 0; i < value.length() && sb.length() < MAX_SHOWN; i++) {
            char ch = value.charAt(i);
            sb.append(Character.isISOControl(ch) ? ' ' : ch);
        }
        return value.length() > MAX_SHOWN ? sb.append("...").toString() : sb.toString();
    }
}
