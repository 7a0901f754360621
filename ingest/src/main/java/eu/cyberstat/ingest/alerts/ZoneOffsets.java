package eu.cyberstat.ingest.alerts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The UTC offset of a zone at an instant, remembering the period between two transitions in
 * which the last answer holds: consecutive alerts of an export fall in the same period almost
 * always, and {@link ZoneRules#getOffset(Instant)} searches the transitions on every call.
 * Not thread-safe: one per task.
 */
final class ZoneOffsets {

    private final ZoneRules rules;
    private final int fixed;
    private long validFrom = Long.MAX_VALUE;
    private long validUntil = Long.MIN_VALUE;
    private int offset;

    ZoneOffsets(ZoneId zone) {
        this.rules = zone.getRules();
        this.fixed = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : Integer.MIN_VALUE;
    }

    /** Offset in seconds at {@code epochSecond}. */
    int at(long epochSecond) {
        if (fixed != Integer.MIN_VALUE) {
            return fixed;
        }
        if (epochSecond >= validFrom && epochSecond < validUntil) {
            return offset;
        }
        Instant instant = Instant.ofEpochSecond(epochSecond);
        offset = rules.getOffset(instant).getTotalSeconds();
        ZoneOffsetTransition previous = rules.previousTransition(instant.plusSeconds(1));
        ZoneOffsetTransition next = rules.nextTransition(instant);
        validFrom = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
        validUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        return offset;
    }

    /** The calendar month ({@code year * 100 + month}) of an instant in this zone. */
    int yearMonth(long epochMicros) {
        long epochSecond = Math.floorDiv(epochMicros, 1_000_000L);
        return TimeFormat.yearMonthOfEpochDay(Math.floorDiv(epochSecond + at(epochSecond), 86_400L));
    }
}
