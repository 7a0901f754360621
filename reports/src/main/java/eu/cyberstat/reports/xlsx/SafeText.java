package eu.cyberstat.reports.xlsx;

/**
 * Text that a spreadsheet could take for a formula: it starts with {@code = + - @}, a tab or a
 * carriage return (the OWASP "CSV injection" list). Such text is written as a string cell with
 * the quote-prefix style, so Excel shows it and never evaluates it, even after an edit.
 */
public final class SafeText {

    private SafeText() {
    }

    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
