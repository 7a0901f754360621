package eu.cyberstat.pipeline.schedule;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.pipeline.Settings;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import org.quartz.CronExpression;

/**
 * The scheduler's settings (keys {@code schedule.*} and {@code inbox.dir}; see the settings
 * file). Cron expressions are Quartz's: seconds, minutes, hours, day of month, month, day of week.
 *
 * @param annualCron    when the annual run of the previous reference year starts; null (setting {@code off}): never
 * @param deadlineCron  when the previous reference year's report must be published; null ({@code off}): no deadline
 * @param zone          the time zone of both cron expressions (and of the year they give)
 * @param quiet         a provisional re-run starts this long after the last change it answers
 * @param watch         how often the warehouse is looked at for new submissions and alert exports
 * @param inboxDir      the inbox folder; alert exports are picked up from {@code alerts/PLATFORM/} in it
 * @param inboxScan     how often the inbox is looked at
 * @param settle        a file in the inbox is taken once it has not changed for this long (still being copied)
 * @param queuePoll     how often the queue is looked at for runs queued by other processes (a backfill command)
 */
public record ScheduleSettings(String annualCron, String deadlineCron, ZoneId zone, Duration quiet, Duration watch,
                               Path inboxDir, Duration inboxScan, Duration settle, Duration queuePoll) {

    /** The value of a cron setting that turns its job off. */
    public static final String OFF = "off";
    public static final String ANNUAL_CRON = "schedule.annual.cron";
    /** 1 March, 06:00: the national figures of the year before are due by the end of February. */
    public static final String ANNUAL_CRON_DEFAULT = "0 0 6 1 3 ?";
    public static final String DEADLINE_CRON = "schedule.deadline.cron";
    /** 30 June, 09:00. */
    public static final String DEADLINE_CRON_DEFAULT = "0 0 9 30 6 ?";
    public static final String ZONE = "schedule.timezone";
    public static final String ZONE_DEFAULT = "UTC";
    public static final String QUIET_SECONDS = "schedule.provisional.quiet.seconds";
    public static final int QUIET_SECONDS_DEFAULT = 600;
    public static final String WATCH_SECONDS = "schedule.watch.seconds";
    public static final int WATCH_SECONDS_DEFAULT = 30;
    public static final String INBOX_DIR = "inbox.dir";
    public static final String INBOX_DIR_DEFAULT = "inbox";
    public static final String INBOX_SECONDS = "schedule.inbox.seconds";
    public static final int INBOX_SECONDS_DEFAULT = 60;
    public static final String SETTLE_SECONDS = "schedule.inbox.settle.seconds";
    public static final int SETTLE_SECONDS_DEFAULT = 10;
    public static final String QUEUE_SECONDS = "schedule.queue.seconds";
    public static final int QUEUE_SECONDS_DEFAULT = 15;
    /** {@code false}: {@code serve} starts the portal without the scheduler. */
    public static final String ENABLED = "schedule.enabled";
    public static final String ENABLED_DEFAULT = "true";
    /** How many attempts a run gets when it fails for a reason that may pass (I/O, a commit clash). */
    public static final String RETRY_ATTEMPTS = "schedule.retry.attempts";
    public static final int RETRY_ATTEMPTS_DEFAULT = 3;
    /** The pause before the first retry; each further retry waits twice as long. */
    public static final String RETRY_PAUSE_SECONDS = "schedule.retry.pause.seconds";
    public static final int RETRY_PAUSE_SECONDS_DEFAULT = 60;

    public ScheduleSettings {
        check(ANNUAL_CRON, annualCron);
        check(DEADLINE_CRON, deadlineCron);
    }

    public static ScheduleSettings from(Settings settings) {
        ZoneId zone;
        try {
            zone = ZoneId.of(settings.get(ZONE, ZONE_DEFAULT));
        } catch (DateTimeException e) {
            throw new BadInputException("Setting " + ZONE + " is not a time zone: " + e.getMessage());
        }
        return new ScheduleSettings(cron(settings, ANNUAL_CRON, ANNUAL_CRON_DEFAULT),
                cron(settings, DEADLINE_CRON, DEADLINE_CRON_DEFAULT), zone,
                seconds(settings, QUIET_SECONDS, QUIET_SECONDS_DEFAULT), seconds(settings, WATCH_SECONDS, WATCH_SECONDS_DEFAULT),
                Path.of(settings.get(INBOX_DIR, INBOX_DIR_DEFAULT)), seconds(settings, INBOX_SECONDS, INBOX_SECONDS_DEFAULT),
                seconds(settings, SETTLE_SECONDS, SETTLE_SECONDS_DEFAULT),
                seconds(settings, QUEUE_SECONDS, QUEUE_SECONDS_DEFAULT));
    }

    /** The cron expression of a setting; {@code off} turns the job off. */
    private static String cron(Settings settings, String key, String defaultValue) {
        String cron = settings.get(key, defaultValue).strip();
        return cron.equalsIgnoreCase(OFF) ? null : cron;
    }

    private static Duration seconds(Settings settings, String key, int defaultValue) {
        int s = settings.getInt(key, defaultValue);
        if (s < 0) {
            throw new BadInputException("Setting " + key + " must not be negative, not " + s + ".");
        }
        return Duration.ofSeconds(s);
    }

    private static void check(String key, String cron) {
        if (cron != null && !cron.isBlank()) {
            try {
                new CronExpression(cron);
            } catch (ParseException e) {
                throw new BadInputException("Setting " + key + " is not a cron expression (seconds minutes hours "
                        + "day-of-month month day-of-week): '" + cron + "': " + e.getMessage());
            }
        }
    }
}
