package eu.cyberstat.cli;

import java.io.File;
import java.util.concurrent.TimeUnit;

/** Whether this process's standard error is a terminal (Java 17 can only tell for stdin/stdout). */
public final class Terminal {

    private static Boolean stderrTerminal;

    private Terminal() {
    }

    public static synchronized boolean isStderrTerminal() {
        if (stderrTerminal == null) {
            stderrTerminal = probe();
        }
        return stderrTerminal;
    }

    /** Asks {@code test -t 2} in a child that inherits our standard error. */
    private static boolean probe() {
        if (System.getenv("CI") != null || System.getenv("TERM") == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            Process p = new ProcessBuilder("sh", "-c", "test -t 2")
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            return p.waitFor(2, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return System.console() != null;
        }
    }
}
