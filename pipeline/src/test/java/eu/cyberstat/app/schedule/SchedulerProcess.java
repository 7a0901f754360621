package eu.cyberstat.app.schedule;

import eu.cyberstat.pipeline.schedule.ScheduleSettings;
import eu.cyberstat.app.Application;
import eu.cyberstat.app.Runs;
import eu.cyberstat.pipeline.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The scheduler alone in a process of its own, as {@code serve} runs it: killed by {@link SchedulerRestartTest}. */
public final class SchedulerProcess {

    private SchedulerProcess() {
    }

    /** Starts this class in a new JVM over the settings file; its output goes to {@code dir/process.log}. */
    static Process start(Path dir, Path config) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path project = Path.of(System.getProperty("cyberstat.home", "..")).toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of(java, "@" + project.resolve("jvm.options"),
                "-Xmx1g", "-Djava.io.tmpdir=" + dir.resolve("tmp"), "-Dcyberstat.home=" + project,
                "-cp", System.getProperty("java.class.path"), SchedulerProcess.class.getName(), config.toString()));
        Files.createDirectories(dir.resolve("tmp"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("process.log").toFile())
                .start();
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
