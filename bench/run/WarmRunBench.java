import eu.cyberstat.app.Application;
import eu.cyberstat.app.ComputeAlertMetrics;
import eu.cyberstat.app.IngestAlerts;
import eu.cyberstat.app.RunAnnual;
import eu.cyberstat.app.SubmitFile;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.progress.Progress;
import eu.cyberstat.pipeline.run.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;

/**
 * The warm service's speed (issue 13): in ONE JVM holding one {@link Application} (as
 * {@code cyberstat serve} does, one warm Spark session), the annual run of the demo warehouse
 * several times (the first one cold), a provisional re-run after one country's upload, and the
 * ingest + metrics of an alert export several times. Counts the Spark jobs and stages of each
 * (a SparkListener) and of each stage of the annual run; prints one line per measurement
 * ("measure<TAB>label<TAB>millis<TAB>jobs<TAB>stages") for bench/run/warm.sh to summarise.
 * A service runs for weeks: its steady state is what "warm" means. The first run in the JVM is
 * "first"; the next {@link #WARMING} ones, while the JIT compiler is still compiling the hot code
 * (each a second or more faster than the one before, measured), are "warming"; the rest "warm".
 *
 * <p>Arguments: HOME WAREHOUSE OUT YEAR RUNS REVISION_FILE ALERT_EXPORT ALERT_RUNS ALERT_WORK
 */
public final class WarmRunBench {

    static final AtomicInteger JOBS = new AtomicInteger();
    static final AtomicInteger STAGES = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Path warehouse = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int year = Integer.parseInt(args[3]);
        int runs = Integer.parseInt(args[4]);
        Path revision = Path.of(args[5]);
        Path alertExport = Path.of(args[6]);
        int alertRuns = Integer.parseInt(args[7]);
        Path alertWork = Path.of(args[8]);

        Settings settings = Settings.defaults().with(Settings.WAREHOUSE_DIR, warehouse.toString())
                .with(Settings.WORK_DIR, home.resolve("work").toString());
        try (Application app = Application.start(settings, "cyberstat serve (bench)")) {
            app.spark().sparkContext().addSparkListener(new SparkListener() {
                @Override
                public void onJobStart(SparkListenerJobStart job) {
                    JOBS.incrementAndGet();
                }

                @Override
                public void onStageCompleted(SparkListenerStageCompleted stage) {
                    STAGES.incrementAndGet();
                }
            });
            RunAnnual annual = new RunAnnual(app);
            for (int i = 1; i <= runs; i++) {
                annualRun(annual, year, out, "annual-" + phase(i));
            }
            // A country's upload (one figure revised), then the provisional re-run the scheduler queues.
            long start = System.nanoTime();
            var outcome = new SubmitFile(app).submit(new SubmitFile.Request(revision,
                    new ValidationRequest(null, null, null, null), false, true));
            System.out.printf("measure\tupload\t%d\t-\t-\t%s%n", (System.nanoTime() - start) / 1_000_000,
                    outcome.receipt());
            annualRun(annual, year, out, "annual-provisional");

            for (int i = 1; i <= alertRuns; i++) {
                deleteTree(alertWork);
                Files.createDirectories(alertWork);
                // Its own warehouse (fresh each time, as bench/alerts/run.sh does), the same warm Spark session.
                Settings alertSettings = settings.with(Settings.WAREHOUSE_DIR, alertWork.resolve("warehouse").toString())
                        .with("alerts.hmac.key", "YmVuY2gtb25seS1rZXktMzItYnl0ZXMtbG9uZy4uLi4=");
                try (Application alerts = Application.start(alertSettings, "cyberstat serve (bench)")) {
                    int jobs = JOBS.get(), stages = STAGES.get();
                    long t0 = System.nanoTime();
                    new IngestAlerts(alerts).ingest(new IngestAlerts.Request(List.of(alertExport), "DE-MELDESTELLE",
                            home.resolve("templates/profiles/alerts-de-meldestelle.yaml"), false, false), Progress.NONE);
                    long t1 = System.nanoTime();
                    int ingestJobs = JOBS.get() - jobs, ingestStages = STAGES.get() - stages;
                    var figures = new ComputeAlertMetrics(alerts).compute(new ComputeAlertMetrics.Request(2024, null,
                            alertWork.resolve("out"))).figures();
                    long t2 = System.nanoTime();
                    String label = "alerts-" + phase(i);
                    System.out.printf("measure\t%s-ingest\t%d\t%d\t%d%n", label, (t1 - t0) / 1_000_000, ingestJobs,
                            ingestStages);
                    System.out.printf("measure\t%s-metrics\t%d\t%d\t%d\t%d figures%n", label, (t2 - t1) / 1_000_000,
                            JOBS.get() - jobs - ingestJobs, STAGES.get() - stages - ingestStages, figures.size());
                    System.out.printf("measure\t%s\t%d\t%d\t%d%n", label, (t2 - t0) / 1_000_000, JOBS.get() - jobs,
                            STAGES.get() - stages);
                }
            }
        }
    }

    /** Runs after the first whose code the JIT compiler is still compiling (annual runs 2–4 took 13.1, 11.5, 10.2 s, then 8.5–9.5 s). */
    static final int WARMING = 3;

    private static String phase(int run) {
        return run == 1 ? "first" : run <= 1 + WARMING ? "warming" : "warm";
    }

    /** One annual run: its wall time, Spark jobs and stages, and the jobs of each of its stages. */
    private static void annualRun(RunAnnual annual, int year, Path out, String label) throws Exception {
        deleteTree(out);
        Map<String, int[]> jobsByStage = new LinkedHashMap<>();
        String[] current = {null};
        int[] mark = {JOBS.get()};
        Progress progress = new Progress() {
            @Override
            public void stage(String name, long total, String unit) {
                if (current[0] != null) {
                    jobsByStage.merge(current[0], new int[] {JOBS.get() - mark[0]}, (a, b) -> new int[] {a[0] + b[0]});
                }
                current[0] = name;
                mark[0] = JOBS.get();
            }

            @Override
            public void advance(long units) {
            }
        };
        int jobs = JOBS.get(), stages = STAGES.get();
        long start = System.nanoTime();
        RunResult result = annual.run(new RunAnnual.Request(year, null, out, null), progress);
        long millis = (System.nanoTime() - start) / 1_000_000;
        progress.stage("end", 0, null);
        StringBuilder detail = new StringBuilder();
        Map<String, Long> timings = new LinkedHashMap<>();
        result.manifest().timings().forEach(t -> timings.put(t.stage(), t.millis()));
        timings.forEach((stage, ms) -> detail.append(stage).append(' ').append(ms).append(" ms/")
                .append(jobsByStage.getOrDefault(stage, new int[1])[0]).append(" jobs, "));
        System.out.printf("measure\t%s\t%d\t%d\t%d\t%s%n", label, millis, JOBS.get() - jobs, STAGES.get() - stages,
                detail);
    }

    private static void deleteTree(Path root) throws Exception {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
