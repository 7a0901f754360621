package eu.cyberstat.ingest.format;

import eu.cyberstat.problem.Phrase;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * How numbers are written in one file: the decimal separator and the thousands separator
 * ({@code 0} for none). Spaces (also no-break and narrow no-break spaces) and apostrophes always
 * group thousands, as French, Nordic and Swiss exports write them.
 *
 * @param certain false when nothing in the file decided between '.' and ',' and the style is a
 *                guess; values that depend on the guess are then {@link Reading#ambiguous()}
 */
public record NumberStyle(char decimal, char grouping, boolean certain) {

    private static final Phrase NOT_GROUPED = Phrase.of("number.not-grouped");
    /** Digits of the largest count (Long.MAX_VALUE has 19): more is too large, whatever they are. */
    private static final int MAX_COUNT_DIGITS = 19;

    /** Eurostat and SDMX: a '.' for decimals, no thousands separator. */
    public static final NumberStyle PLAIN = new NumberStyle('.', (char) 0, true);

    public NumberStyle {
        if (decimal == grouping) {
            throw new IllegalArgumentException("The decimal and the thousands separator must differ: '" + decimal + "'");
        }
    }

    /** A style declared by a mapping profile. */
    public static NumberStyle declared(char decimal, char grouping) {
        return new NumberStyle(decimal, grouping, true);
    }

    /**
     * Works out the style from the value texts of a file. Evidence first: '1.234.567' and
     * '1.234,5' show the thousands separator, '12,5' or '1234.56' the decimal one. Without
     * evidence, the field separator decides: Excel writes ';' exactly in the locales whose decimal
     * separator is ',', and a ',' file cannot use ',' for decimals unquoted. Without either (tab
     * separated, spreadsheets' text cells) a lone '12.345' is read as a whole number, not certain.
     */
    public static NumberStyle detect(Collection<String> texts, char fieldSeparator) {
        int[] decimalVotes = new int[2];
        int[] groupingVotes = new int[2];
        boolean[] undecided = new boolean[2];
        for (String text : texts) {
            String t = signed(text).magnitude();
            if (t.isEmpty() || !isNumeral(t)) {
                continue;
            }
            int dots = count(t, '.');
            int commas = count(t, ',');
            if (dots > 0 && commas > 0) {
                int last = Math.max(t.lastIndexOf('.'), t.lastIndexOf(','));
                int d = t.charAt(last) == '.' ? 0 : 1;
                decimalVotes[d]++;
                groupingVotes[1 - d]++;
            } else if (dots + commas > 0) {
                char c = dots > 0 ? '.' : ',';
                int i = index(c);
                if (dots + commas >= 2) {
                    groupingVotes[i]++;
                } else {
                    int at = t.indexOf(c);
                    int before = digitsBefore(t, at);
                    int after = digitsAfter(t, at);
                    boolean leadingZero = before == 1 && t.charAt(at - 1) == '0' && (at < 2 || !Character.isDigit(t.charAt(at - 2)));
                    if (after != 3 || before == 0 || before > 3 || leadingZero || hasSpaceGroups(t)) {
                        decimalVotes[i]++;
                    } else {
                        undecided[i] = true;
                    }
                }
            }
        }
        int decimal = decimalVotes[0] == 0 && decimalVotes[1] == 0 ? -1 : decimalVotes[0] >= decimalVotes[1] ? 0 : 1;
        int grouping = groupingVotes[0] == 0 && groupingVotes[1] == 0 ? -1 : groupingVotes[0] >= groupingVotes[1] ? 0 : 1;
        if (decimal >= 0) {
            return new NumberStyle(symbol(decimal), symbol(1 - decimal), true);
        }
        if (grouping >= 0) {
            return new NumberStyle(symbol(1 - grouping), symbol(grouping), true);
        }
        if (fieldSeparator == ';') {
            return new NumberStyle(',', '.', true);
        }
        if (fieldSeparator == ',') {
            return new NumberStyle('.', ',', true);
        }
        if (undecided[1] && !undecided[0]) {
            return new NumberStyle('.', ',', false);
        }
        return new NumberStyle(',', '.', !undecided[0]);
    }

    /**
     * The outcome of reading one value: a number, or why it is none ({@code problem}, words that
     * follow "'x' is not a number"; null when there is nothing more to say).
     */
    public record Reading(BigDecimal value, Phrase problem, boolean ambiguous) {
        public boolean isNumber() {
            return value != null;
        }
    }

    /** Reads a value written in this style: '12 345', '12.345', '-3', '(3)', '1,5E+3'. */
    public Reading read(String text) {
        Signed signed = signed(text);
        String s = signed.magnitude();
        if (s.isEmpty()) {
            return new Reading(null, null, false);
        }
        StringBuilder plain = new StringBuilder(s.length());
        int groups = 0;
        int digitsInGroup = 0;
        int firstGroupDigits = -1;
        boolean decimalSeen = false;
        boolean exponent = false;
        boolean usedGuessedGrouping = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                plain.append(ch);
                digitsInGroup++;
            } else if (!decimalSeen && !exponent && (isSpaceGroup(ch) || (grouping != 0 && ch == grouping))) {
                if (groups == 0) {
                    firstGroupDigits = digitsInGroup;
                    if (digitsInGroup < 1 || digitsInGroup > 3) {
                        return invalid(NOT_GROUPED);
                    }
                } else if (digitsInGroup != 3) {
                    return invalid(NOT_GROUPED);
                }
                usedGuessedGrouping |= ch == grouping;
                groups++;
                digitsInGroup = 0;
            } else if (ch == decimal && !decimalSeen && !exponent) {
                if (groups > 0 && digitsInGroup != 3) {
                    return invalid(NOT_GROUPED);
                }
                decimalSeen = true;
                plain.append('.');
                digitsInGroup = 0;
            } else if ((ch == 'e' || ch == 'E') && !exponent && groups == 0 && plain.length() > 0) {
                exponent = true;
                plain.append('E');
                if (i + 1 < s.length() && (s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-')) {
                    plain.append(s.charAt(++i));
                }
            } else if (ch == '.' || ch == ',') {
                return invalid(Phrase.of("number.other-style", "example", example()));
            } else {
                return invalid(null);
            }
        }
        if (groups > 0 && !decimalSeen && digitsInGroup != 3) {
            return invalid(NOT_GROUPED);
        }
        if (firstGroupDigits == 0 || plain.length() == 0 || plain.charAt(plain.length() - 1) == 'E'
                || plain.charAt(plain.length() - 1) == '+' || plain.charAt(plain.length() - 1) == '-') {
            return invalid(null);
        }
        if (!exponent && integerDigits(plain) > MAX_COUNT_DIGITS) {
            // Said without BigDecimal, whose parsing grows with the square of the digits: five million take minutes.
            return invalid(Phrase.of("number.too-large"));
        }
        try {
            BigDecimal value = new BigDecimal(plain.toString());
            if (value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                return invalid(Phrase.of("number.too-large"));
            }
            return new Reading(signed.negative() ? value.negate() : value, null, usedGuessedGrouping && !certain);
        } catch (NumberFormatException e) {
            return invalid(null);
        }
    }

    /** Significant digits before the decimal point of a plain numeral ("000123.40" has 3). */
    private static int integerDigits(CharSequence plain) {
        int digits = 0;
        for (int i = 0; i < plain.length() && plain.charAt(i) != '.'; i++) {
            if (digits > 0 || plain.charAt(i) != '0') {
                digits++;
            }
        }
        return digits;
    }

    /** "12.345,6": how this style writes twelve thousand and some, for messages. */
    public String example() {
        return "12" + (grouping == 0 ? "" : String.valueOf(grouping)) + "345" + decimal + "6";
    }

    private static Reading invalid(Phrase why) {
        return new Reading(null, why, false);
    }

    private static boolean isSpaceGroup(char ch) {
        return ch == ' ' || ch == '\u00A0' || ch == '\u202F' || ch == '\u2009' || ch == '\'' || ch == '\u2019';
    }

    private static boolean hasSpaceGroups(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (isSpaceGroup(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumeral(String t) {
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (!(ch >= '0' && ch <= '9') && ch != '.' && ch != ',' && !isSpaceGroup(ch)) {
                return false;
            }
        }
        return true;
    }

    /** A value's text without its sign, and whether the sign made it negative. */
    private record Signed(String magnitude, boolean negative) {
    }

    /**
     * Takes off the sign: accounting parentheses '(3)' and a leading '-', '\u2212' (minus sign)
     * or '+'; an explicit sign inside the parentheses decides.
     */
    private static Signed signed(String text) {
        String s = text.strip();
        boolean negative = false;
        if (s.length() > 2 && s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '\u2212' || s.charAt(0) == '+')) {
            negative = s.charAt(0) != '+';
            s = s.substring(1).strip();
        }
        return new Signed(s, negative);
    }

    private static int count(String t, char c) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static int digitsBefore(String t, int at) {
        int n = 0;
        for (int i = at - 1; i >= 0 && Character.isDigit(t.charAt(i)); i--) {
            n++;
        }
        return n;
    }

    private static int digitsAfter(String t, int at) {
        int n = 0;
        for (int i = at + 1; i < t.length() && Character.isDigit(t.charAt(i)); i++) {
            n++;
        }
        return n;
    }

    private static int index(char c) {
        return c == '.' ? 0 : 1;
    }

    private static char symbol(int index) {
        return index == 0 ? '.' : ',';
    }
}
