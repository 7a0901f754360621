package eu.cyberstat.web.page;

import eu.cyberstat.reference.Language;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and sizes as pages show them: the date in the page's language and the time in UTC, said so. */
public final class Formats {

    private Formats() {
    }

    public static String instant(Instant instant, Language language) {
        if (instant == null) {
            return "";
        }
        return date(instant, language) + ", " + DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC).format(instant)
                + " UTC";
    }

    /** The day of an instant in UTC, written out in the page's language. */
    public static String date(Instant instant, Language language) {
        // British English writes 3 December 2026, as EU documents in English do.
        Locale locale = language == Language.EN ? Locale.UK : language.locale();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZoneOffset.UTC)
                .format(instant);
    }

    /** A file size in kB or MB with the language's decimal mark. */
    public static String size(long bytes, Language language) {
        if (bytes < 1000 * 1000) {
            return String.format(language.locale(), "%,d kB", Math.max(1, Math.round(bytes / 1000.0)));
        }
        return String.format(language.locale(), "%.1f MB", bytes / 1_000_000.0);
    }

    /** A whole number with the language's grouping ("1,234", "1 234", "1.234"); empty for none. */
    public static String number(Long n, Language language) {
        return n == null ? "" : String.format(language.locale(), "%,d", n);
    }

    /** A change with its sign ("+12", "−3"); empty for none. */
    public static String change(Long n, Language language) {
        if (n == null) {
            return "";
        }
        return (n > 0 ? "+" : n < 0 ? "−" : "") + String.format(language.locale(), "%,d", Math.abs(n));
    }
}
