package eu.cyberstat.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.Receipt;
import eu.cyberstat.app.SubmitFile;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.run.RunOutputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert ingest and the annual run submitted with the application jar to a real Spark
 * standalone cluster (a master and two one-core workers on 127.0.0.1, each its own JVM, executors
 * launched by the workers from a Spark installation that holds only what Spark ships) give the
 * same results as the launcher's local mode on the same inputs: the same alert rows, keyed
 * hashes included (the HMAC key reaches the executors), and every output of the run byte for
 * byte; of the manifest, only timings, the master and the id and time of the run's own metrics
 * commit differ. Runs with {@code mvn -Pcluster verify} (several minutes; {@code .ci/run}).
 */
class ClusterRunIT {

    private static final Path PROJECT = Path.of(System.getProperty("cyberstat.project.dir", "..")).toAbsolutePath().normalize();
    private static final Path APPLICATION_JAR = PROJECT.resolve("cluster/target/cyberstat-cluster.jar");
    private static final Path SPARK_CLASSPATH = PROJECT.resolve("cluster/target/spark-distribution.classpath");
    private static final Path PRODUCT_JAR = PROJECT.resolve("pipeline/target/cyberstat-pipeline.jar");
    private static final Path SAMPLES = PROJECT.resolve("data-samples");
    /** A test key, given as the environment variable the docs prescribe (never on a command line). */
    private static final String HMAC_KEY = "cluster-test-key-0123456789abcdef0123456789";

    /** National files of several shapes: project CSV, a mapping profile, SDMX-CSV 1.0 and 2.0, xlsx, TSV, a revision. */
    private static final List<String[]> NATIONAL = List.<String[]>of(
            new String[] {"national/at-bk-cybercrime.csv", "AT", "templates/profiles/at-bk.yaml"},
            new String[] {"national/be-crim_off_cat.sdmx1.csv", "BE", null},
            new String[] {"national/de-pks-style.csv", "DE", "templates/profiles/de-pks.yaml"},
            new String[] {"national/fi-2013-2022.tsv", "FI", null},
            new String[] {"national/fr-2013-2022.csv", "FR", null},
            new String[] {"national/it-2013-2022.xlsx", "IT", null},
            new String[] {"national/nl-national.sdmx2.csv", "NL", null},
            new String[] {"national/pl-2013-2022.txt", "PL", null},
            new String[] {"national/revisions/fr-2021-2022-revision.csv", "FR", null});

    /** Alert exports: CSV, and JSON Lines. */
    private static final List<String[]> ALERTS = List.<String[]>of(
            new String[] {"alerts/fr-pharos-2022-2024.csv", "FR-PHAROS", "templates/profiles/alerts-fr-pharos.yaml"},
            new String[] {"alerts/nl-meldpunt-2022-2024.jsonl", "NL-MELDPUNT", "templates/profiles/alerts-nl-meldpunt.yaml"});

    @TempDir
    Path dir;

    @Test
    void alertIngestAndAnnualRunOnAStandaloneClusterGiveTheLocalModesResults() throws Exception {
        require(Files.isRegularFile(APPLICATION_JAR), "the application jar " + APPLICATION_JAR + " (mvn package)");
        require(Files.isRegularFile(SPARK_CLASSPATH), "Spark's class path " + SPARK_CLASSPATH + " (mvn package)");
        require(Files.isRegularFile(PRODUCT_JAR), "the launcher's jar " + PRODUCT_JAR + " (mvn package)");
        require(Files.isDirectory(SAMPLES.resolve("alerts")), "the sample data " + SAMPLES);

        Path base = dir.resolve("warehouse-base");
        submitNationalFiles(base);

        try (ChildProcesses processes = new ChildProcesses()) {
            SparkInstallation spark = SparkInstallation.create(SPARK_CLASSPATH, dir.resolve("spark"));
            assertThat(spark.jarCount()).as("jars of the Spark installation").isGreaterThan(100);
            StandaloneCluster cluster = StandaloneCluster.start(processes, spark, Files.createDirectories(dir.resolve("cluster")),
                    jvmOptions(), 2, 1);
            Side local = new Side(processes, "local", null, null);
            Side onCluster = new Side(processes, "cluster", cluster, spark);

            // The alert ingest, each side on its own copy of the same warehouse.
            Path localWarehouse = copy(base, dir.resolve("warehouse-local"));
            Path clusterWarehouse = copy(base, dir.resolve("warehouse-cluster"));
            for (String[] export : ALERTS) {
                List<String> ingest = List.of("ingest-alerts", SAMPLES.resolve(export[0]).toString(), "--platform", export[1],
                        "--profile", PROJECT.resolve(export[2]).toString());
                Map<Side, String> receipts = both(local, withWarehouse(ingest, localWarehouse), onCluster,
                        withWarehouse(ingest, clusterWarehouse), "ingest-" + export[1]);
                assertThat(receipt(receipts.get(onCluster))).as("receipt of " + export[0] + " on the cluster")
                        .contains("accepted").isEqualTo(receipt(receipts.get(local)));
            }
            assertThat(alertRows(clusterWarehouse, "alerts")).as("alerts ingested on the cluster")
                    .hasSizeGreaterThan(1000).isEqualTo(alertRows(localWarehouse, "alerts"));
            assertThat(alertRows(clusterWarehouse, "alerts_quarantine")).as("alerts quarantined on the cluster")
                    .isNotEmpty().isEqualTo(alertRows(localWarehouse, "alerts_quarantine"));

            // The annual run, each side on its own copy of the cluster's warehouse: the same inputs, commits included.
            Path runWarehouse = copy(clusterWarehouse, dir.resolve("warehouse-run-local"));
            Path localOut = dir.resolve("out-local");
            Path clusterOut = dir.resolve("out-cluster");
            both(local, List.of("run", "--year", "2022", "--warehouse", runWarehouse.toString(), "--out", localOut.toString()),
                    onCluster, List.of("run", "--year", "2022", "--warehouse", clusterWarehouse.toString(),
                            "--out", clusterOut.toString()), "run");

            assertSameOutputs(localOut, clusterOut, cluster.masterUrl());
            assertThat(cluster.executorsThatRanTasks()).as("executors that ran tasks, per worker")
                    .hasSize(2).allSatisfy(n -> assertThat(n).isPositive());
            processes.close();
            assertThat(processes.alive()).as("processes still running").isZero();
        }
    }

    private static void require(boolean present, String what) {
        if (!present) {
            String message = "Missing " + what + ": the cluster test needs it.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
    }

    /** The national figures both sides start from, submitted once through the use case. */
    private void submitNationalFiles(Path warehouse) {
        Settings settings = Settings.defaults().with(Settings.WAREHOUSE_DIR, warehouse).with(Settings.WORK_DIR, dir.resolve("work"))
                .with(Settings.SPARK_MASTER, "local[2]");
        try (Application app = Application.start(settings, "cyberstat cluster test: national files")) {
            SubmitFile submit = new SubmitFile(app);
            for (String[] file : NATIONAL) {
                Receipt receipt = submit.submit(new SubmitFile.Request(SAMPLES.resolve(file[0]),
                        new ValidationRequest(file[1], file[2] == null ? null : PROJECT.resolve(file[2]), null), false, false))
                        .receipt();
                assertThat(receipt.status()).as(file[0]).isEqualTo(Receipt.ACCEPTED);
            }
        }
    }

    private static List<String> withWarehouse(List<String> args, Path warehouse) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--warehouse", warehouse.toString()));
        return all;
    }

    /** Runs the command on both sides at once; each side's standard output. */
    private Map<Side, String> both(Side a, List<String> argsA, Side b, List<String> argsB, String step)
            throws IOException, InterruptedException {
        Process pa = a.start(argsA, step);
        Process pb = b.start(argsB, step);
        Map<Side, String> out = new HashMap<>();
        out.put(a, a.await(pa, step));
        out.put(b, b.await(pb, step));
        return out;
    }

    /** A receipt without what differs between two ingests of the same export: its id and its time. */
    private static String receipt(String stdout) {
        return stdout.lines().filter(l -> !l.strip().startsWith("time "))
                .map(l -> l.replaceAll("\\d{8}T\\d{6}Z-[0-9a-f]{8}", "<ingest id>")).reduce("", (x, y) -> x + y + "\n");
    }

    /** The rows of an alert table as JSON (keyed hashes in hex), sorted, without the ids of ingest and commit. */
    private List<String> alertRows(Path warehouse, String table) {
        SparkSession spark = SparkSession.builder().master("local[1]").appName("cyberstat cluster test: read back")
                .config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC")
                .config("spark.local.dir", dir.resolve("work/read-back").toString()).getOrCreate();
        Dataset<Row> rows = spark.read().parquet(warehouse.resolve("tables").resolve(table).resolve("data").toString())
                .drop("commit_id", "ingest_id");
        if (List.of(rows.columns()).contains("url_hmac")) {
            rows = rows.withColumn("url_hmac", functions.hex(functions.col("url_hmac")));
        }
        return rows.toJSON().collectAsList().stream().sorted().toList();
    }

    private static void assertSameOutputs(Path local, Path cluster, String masterUrl) throws IOException {
        RunOutputs.assertSame(local, cluster);
        assertThat(RunOutputs.manifest(local).get("sparkMaster").asText()).startsWith("local");
        assertThat(RunOutputs.manifest(cluster).get("sparkMaster").asText()).isEqualTo(masterUrl);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    static List<String> jvmOptions() throws IOException {
        return Files.readAllLines(PROJECT.resolve("jvm.options")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** Where a command runs: the launcher's local mode, or spark-submit against the cluster. */
    private final class Side {
        private final ChildProcesses processes;
        private final String name;
        private final StandaloneCluster cluster;
        private final SparkInstallation spark;

        Side(ChildProcesses processes, String name, StandaloneCluster cluster, SparkInstallation spark) {
            this.processes = processes;
            this.name = name;
            this.cluster = cluster;
            this.spark = spark;
        }

        Process start(List<String> args, String step) throws IOException {
            Path work = Files.createDirectories(dir.resolve("cwd-" + name));
            List<String> command = new ArrayList<>(jvmOptions());
            // The driver's JVM: in client mode, what spark-submit's --driver-java-options gives it.
            command.addAll(List.of("-Xmx2g", "-Djava.io.tmpdir=" + Files.createDirectories(work.resolve("tmp")),
                    "-Dcyberstat.home=" + PROJECT));
            Map<String, String> env = new HashMap<>();
            env.put("CYBERSTAT_ALERTS_HMAC_KEY", HMAC_KEY);
            if (cluster == null) {
                command.addAll(List.of("-cp", PRODUCT_JAR + ":" + PROJECT.resolve("pipeline/target/lib") + "/*",
                        "eu.cyberstat.cli.Main"));
            } else {
                env.putAll(StandaloneCluster.environment(spark));
                command.addAll(List.of("-cp", spark.classPath(), "org.apache.spark.deploy.SparkSubmit",
                        "--master", cluster.masterUrl(), "--deploy-mode", "client", "--class", "eu.cyberstat.cli.Main",
                        "--conf", "spark.executor.memory=512m", "--conf", "spark.executor.cores=1",
                        "--conf", "spark.sql.shuffle.partitions=6",
                        "--conf", "spark.executor.extraJavaOptions=-Duser.timezone=UTC -Dfile.encoding=UTF-8",
                        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                        APPLICATION_JAR.toString()));
            }
            command.addAll(args);
            return processes.startJava(work, work.resolve(step + ".out"), work.resolve(step + ".log"), env, command);
        }

        String await(Process p, String step) throws IOException, InterruptedException {
            Path work = dir.resolve("cwd-" + name);
            int status = processes.await(p, work.resolve(step + ".log"), 20);
            String out = Files.readString(work.resolve(step + ".out"));
            assertThat(status).as(name + " " + step + ":\n" + out + "\n" + ChildProcesses.tail(work.resolve(step + ".log")))
                    .isZero();
            return out;
        }
    }
}
