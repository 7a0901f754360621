package eu.cyberstat.pipeline;

import eu.cyberstat.failure.BadInputException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parses the {@code --as-of} instant of a run: an ISO instant ({@code 2026-03-01T12:00:00Z}),
 * an offset date-time, a UTC local date-time, or a date meaning the end of that day (UTC), so
 * that "as of 2026-03-01" includes everything committed on that day. Years are those of the
 * calendar as people write it, 0001 to 9999: anything else is a typing mistake, not a state of
 * the warehouse.
 */
public final class AsOf {

    /** The first and last instants accepted: 0001-01-01 and the end of 9999-12-31, UTC. */
    private static final Instant FIRST = LocalDate.of(1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LAST = LocalDate.of(10_000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);

    private static final String EXAMPLES = "use e.g. 2026-03-01 (the end of that day, UTC) or 2026-03-01T12:00:00Z";

    private AsOf() {
    }

    /**
     * The instant, or null when the option was not given (the latest state). An option given
     * empty is refused, not taken for "now": a script whose variable came out empty must not
     * silently read a different state from the one it meant.
     */
    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (t.isEmpty()) {
            throw new BadInputException("--as-of is empty: " + EXAMPLES + ", or leave the option out to read the latest "
                    + "state.");
        }
        Instant instant = first(t,
                Instant::parse,
                s -> OffsetDateTime.parse(s).toInstant(),
                s -> LocalDateTime.parse(s).toInstant(ZoneOffset.UTC),
                s -> LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).plusDays(1).toInstant().minusMillis(1))
                .orElseThrow(() -> new BadInputException("--as-of '" + text + "' is not a date or instant: " + EXAMPLES
                        + "."));
        if (instant.isBefore(FIRST) || instant.isAfter(LAST)) {
            throw outOfRange(text);
        }
        return instant;
    }

    /** The first form that reads the text; a date that exists in no calendar (+999999999-12-31 + 1 day) reads as none. */
    @SafeVarargs
    private static Optional<Instant> first(String text, Function<String, Instant>... forms) {
        for (Function<String, Instant> form : forms) {
            try {
                return Optional.of(form.apply(text));
            } catch (DateTimeParseException ignored) {
                // try the next form
            } catch (DateTimeException e) {
                throw outOfRange(text);
            }
        }
        return Optional.empty();
    }

    private static BadInputException outOfRange(String text) {
        return new BadInputException("--as-of '" + text + "' is outside the years 0001 to 9999: " + EXAMPLES + ".");
    }
}
