package eu.cyberstat.pipeline.schedule;

import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * The schedule's own time of a firing, and the reference year it is for. A firing on time is
 * at its scheduled time; a firing after the service was down (Quartz fires a missed time once, at
 * start-up) happens later, possibly in the next year: the reference year follows from the latest
 * time the cron expression gave before the firing, never from the clock at the moment it runs.
 */
public final class ScheduledFire {

    private ScheduledFire() {
    }

    /**
     * The latest time of {@code cron} after {@code after} and at or before {@code firedAt}; null
     * when there is none (then the firing is not one of the schedule's).
     *
     * @param after the last scheduled time already handled, or just before the trigger started
     */
    public static Instant scheduledTime(String cron, ZoneId zone, Instant after, Instant firedAt) {
        CronExpression expression = expression(cron, zone);
        Instant latest = null;
        Date t = expression.getNextValidTimeAfter(Date.from(after));
        while (t != null && !t.toInstant().isAfter(firedAt)) {
            latest = t.toInstant();
            t = expression.getNextValidTimeAfter(t);
        }
        return latest;
    }

    /** The reference year an annual firing at {@code scheduled} is for: the year before, in the schedule's zone. */
    public static int previousYear(Instant scheduled, ZoneId zone) {
        return scheduled.atZone(zone).getYear() - 1;
    }

    private static CronExpression expression(String cron, ZoneId zone) {
        try {
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(TimeZone.getTimeZone(zone));
            return expression;
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a cron expression: " + cron, e);
        }
    }
}
