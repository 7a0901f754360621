package eu.cyberstat.reports.template;

import eu.cyberstat.reference.Language;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typesetting rules of each language, applied by the PDFs to every text they print, so
 * that statisticians type ordinary spaces in the templates and a page still never breaks a line
 * where a reader would not (the workbook keeps the text as typed, for searching and filtering):
 * <ul>
 *   <li>in every language, a number written with spaces between its groups of three digits
 *       ("100 000") keeps them together with narrow no-break spaces (U+202F);</li>
 *   <li>in French, the space before {@code : ; ! ? %} and inside guillemets is a no-break space
 *       (U+00A0 before ":" and "%" and inside « », a narrow one before ";", "!" and "?"), and
 *       one is added where a writer left it out ("Source:" becomes "Source :"). A colon between
 *       digits (03:29) or in an address (https://) is left alone.</li>
 * </ul>
 */
public final class Typography {

    public static final char NO_BREAK_SPACE = '\u00A0';
    public static final char NARROW_NO_BREAK_SPACE = '\u202F';

    private static final Pattern DIGIT_GROUPS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?: \\d{3})+(?![\\d])");
    private static final Pattern SPACE_BEFORE = Pattern.compile("[ \\u00A0\\u202F]+([:;!?%»])");
    private static final Pattern NONE_BEFORE = Pattern.compile("(?<=[\\p{L}\\p{N})\\]”’*])([:;!?»])(?=\\s|$|[).,])");
    private static final Pattern AFTER_GUILLEMET = Pattern.compile("«[ \\u00A0\\u202F]*");

    private Typography() {
    }

    /** {@code text} set by the rules of {@code language}. */
    public static String apply(Language language, String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = keepDigitGroups(text);
        if (language == Language.FR) {
            out = french(out);
        }
        return out;
    }

    private static String keepDigitGroups(String text) {
        Matcher m = DIGIT_GROUPS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().replace(' ', NARROW_NO_BREAK_SPACE)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String french(String text) {
        Matcher m = SPACE_BEFORE.matcher(text);
        StringBuilder spaced = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(spaced, Matcher.quoteReplacement(spaceBefore(m.group(1).charAt(0)) + m.group(1)));
        }
        m.appendTail(spaced);
        String out = spaced.toString();
        // A percent sign after a digit with no space at all ("12%") is left to the number style.
        m = NONE_BEFORE.matcher(out);
        StringBuilder added = new StringBuilder();
        while (m.find()) {
            char mark = m.group(1).charAt(0);
            if (mark == ':' && m.start() > 0 && Character.isDigit(out.charAt(m.start() - 1))) {
                m.appendReplacement(added, ":"); // "10:" as in a list of times or ratios: leave it
                continue;
            }
            m.appendReplacement(added, Matcher.quoteReplacement(spaceBefore(mark) + m.group(1)));
        }
        m.appendTail(added);
        return AFTER_GUILLEMET.matcher(added.toString()).replaceAll("«" + NO_BREAK_SPACE);
    }

    private static String spaceBefore(char mark) {
        return String.valueOf(mark == ':' || mark == '%' || mark == '»' ? NO_BREAK_SPACE : NARROW_NO_BREAK_SPACE);
    }
}
