package eu.cyberstat.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text from an input as a message for the user may quote it: one line, and short. A field, a
 * header cell or a YAML value can hold megabytes; the message that points at it must stay a
 * sentence a person reads, whatever the input held.
 */
public final class MessageText {

    /** The longest value quoted whole; longer ones are cut and marked with "...". */
    public static final int MAX_QUOTED = 80;

    private static final Pattern QUOTED = Pattern.compile("'([^'\\n]{" + (MAX_QUOTED + 1) + ",})'");

    private MessageText() {
    }

    /** A value as a message shows it: control characters as spaces, cut at {@link #MAX_QUOTED} characters. */
    public static String shown(String value) {
        return shown(value, MAX_QUOTED);
    }

    /** A value as a message shows it, cut at {@code max} characters (for lists of values). */
    public static String shown(String value, int max) {
        if (value == null) {
            return "";
        }
        String cut = value.length() > max ? value.substring(0, max) : value;
        StringBuilder sb = new StringBuilder(cut.length() + 3);
        cut.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return value.length() > max ? sb.append("...").toString() : sb.toString();
    }

    /** A message with every 'quoted value' in it shown as {@link #shown} would: for messages built in many places. */
    public static String withShortQuotes(String message) {
        Matcher m = QUOTED.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement("'" + shown(m.group(1)) + "'"));
        }
        return m.appendTail(sb).toString();
    }
}
