package eu.cyberstat.pipeline;

import eu.cyberstat.failure.BadInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses the {@code --as-of} instant of a run: an ISO instant ({@code 2026-03-01T12:00:00Z}),
 * an offset date-time, a UTC local date-time, or a date meaning the end of that day (UTC), so
 * that "as of 2026-03-01" includes everything committed on that day.
 */
public final class AsOf {

    private AsOf() {
    }

    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(t).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
        } catch (DateTimeParseException e) {
            throw new BadInputException("--as-of '" + text + "' is not a date or instant: use e.g. 2026-03-01 or "
                    + "2026-03-01T12:00:00Z.");
        }
    }
}
