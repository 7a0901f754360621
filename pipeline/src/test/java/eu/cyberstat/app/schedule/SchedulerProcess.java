package eu.cyberstat.app.schedule;

import eu.cyberstat.pipeline.schedule.ScheduleSettings;
import eu.cyberstat.app.Application;
import eu.cyberstat.app.Runs;
import eu.cyberstat.pipeline.Settings;
import java.nio.file.Path;

/** The scheduler alone in a process of its own, as {@code serve} runs it: killed by {@link SchedulerRestartTest}. */
public final class SchedulerProcess {

    private SchedulerProcess() {
    }

    /** @param args the settings file */
    public static void main(String[] args) throws InterruptedException {
        Settings settings = Settings.load(Path.of(args[0]));
        Application app = Application.start(settings, "scheduler process");
        RunScheduler.start(ScheduleSettings.from(settings), app, new Runs(app));
        System.out.println("scheduler started");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
