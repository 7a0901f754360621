package eu.cyberstat.web.cli;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.Runs;
import eu.cyberstat.app.schedule.RunScheduler;
import eu.cyberstat.pipeline.schedule.ScheduleSettings;
import eu.cyberstat.cli.ExitCode;
import eu.cyberstat.cli.Main;
import eu.cyberstat.cli.WarehouseOptions;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.history.HistoryDatabase;
import eu.cyberstat.web.Portal;
import eu.cyberstat.web.PortalSettings;
import eu.cyberstat.web.account.AccountStore;
import eu.cyberstat.web.account.DemoAccounts;
import eu.cyberstat.web.account.Passwords;
import eu.cyberstat.web.audit.AuditEvent;
import eu.cyberstat.web.audit.AuditLog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cyberstat serve}: the Member State portal, until the process is stopped (Ctrl+C, SIGTERM)
 * or, when run inside another program, until its thread is interrupted. With {@code --demo} it
 * first loads the samples exactly as {@code cyberstat demo} does (it runs that command) and
 * creates the demo accounts.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Starts the Member State portal, a web service on 127.0.0.1 (setting portal.host) until "
                + "stopped, with the scheduler of annual runs (docs/scheduling.md). With --demo, first loads the sample data as cyberstat demo does and creates demo "
                + "accounts whose passwords it writes to a file only you can read.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N",
            description = "The port to listen on (default: the setting " + PortalSettings.PORT + ", else "
                    + PortalSettings.PORT_DEFAULT + "; 0 picks a free one).")
    Integer port;

    @Option(names = "--demo", description = "Load the sample data (as cyberstat demo, report set into the setting "
            + PortalSettings.REPORTS_DIR + ") and create the demo accounts with new random passwords.")
    boolean demo;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "With --demo: the sample data folder (default: data-samples of the installation).")
    Path samples;

    @Mixin
    WarehouseOptions warehouseOptions;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Settings settings = warehouseOptions.settings();
        PortalSettings portalSettings = PortalSettings.from(settings);
        if (port != null) {
            portalSettings = portalSettings.withPort(port);
        }
        if (demo) {
            int status = loadDemo(settings, portalSettings);
            if (status == ExitCode.USAGE_OR_IO) {
                return status;
            }
            Path passwords = DemoAccounts.create(new AccountStore(portalSettings.portalDir()),
                    new Passwords(portalSettings.minPasswordLength()), portalSettings.portalDir(), Clock.systemUTC());
            AuditLog audit = new AuditLog(portalSettings.portalDir(), Clock.systemUTC());
            audit.recordCommand(AuditEvent.ACCOUNT_DEMO, DemoAccounts.FILE, "demo accounts, new passwords");
            out.printf("Demo accounts and their passwords (readable by you only): %s%n",
                    passwords.toAbsolutePath().normalize());
        }
        if (new AccountStore(portalSettings.portalDir()).accounts().isEmpty()) {
            out.println("No accounts yet: add one with cyberstat accounts add NAME --role operator.");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // One application, and so one warm Spark session, for the service's whole life: every upload,
        // scheduled run and ingest.
        Application app = Application.start(settings, "cyberstat serve");
        if (app.findWarehouse().isEmpty()) {
            out.printf("No warehouse at %s yet: the pages show no submissions until one is loaded.%n",
                    app.warehouseLocation().describe());
        }
        Runs runs = null;
        RunScheduler scheduler = null;
        if (!settings.get(ScheduleSettings.ENABLED, ScheduleSettings.ENABLED_DEFAULT).equalsIgnoreCase("false")
                && (settings.get(HistoryDatabase.DIR_SETTING).isPresent() || app.findWarehouse().isPresent())) {
            runs = new Runs(app);
            scheduler = RunScheduler.start(ScheduleSettings.from(settings), app, runs);
            out.printf("Scheduler started: run history in %s (docs/scheduling.md)%n", app.historyDir());
        } else {
            out.println("Scheduler not started: it starts with a warehouse (or the setting " + ScheduleSettings.ENABLED
                    + " is false).");
        }
        RunScheduler started = scheduler;
        try (app; Portal portal = Portal.start(portalSettings, app, Clock.systemUTC(), runs, scheduler)) {
            Thread hook = new Thread(() -> {
                portal.close();
                if (started != null) {
                    started.stop();
                }
                stopped.countDown();
            }, "cyberstat-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            if (portal.leftoversRemoved() > 0) {
                out.printf("Removed %d leftovers of uploads interrupted when the service last stopped (files "
                        + "half received, never recorded).%n", portal.leftoversRemoved());
            }
            if (portal.confirmationsRecorded() > 0) {
                out.printf("Recorded %d upload confirmation%s that the warehouse committed when the service last "
                        + "stopped.%n", portal.confirmationsRecorded(), portal.confirmationsRecorded() == 1 ? "" : "s");
            }
            out.printf("cyberstat portal on %s (Ctrl+C stops it)%n", portal.url());
            out.flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Runtime.getRuntime().removeShutdownHook(hook);
                Thread.currentThread().interrupt();
            }
        }
        if (scheduler != null) {
            scheduler.stop();
        }
        out.println("cyberstat portal stopped.");
        out.flush();
        return ExitCode.OK;
    }

    /** Runs {@code cyberstat demo} itself (the same code, the same output), with this command's folders. */
    private int loadDemo(Settings settings, PortalSettings portal) {
        List<String> args = new ArrayList<>(List.of("demo", "--warehouse", settings.get(Settings.WAREHOUSE_DIR, Settings.WAREHOUSE_DIR_DEFAULT),
                "--out", portal.reportsDir().toString()));
        if (warehouseOptions.configFile() != null) {
            args.addAll(List.of("--config", warehouseOptions.configFile().toString()));
        }
        if (samples != null) {
            args.addAll(List.of("--samples", samples.toString()));
        }
        return Main.run(new PrintWriter(spec.commandLine().getOut(), true), new PrintWriter(spec.commandLine().getErr(),
                true), args.toArray(String[]::new));
    }
}
