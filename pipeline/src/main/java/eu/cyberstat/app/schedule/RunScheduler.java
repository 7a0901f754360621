package eu.cyberstat.app.schedule;

import eu.cyberstat.pipeline.schedule.ScheduledFire;
import eu.cyberstat.pipeline.schedule.ScheduleSettings;
import eu.cyberstat.app.Application;
import eu.cyberstat.app.Runs;
import eu.cyberstat.failure.StorageException;
import eu.cyberstat.pipeline.history.RunRecord;
import eu.cyberstat.pipeline.history.RunTrigger;
import eu.cyberstat.pipeline.progress.Progress;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's scheduler: Quartz with its JDBC job store in the history database, so that
 * schedules, pending firings and missed fire times outlive the process. Its jobs:
 * <ul>
 * <li>{@code annual}: the annual run of the previous reference year, on the configured cron; a
 *     fire time missed while the service was down fires once at start-up (misfire policy "fire
 *     once now"), for the year of the missed time ({@link ScheduledFire});</li>
 * <li>{@code watch} and {@code provisional}: new submissions or alert exports in the warehouse
 *     (seen by {@code watch}, or told by {@link #warehouseChanged}) move the one-shot
 *     {@code provisional} trigger to a quiet period after the latest change, so a burst of
 *     uploads gives one re-run of each year whose inputs changed;</li>
 * <li>{@code inbox}: alert exports dropped in {@code inbox/alerts/PLATFORM/} are ingested;</li>
 * <li>{@code queue}: the worker, one run at a time ({@link DisallowConcurrentExecution} and the
 *     history's queue lock), woken when a run is queued and every few seconds for runs queued
 *     by other processes;</li>
 * <li>{@code deadline}: tells the operator when the previous year's report is not published by
 *     the configured date.</li>
 * </ul>
 * At start, runs left running by a process that ended are marked interrupted and queued again
 * once. Stopping waits for the run in progress.
 */
public final class RunScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunScheduler.class);
    /** Quartz's name of the scheduler: its rows in the job store carry it. */
    static final String NAME = "cyberstat";
    static final String GROUP = "cyberstat";
    static final String WHO = "scheduler";
    private static final AtomicInteger DATA_SOURCES = new AtomicInteger();

    static final JobKey ANNUAL = JobKey.jobKey("annual", GROUP);
    static final JobKey DEADLINE = JobKey.jobKey("deadline", GROUP);
    static final JobKey WATCH = JobKey.jobKey("watch", GROUP);
    static final JobKey PROVISIONAL = JobKey.jobKey("provisional", GROUP);
    static final JobKey INBOX = JobKey.jobKey("inbox", GROUP);
    static final JobKey QUEUE = JobKey.jobKey("queue", GROUP);

    private final ScheduleSettings settings;
    private final Application app;
    private final Runs runs;
    private final AlertInbox inbox;
    private Scheduler quartz;

    private RunScheduler(ScheduleSettings settings, Application app, Runs runs) {
        this.settings = settings;
        this.app = app;
        this.runs = runs;
        this.inbox = new AlertInbox(settings, app);
    }

    /**
     * Starts the scheduler.
     *
     * @param app  the service's application: its warm Spark session runs every job
     * @param runs the run use case over the same application
     */
    public static RunScheduler start(ScheduleSettings settings, Application app, Runs runs) {
        RunScheduler scheduler = new RunScheduler(settings, app, runs);
        scheduler.start();
        return scheduler;
    }

    private void start() {
        List<RunRecord> requeued = runs.recoverInterrupted();
        requeued.forEach(r -> LOG.warn("Run {} of {} was interrupted; queued again as run {}", r.retryOf(),
                r.referenceYear(), r.id()));
        try {
            String dataSource = "history" + DATA_SOURCES.incrementAndGet();
            DataSource history = app.history().database().dataSource();
            DBConnectionManager.getInstance().addConnectionProvider(dataSource, new HistoryConnections(history));
            Properties p = new Properties();
            p.setProperty("org.quartz.scheduler.instanceName", NAME);
            p.setProperty("org.quartz.scheduler.instanceId", NAME);
            p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
            p.setProperty("org.quartz.threadPool.threadCount", "4");
            p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
            p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
            p.setProperty("org.quartz.jobStore.dataSource", dataSource);
            p.setProperty("org.quartz.jobStore.useProperties", "true");
            // A firing more than 5 s late (the service was down, or every thread busy) is a misfire.
            p.setProperty("org.quartz.jobStore.misfireThreshold", "5000");
            quartz = new StdSchedulerFactory(p).getScheduler();
            quartz.setJobFactory((bundle, scheduler) -> job(bundle.getJobDetail().getKey()));
            define();
            quartz.start();
            wake();
        } catch (SchedulerException | RuntimeException e) {
            stop(); // a half-started Quartz would stay registered under its name and be handed out again
            throw new StorageException("Cannot start the scheduler on the history database: " + e.getMessage(), e);
        }
    }

    /** The jobs of the settings; a trigger already stored is kept when its schedule is unchanged (so its misfires count). */
    private void define() throws SchedulerException {
        for (JobKey key : List.of(ANNUAL, DEADLINE, WATCH, PROVISIONAL, INBOX, QUEUE)) {
            Class<? extends Job> type = switch (key.getName()) {
                case "queue", "provisional", "inbox" -> SerialJob.class;
                default -> ScheduleJob.class;
            };
            quartz.addJob(JobBuilder.newJob(type).withIdentity(key).storeDurably().build(), true);
        }
        cron(ANNUAL, settings.annualCron());
        cron(DEADLINE, settings.deadlineCron());
        every(WATCH, settings.watch());
        every(INBOX, settings.inboxScan());
        every(QUEUE, settings.queuePoll());
    }

    private void cron(JobKey job, String cron) throws SchedulerException {
        TriggerKey key = TriggerKey.triggerKey(job.getName(), GROUP);
        Trigger existing = quartz.getTrigger(key);
        if (cron == null || cron.isBlank()) {
            quartz.unscheduleJob(key);
            return;
        }
        if (existing instanceof CronTrigger c && c.getCronExpression().equals(cron)
                && c.getTimeZone().toZoneId().equals(settings.zone())) {
            return;
        }
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key).forJob(job)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(settings.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        if (existing == null) {
            quartz.scheduleJob(trigger);
        } else {
            quartz.rescheduleJob(key, trigger);
        }
        // The schedule starts now: times before it are not "missed".
        app.history().state(job.getName() + ".handled", Instant.now().toString());
    }

    private void every(JobKey job, java.time.Duration period) throws SchedulerException {
        TriggerKey key = TriggerKey.triggerKey(job.getName(), GROUP);
        if (period.isZero()) {
            quartz.unscheduleJob(key);
            return;
        }
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key).forJob(job).startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(period.toMillis())
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        if (quartz.getTrigger(key) == null) {
            quartz.scheduleJob(trigger);
        } else {
            quartz.rescheduleJob(key, trigger);
        }
    }

    /** Looks at the queue now (after a run was queued). */
    public void wake() {
        fireOnce(QUEUE, "queue-now", new Date());
    }

    /**
     * The warehouse changed (an accepted submission, an alert export): the provisional re-run
     * moves to a quiet period from now. Called by the portal after an upload; the {@code watch}
     * job calls it for changes made by other processes.
     */
    public void warehouseChanged() {
        fireOnce(PROVISIONAL, "provisional", Date.from(Instant.now().plus(settings.quiet())));
    }

    /** When the provisional re-run is due; null when none is pending. */
    public Instant provisionalDue() {
        try {
            Trigger t = quartz.getTrigger(TriggerKey.triggerKey("provisional", GROUP));
            return t == null || t.getNextFireTime() == null ? null : t.getNextFireTime().toInstant();
        } catch (SchedulerException e) {
            throw new StorageException("Cannot read the scheduler: " + e.getMessage(), e);
        }
    }

    /** A run queued from the operator page or the API; starts when the queue's turn comes. */
    public RunRecord queue(int year, Instant asOf, RunTrigger trigger, String requestedBy) {
        RunRecord run = runs.enqueue(year, asOf, trigger, requestedBy);
        wake();
        return run;
    }

    /** A backfill from the operator page. */
    public Runs.Backfill backfill(int from, int to, String requestedBy) {
        Runs.Backfill backfill = runs.backfill(from, to, requestedBy);
        wake();
        return backfill;
    }

    /** A one-shot trigger of a job, replacing the one pending (the debounce). */
    private void fireOnce(JobKey job, String name, Date at) {
        TriggerKey key = TriggerKey.triggerKey(name, GROUP);
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key).forJob(job).startAt(at)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow()).build();
        try {
            if (quartz.rescheduleJob(key, trigger) == null) {
                quartz.scheduleJob(trigger);
            }
        } catch (org.quartz.ObjectAlreadyExistsException e) {
            // another thread scheduled it meanwhile: that one stands
        } catch (SchedulerException e) {
            throw new StorageException("Cannot schedule " + name + ": " + e.getMessage(), e);
        }
    }

    /** Stops the scheduler, waiting for the run in progress to end. */
    public void stop() {
        try {
            if (quartz != null && !quartz.isShutdown()) {
                quartz.shutdown(quartz.isStarted());
            }
        } catch (SchedulerException e) {
            throw new StorageException("Cannot stop the scheduler: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    // --- the jobs --------------------------------------------------------------------------------

    private Job job(JobKey key) {
        return switch (key.getName()) {
            case "annual" -> context -> annual(context);
            case "deadline" -> context -> deadline(context);
            case "watch" -> context -> watch();
            case "provisional" -> context -> provisional();
            case "inbox" -> context -> inbox.scan().forEach(i -> warehouseChanged());
            case "queue" -> context -> work();
            default -> throw new IllegalStateException("No job " + key);
        };
    }

    /** The annual run of the year before the schedule's time (not the clock's), once per scheduled time. */
    private void annual(JobExecutionContext context) {
        Integer year = scheduledYear("annual", settings.annualCron(), context);
        if (year == null) {
            return;
        }
        if (!runs.pending(year).isEmpty()) {
            LOG.info("Annual run of {}: a run is queued or running already", year);
            return;
        }
        RunRecord run = runs.enqueue(year, null, RunTrigger.SCHEDULE, WHO);
        LOG.info("Annual run of {} queued as run {}", year, run.id());
        wake();
    }

    private void deadline(JobExecutionContext context) {
        Integer year = scheduledYear("deadline", settings.deadlineCron(), context);
        if (year != null) {
            runs.deadlinePassed(year);
        }
    }

    /**
     * The reference year of a cron firing: the year before its scheduled time (the latest time
     * of the schedule not handled yet), recorded as handled so that it counts once.
     */
    private Integer scheduledYear(String job, String cron, JobExecutionContext context) {
        var history = app.history();
        Instant firedAt = context.getFireTime().toInstant();
        Instant after = history.state(job + ".handled").map(Instant::parse)
                .orElse(context.getTrigger().getStartTime().toInstant().minusMillis(1));
        Instant scheduled = ScheduledFire.scheduledTime(cron, settings.zone(), after, firedAt);
        if (scheduled == null) {
            LOG.info("{}: fired at {} with no scheduled time after {}; nothing to do", job, firedAt, after);
            return null;
        }
        history.state(job + ".handled", scheduled.toString());
        return ScheduledFire.previousYear(scheduled, settings.zone());
    }

    /** Notices changes made by other processes (a command's submit, ingest-alerts) and debounces them. */
    private void watch() {
        var history = app.history();
        String now = runs.warehouseState();
        String seen = history.state("watch.seen").orElse(null);
        if (!now.equals(seen)) {
            history.state("watch.seen", now);
            if (seen != null) {
                warehouseChanged();
            }
        }
    }

    private void provisional() {
        List<RunRecord> queued = runs.rerunChanged(WHO);
        queued.forEach(r -> LOG.info("Provisional re-run of {} queued as run {}", r.referenceYear(), r.id()));
        if (!queued.isEmpty()) {
            wake();
        }
    }

    /** Runs the queue until nothing is due. */
    private void work() {
        while (runs.runNext(Progress.NONE).isPresent()) {
            // one after the other
        }
        runs.nextDue().filter(t -> t.isAfter(Instant.now()))
                .ifPresent(t -> fireOnce(QUEUE, "queue-due", Date.from(t)));
    }

    /** Jobs that must not overlap themselves: the worker, the provisional re-run, the inbox. */
    @DisallowConcurrentExecution
    public static final class SerialJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            throw new IllegalStateException("made by the scheduler's job factory");
        }
    }

    /** The cron and watch jobs. */
    public static final class ScheduleJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            throw new IllegalStateException("made by the scheduler's job factory");
        }
    }

    /** Quartz's connections: the history database's pool (closed with the application, not by Quartz). */
    private record HistoryConnections(DataSource dataSource) implements ConnectionProvider {
        @Override
        public Connection getConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public void initialize() {
        }
    }

    @Override
    public String toString() {
        return "RunScheduler[" + Objects.requireNonNullElse(quartz, "not started") + "]";
    }
}
