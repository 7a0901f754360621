package eu.cyberstat.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The JVMs a test starts, each with its output in a log file; {@link #close()} stops every one of
 * them and whatever they started in turn (a worker's executors), whatever happened to the test.
 */
final class ChildProcesses implements AutoCloseable {

    private final List<Process> started = new ArrayList<>();

    /** The java of this JVM with {@code jvmArgs}, run in {@code dir}, output (both streams) to {@code log}. */
    Process startJava(Path dir, Path log, Map<String, String> env, List<String> jvmArgs) throws IOException {
        return startJava(dir, log, log, env, jvmArgs);
    }

    /** The same, standard output to {@code out} and errors (Spark's log) to {@code log}. */
    synchronized Process startJava(Path dir, Path out, Path log, Map<String, String> env, List<String> jvmArgs)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        if (out.equals(log)) {
            pb.redirectErrorStream(true).redirectOutput(log.toFile());
        } else {
            pb.redirectOutput(out.toFile()).redirectError(log.toFile());
        }
        pb.environment().putAll(env);
        Process p = pb.start();
        started.add(p);
        return p;
    }

    /** Runs to the end within {@code minutes}; the exit status, or a failure naming the log. */
    int await(Process p, Path log, int minutes) throws IOException, InterruptedException {
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            stop(p);
            throw new AssertionError("Still running after " + minutes + " minutes, stopped: " + log + "\n" + tail(log));
        }
        return p.exitValue();
    }

    static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /** Asks politely (SIGTERM: a worker then stops its executors), then forces the whole tree. */
    private static void stop(Process p) throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
        p.destroy();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle child : tree) {
            if (child.isAlive()) {
                child.destroyForcibly();
                child.onExit().orTimeout(10, TimeUnit.SECONDS);
            }
        }
    }

    /** The living processes, started last first (the workers before their master). */
    @Override
    public synchronized void close() throws InterruptedException {
        for (int i = started.size() - 1; i >= 0; i--) {
            Process p = started.get(i);
            if (p.isAlive() || p.descendants().findAny().isPresent()) {
                stop(p);
            }
        }
        started.clear();
    }

    /** Still running, of those started (none once closed). */
    synchronized long alive() {
        return started.stream().filter(Process::isAlive).count();
    }
}
