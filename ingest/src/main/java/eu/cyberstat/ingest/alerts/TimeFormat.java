package eu.cyberstat.ingest.alerts;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One way a platform writes a point in time, as declared in its profile: a java.time pattern
 * ({@code dd/MM/yyyy HH:mm}) or {@code iso} (ISO 8601 with optional seconds, fraction and
 * offset, {@code T} or a space between date and time). Times without an offset are in the
 * platform's zone. Fixed-width numeric patterns and {@code iso} are parsed by hand, because
 * {@link DateTimeFormatter} allocates several objects per call and alert exports have tens of
 * millions of times; any other pattern falls back to {@link DateTimeFormatter}.
 */
public final class TimeFormat implements Serializable {

    /** Returned by {@link #parseMicros} when the text is not in this format. */
    public static final long NO_MATCH = Long.MIN_VALUE;

    public static final String ISO = "iso";

    private static final long MICROS_PER_SECOND = 1_000_000L;

    private final String pattern;
    private final boolean iso;
    /** Fast path: one token per element; null when the pattern needs DateTimeFormatter. */
    private final Token[] tokens;
    private final int length;
    private transient DateTimeFormatter formatter;

    private enum Kind { YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, FRACTION, OFFSET_COLON, OFFSET_NO_COLON, LITERAL }

    private record Token(Kind kind, int width, char literal) implements Serializable {
    }

    private TimeFormat(String pattern, boolean iso, Token[] tokens, int length) {
        this.pattern = pattern;
        this.iso = iso;
        this.tokens = tokens;
        this.length = length;
    }

    /** Compiles a pattern; throws IllegalArgumentException with java.time's reason when it is not one. */
    public static TimeFormat compile(String pattern) {
        if (pattern.trim().equalsIgnoreCase(ISO)) {
            return new TimeFormat(ISO, true, null, 0);
        }
        try {
            DateTimeFormatter.ofPattern(pattern, Locale.ROOT); // validates, with java.time's message
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            // java.time's builder fails with a ClassCastException on padding before adjacent numbers ("ppHmm").
            throw new IllegalArgumentException("java.time cannot build a parser for it (a padded field 'p' "
                    + "followed by numbers without a separator)", e);
        }
        Token[] tokens = fastTokens(pattern);
        int length = 0;
        if (tokens != null) {
            for (Token t : tokens) {
                length += t.kind == Kind.OFFSET_COLON || t.kind == Kind.OFFSET_NO_COLON ? 0 : t.width;
            }
        }
        return new TimeFormat(pattern, false, tokens, length);
    }


    /** Epoch microseconds of {@code text}, or {@link #NO_MATCH}. */
    public long parseMicros(String text, ZoneId zone) {
        if (iso) {
            return parseIso(text, zone);
        }
        if (tokens != null) {
            return parseFixed(text, zone);
        }
        return parseWithFormatter(text, zone);
    }

    private long parseFixed(String s, ZoneId zone) {
        int year = 0;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int micros = 0;
        int offsetSeconds = Integer.MIN_VALUE;
        int p = 0;
        int n = s.length();
        for (Token t : tokens) {
            switch (t.kind) {
                case LITERAL -> {
                    if (p >= n || s.charAt(p) != t.literal) {
                        return NO_MATCH;
                    }
                    p++;
                }
                case OFFSET_COLON, OFFSET_NO_COLON -> {
                    int end = offsetEnd(s, p, t.kind == Kind.OFFSET_COLON);
                    if (end < 0 || end != n) {
                        return NO_MATCH;
                    }
                    offsetSeconds = offsetSeconds(s, p, end);
                    if (offsetSeconds == Integer.MIN_VALUE) {
                        return NO_MATCH;
                    }
                    p = end;
                }
                default -> {
                    if (p + t.width > n) {
                        return NO_MATCH;
                    }
                    int v = digits(s, p, t.width);
                    if (v < 0) {
                        return NO_MATCH;
                    }
                    switch (t.kind) {
                        case YEAR -> year = v;
                        case MONTH -> month = v;
                        case DAY -> day = v;
                        case HOUR -> hour = v;
                        case MINUTE -> minute = v;
                        case SECOND -> second = v;
                        case FRACTION -> micros = scaleFraction(v, t.width);
                        default -> throw new IllegalStateException();
                    }
                    p += t.width;
                }
            }
        }
        if (p != n) {
            return NO_MATCH;
        }
        return toMicros(year, month, day, hour, minute, second, micros, offsetSeconds, zone);
    }

    /** yyyy-MM-dd[T| ]HH:mm[:ss[.fraction]][Z|±HH:MM|±HHMM|±HH] */
    private static long parseIso(String s, ZoneId zone) {
        int n = s.length();
        if (n < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != ' ')
                || s.charAt(13) != ':') {
            return NO_MATCH;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        if ((year | month | day | hour | minute) < 0) {
            return NO_MATCH;
        }
        int p = 16;
        int second = 0;
        int micros = 0;
        if (p < n && s.charAt(p) == ':') {
            if (p + 3 > n || (second = digits(s, p + 1, 2)) < 0) {
                return NO_MATCH;
            }
            p += 3;
            if (p < n && (s.charAt(p) == '.' || s.charAt(p) == ',')) {
                int start = ++p;
                while (p < n && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
                    p++;
                }
                int width = p - start;
                if (width == 0 || width > 9) {
                    return NO_MATCH;
                }
                micros = scaleFraction(digits(s, start, Math.min(width, 6)), Math.min(width, 6));
            }
        }
        int offsetSeconds = Integer.MIN_VALUE;
        if (p < n) {
            int end = offsetEnd(s, p, s.indexOf(':', p) >= 0);
            if (end != n || (offsetSeconds = offsetSeconds(s, p, end)) == Integer.MIN_VALUE) {
                return NO_MATCH;
            }
        }
        return toMicros(year, month, day, hour, minute, second, micros, offsetSeconds, zone);
    }

    private long parseWithFormatter(String s, ZoneId zone) {
        if (formatter == null) {
            formatter = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        }
        try {
            TemporalAccessor t = formatter.parse(s);
            LocalDateTime local = LocalDateTime.from(t);
            long epochSecond = t.isSupported(ChronoField.OFFSET_SECONDS)
                    ? local.toEpochSecond(ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS)))
                    : local.atZone(zone).toEpochSecond();
            return epochSecond * MICROS_PER_SECOND + local.getNano() / 1000;
        } catch (DateTimeException e) {
            return NO_MATCH;
        }
    }

    private static long toMicros(int year, int month, int day, int hour, int minute, int second, int micros,
                                 int offsetSeconds, ZoneId zone) {
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month) || hour > 23 || minute > 59
                || second > 59) {
            return NO_MATCH;
        }
        long localSeconds = daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
        if (offsetSeconds == Integer.MIN_VALUE) {
            ZoneRules rules = zone.getRules();
            offsetSeconds = rules.isFixedOffset()
                    ? rules.getOffset(Instant.EPOCH).getTotalSeconds()
                    : rules.getOffset(LocalDateTime.of(year, month, day, hour, minute, second)).getTotalSeconds();
        }
        return (localSeconds - offsetSeconds) * MICROS_PER_SECOND + micros;
    }

    /**
     * The calendar month, as {@code year * 100 + month}, of an instant in a zone: the month an
     * alert counts in is the platform's local month.
     */
    public static int localYearMonth(long epochMicros, ZoneId zone) {
        long epochSecond = Math.floorDiv(epochMicros, MICROS_PER_SECOND);
        ZoneRules rules = zone.getRules();
        int offset = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH).getTotalSeconds()
                : rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
        long days = Math.floorDiv(epochSecond + offset, 86_400L);
        return yearMonthOfEpochDay(days);
    }

    /** Howard Hinnant's days_from_civil: proleptic Gregorian date → days since 1970-01-01. */
    static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    /** Inverse of {@link #daysFromCivil}, keeping year and month only. */
    static int yearMonthOfEpochDay(long z) {
        z += 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long m = mp + (mp < 10 ? 3 : -9);
        return (int) ((y + (m <= 2 ? 1 : 0)) * 100 + m);
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static int digits(String s, int from, int width) {
        int v = 0;
        for (int i = from; i < from + width; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int scaleFraction(int value, int width) {
        int v = value;
        for (int w = width; w < 6; w++) {
            v *= 10;
        }
        for (int w = width; w > 6; w--) {
            v /= 10;
        }
        return v;
    }

    /** End of an offset starting at {@code p} ({@code Z}, ±HH, ±HHMM, ±HH:MM), or -1. */
    private static int offsetEnd(String s, int p, boolean colon) {
        int n = s.length();
        if (p < n && s.charAt(p) == 'Z') {
            return p + 1;
        }
        if (p >= n || (s.charAt(p) != '+' && s.charAt(p) != '-')) {
            return -1;
        }
        int rest = n - p - 1;
        return rest == 2 || rest == 4 || (colon && rest == 5) ? n : -1;
    }

    private static int offsetSeconds(String s, int p, int end) {
        if (s.charAt(p) == 'Z') {
            return 0;
        }
        int sign = s.charAt(p) == '-' ? -1 : 1;
        int hours = digits(s, p + 1, 2);
        int minutes = 0;
        int len = end - p - 1;
        if (len == 4) {
            minutes = digits(s, p + 3, 2);
        } else if (len == 5) {
            if (s.charAt(p + 3) != ':') {
                return Integer.MIN_VALUE;
            }
            minutes = digits(s, p + 4, 2);
        }
        if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        return sign * (hours * 3600 + minutes * 60);
    }

    /** Tokens of a fixed-width numeric pattern, or null when the pattern needs DateTimeFormatter. */
    private static Token[] fastTokens(String pattern) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                int close = pattern.indexOf('\'', i + 1);
                if (close != i + 2) {
                    return null; // quoted text longer than one character, or '' escapes: leave to java.time
                }
                tokens.add(new Token(Kind.LITERAL, 1, pattern.charAt(i + 1)));
                i = close + 1;
                continue;
            }
            int run = 1;
            while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
                run++;
            }
            Kind kind = switch (c) {
                case 'y', 'u' -> run == 4 ? Kind.YEAR : null;
                case 'M' -> run == 2 ? Kind.MONTH : null;
                case 'd' -> run == 2 ? Kind.DAY : null;
                case 'H' -> run == 2 ? Kind.HOUR : null;
                case 'm' -> run == 2 ? Kind.MINUTE : null;
                case 's' -> run == 2 ? Kind.SECOND : null;
                case 'S' -> run <= 9 ? Kind.FRACTION : null;
                case 'X' -> run == 3 ? Kind.OFFSET_COLON : run == 2 ? Kind.OFFSET_NO_COLON : null;
                default -> Character.isLetter(c) ? null : Kind.LITERAL;
            };
            if (kind == null) {
                return null;
            }
            if (kind == Kind.LITERAL) {
                for (int k = 0; k < run; k++) {
                    tokens.add(new Token(Kind.LITERAL, 1, c));
                }
            } else {
                if ((kind == Kind.OFFSET_COLON || kind == Kind.OFFSET_NO_COLON) && i + run != pattern.length()) {
                    return null;
                }
                tokens.add(new Token(kind, kind == Kind.FRACTION ? Math.min(run, 9) : run, ' '));
            }
            i += run;
        }
        // A fraction longer than micros is read as 9 digits but fits an int only up to 9 digits: fine.
        return tokens.toArray(Token[]::new);
    }

    @Override
    public String toString() {
        return pattern;
    }
}
