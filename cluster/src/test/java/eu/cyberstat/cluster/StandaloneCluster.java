package eu.cyberstat.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark standalone cluster on 127.0.0.1: one master and some workers, each a JVM of its own
 * started from a {@link SparkInstallation} the way sbin/start-master.sh and start-worker.sh
 * start them (their main classes ship in spark-core). Every port is chosen by the system.
 */
final class StandaloneCluster {

    private static final Pattern MASTER_URL = Pattern.compile("Starting Spark master at (spark://127\\.0\\.0\\.1:\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final String masterUrl;
    private final Path masterLog;
    private final List<Path> workerDirs;

    private StandaloneCluster(String masterUrl, Path masterLog, List<Path> workerDirs) {
        this.masterUrl = masterUrl;
        this.masterLog = masterLog;
        this.workerDirs = workerDirs;
    }

    /** Starts a master and {@code workers} workers of {@code coresEach} cores, and waits until all are registered. */
    static StandaloneCluster start(ChildProcesses processes, SparkInstallation spark, Path dir, List<String> jvmOptions,
            int workers, int coresEach) throws IOException, InterruptedException {
        Map<String, String> env = environment(spark);
        Path masterLog = dir.resolve("master.log");
        List<String> master = new ArrayList<>(jvmOptions);
        master.addAll(List.of("-Xmx256m", "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("master-tmp")),
                "-cp", spark.classPath(), "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", "0", "--webui-port", "0"));
        Process masterProcess = processes.startJava(dir, masterLog, env, master);
        String url = awaitLine(masterProcess, masterLog, MASTER_URL).orElseThrow();

        List<Path> workerDirs = new ArrayList<>();
        for (int i = 1; i <= workers; i++) {
            Path work = Files.createDirectories(dir.resolve("worker-" + i));
            Map<String, String> workerEnv = new java.util.HashMap<>(env);
            workerEnv.put("SPARK_LOCAL_DIRS", Files.createDirectories(work.resolve("local")).toString());
            List<String> worker = new ArrayList<>(jvmOptions);
            worker.addAll(List.of("-Xmx256m", "-Djava.io.tmpdir=" + Files.createDirectories(work.resolve("tmp")),
                    "-cp", spark.classPath(), "org.apache.spark.deploy.worker.Worker",
                    "--host", "127.0.0.1", "--port", "0", "--webui-port", "0",
                    "--cores", Integer.toString(coresEach), "--memory", "1g",
                    "--work-dir", Files.createDirectories(work.resolve("apps")).toString(), url));
            processes.startJava(dir, work.resolve("worker.log"), workerEnv, worker);
            workerDirs.add(work);
        }
        StandaloneCluster cluster = new StandaloneCluster(url, masterLog, workerDirs);
        cluster.awaitWorkers(masterProcess, workers);
        return cluster;
    }

    /** What the sbin scripts export: where Spark is, its Scala, and the one address to bind. */
    static Map<String, String> environment(SparkInstallation spark) {
        return Map.of("SPARK_HOME", spark.home().toString(), "SPARK_SCALA_VERSION", "2.13",
                "SPARK_LOCAL_IP", "127.0.0.1", "SPARK_LOCAL_HOSTNAME", "127.0.0.1");
    }

    String masterUrl() {
        return masterUrl;
    }

    /**
     * Per worker, how many of the executors it launched logged running a task (an executor keeps
     * its log in the worker's folder, {@code apps/<application>/<executor>/stderr}).
     */
    List<Long> executorsThatRanTasks() throws IOException {
        List<Long> counts = new ArrayList<>();
        for (Path worker : workerDirs) {
            try (var files = Files.find(worker.resolve("apps"), 3, (p, a) -> p.getFileName().toString().equals("stderr"))) {
                counts.add(files.filter(StandaloneCluster::ranATask).count());
            }
        }
        return counts;
    }

    private static boolean ranATask(Path executorLog) {
        try {
            return Files.readString(executorLog).contains("Running task");
        } catch (IOException e) {
            return false;
        }
    }

    private void awaitWorkers(Process master, int workers) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!master.isAlive()) {
                throw new AssertionError("The Spark master stopped:\n" + ChildProcesses.tail(masterLog));
            }
            long registered = Files.readAllLines(masterLog).stream().filter(l -> l.contains("Registering worker")).count();
            if (registered >= workers) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Fewer than " + workers + " workers registered within " + START_TIMEOUT + ":\n"
                + ChildProcesses.tail(masterLog));
    }

    private static Optional<String> awaitLine(Process p, Path log, Pattern pattern) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                Matcher m = pattern.matcher(Files.readString(log));
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
            if (!p.isAlive()) {
                throw new AssertionError("Stopped before '" + pattern + "':\n" + ChildProcesses.tail(log));
            }
            Thread.sleep(300);
        }
        throw new AssertionError("No '" + pattern + "' within " + START_TIMEOUT + ":\n" + ChildProcesses.tail(log));
    }
}
