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
        // British English writes 3 December 2026, as EU documents in English do.
        Locale locale = language == Language.EN ? Locale.UK : language.locale();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZoneOffset.UTC)
                .format(instant) + ", " + DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC).format(instant)
                + " UTC";
    }

    /** A file size in kB or MB with the language's decimal mark. */
    public static String size(long bytes, Language language) {
        if (bytes < 1000 * 1000) {
            return String.format(language.locale(), "%,d kB", Math.max(1, Math.round(bytes / 1000.0)));
        }
        return String.format(language.locale(), "%.1f MB", bytes / 1_000_000.0);
    }
}
