package eu.cyberstat.pipeline.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;

import eu.cyberstat.failure.NotFoundException;
import eu.cyberstat.figure.Figure;
import eu.cyberstat.pipeline.GitRevision;
import eu.cyberstat.pipeline.SoftwareVersion;
import eu.cyberstat.pipeline.metrics.FigureOrder;
import eu.cyberstat.pipeline.metrics.FigureRows;
import eu.cyberstat.pipeline.metrics.KeyFindings;
import eu.cyberstat.pipeline.metrics.MetricColumns;
import eu.cyberstat.pipeline.metrics.MetricsConfig;
import eu.cyberstat.pipeline.metrics.MetricsJob;
import eu.cyberstat.pipeline.metrics.Panel;
import eu.cyberstat.pipeline.progress.Progress;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.PopulationTable;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.reference.YearRanges;
import eu.cyberstat.reports.model.KeyFinding;
import eu.cyberstat.reports.model.RunProvenance;
import eu.cyberstat.warehousing.Commit;
import eu.cyberstat.warehousing.MetricsRun;
import eu.cyberstat.warehousing.Snapshot;
import eu.cyberstat.warehousing.Submission;
import eu.cyberstat.warehousing.SubmissionStore;
import eu.cyberstat.warehousing.Warehouse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The annual run: reads the national figures in force (as of an instant), computes the
 * metrics of the reference year's window, replaces that year's partition of the warehouse
 * table {@code metrics}, and writes {@code metrics-YYYY.csv}, {@code sdmx-YYYY.csv},
 * {@code key-findings-YYYY.json} and, last, {@code manifest.json} into the output folder, which
 * it publishes whole ({@link RunFolder}): a run killed midway leaves no folder that looks finished.
 * Further {@link RunStep}s (alert metrics) run after the national metrics, inside the same run.
 *
 * <p>Reproducible: the warehouse is read as of one commit (the data vintage), every output but
 * the manifest is a function of that state, the settings and the software, and the run id is
 * derived from the same (see {@link RunIds}).
 */
public final class AnnualRun {

    /** The warehouse table of published figures, partitioned by reference year. */
    public static final String METRICS_TABLE = Warehouse.METRICS_TABLE;
    public static final String MANIFEST_FILE = "manifest.json";

    private final SparkSession spark;
    private final Warehouse warehouse;
    private final ReferenceData reference;
    private final PopulationTable population;
    private final List<RunStep> steps;

    /**
     * @param population the population for rates: the shipped table, or one updated by an import
     * @param steps      further steps after the national metrics (e.g. alert metrics), in order
     */
    public AnnualRun(SparkSession spark, Warehouse warehouse, ReferenceData reference, PopulationTable population,
                     List<RunStep> steps) {
        this.spark = spark;
        this.warehouse = warehouse;
        this.reference = reference;
        this.population = population;
        this.steps = ordered(steps);
    }

    /**
     * The steps in an order where each runs after the steps that make what it reads, otherwise
     * in the order given.
     *
     * @throws IllegalArgumentException when a step reads what neither the run nor an earlier step makes
     */
    static List<RunStep> ordered(List<RunStep> steps) {
        Set<RunProduct<?>> made = new HashSet<>(RunContext.madeByTheRun());
        List<RunStep> waiting = new ArrayList<>(steps);
        List<RunStep> order = new ArrayList<>();
        while (!waiting.isEmpty()) {
            RunStep next = waiting.stream().filter(s -> made.containsAll(s.reads())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No order of the run's steps makes what they read: "
                            + String.join("; ", waiting.stream().map(s -> s.name() + " reads " + s.reads()).toList())));
            waiting.remove(next);
            order.add(next);
            made.addAll(next.produces());
        }
        return List.copyOf(order);
    }

    public RunResult run(RunRequest request) {
        return run(request, Progress.NONE);
    }

    /** The run, telling {@code progress} of each stage (and its steps of their own counts). */
    public RunResult run(RunRequest request, Progress progress) {
        RunFolder folder = RunFolder.stage(request.outDir());
        try {
            RunResult result = run(request, progress, folder.staged());
            folder.publish();
            return result;
        } catch (RuntimeException | Error e) {
            folder.abandon();
            throw e;
        }
    }

    /** The run, its outputs written into {@code out} (the staged folder; the result names the published one). */
    private RunResult run(RunRequest request, Progress progress, Path out) {
        Instant startedAt = Instant.now();
        MetricsConfig config = request.config();
        StageTimings timings = new StageTimings(progress);
        List<RunManifest.Warning> warnings = new ArrayList<>();

        // The one warehouse state this run describes: the last national-statistics commit at or before --as-of.
        Snapshot snapshot = timings.time("snapshot", () -> warehouse.observations().snapshot(request.asOf()));
        requireFigures(warehouse, snapshot, request);
        Commit last = snapshot.latest();
        Map<String, Submission> submissions = new HashMap<>();
        warehouse.submissions().history().forEach(s -> submissions.put(s.id(), s));
        Map<String, String> sha256ById = new HashMap<>();
        submissions.forEach((id, s) -> sha256ById.put(id, s.sha256()));

        String softwareVersion = SoftwareVersion.version();
        String gitRevision = GitRevision.current();
        String populationSha256 = RunIds.populationDigest(population);
        List<RunStep.Inputs> stepInputs = steps.stream().map(s -> s.inputs(warehouse, request.asOf())).toList();
        List<String> fingerprints = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            fingerprints.add(steps.get(i).name() + " " + stepInputs.get(i).fingerprint());
        }
        // The data are as of their newest input: the national figures' last commit, or a step's (alerts).
        Instant vintage = stepInputs.stream().map(RunStep.Inputs::vintage).filter(Objects::nonNull)
                .reduce(last.committedAt(), (a, b) -> a.isAfter(b) ? a : b);
        String runId = RunIds.of(config, softwareVersion, gitRevision, populationSha256, snapshot, sha256ById,
                fingerprints);
        RunProvenance provenance = new RunProvenance(runId, config.referenceYear(), vintage, vintage, softwareVersion);

        // Exactly the snapshot the run id names, even if a submission commits meanwhile.
        Dataset<Row> observations = timings.time("read", () -> warehouse.observations().readSnapshot(spark, snapshot).cache());
        MetricsJob job = new MetricsJob(reference, population, config);
        List<RunManifest.Input> inputs = timings.time("inputs",
                () -> inputs(snapshot, submissions, observations, config, job.setAside()));
        if (inputs.stream().mapToLong(i -> i.rowsRead() - i.rowsRejected()).sum() == 0) {
            throw new NotFoundException("The warehouse " + warehouse.describe() + " holds no national figures for "
                    + config.firstYear() + "–" + config.referenceYear() + " as of " + last.committedAt()
                    + ": submit figures for these years or choose another --year.");
        }

        MetricsJob.Prepared prepared = timings.time("derive groups", () -> job.prepare(observations));
        MetricsJob.Result metrics = timings.time("metrics", () -> job.compute(prepared));
        metrics.warnings().forEach(w -> warnings.add(new RunManifest.Warning("metrics", w.code(), w.message())));
        List<Figure> published = timings.time("collect", () ->
                FigureRows.collect(metrics.figures().collectAsList(), new FigureOrder(reference)));
        List<KeyFinding> findings = timings.time("key findings",
                () -> new KeyFindings(reference, config).derive(published));

        List<OutputFile> outputs = new ArrayList<>();
        timings.time("files", () -> {
            int year = config.referenceYear();
            outputs.add(OutputFile.write(out, MetricsCsv.fileName(year), (long) published.size(),
                    stream -> MetricsCsv.write(published, stream)));
            outputs.add(OutputFile.write(out, SdmxCsv.fileName(year), null,
                    stream -> SdmxCsv.write(published, config.baseYear(), stream)));
            outputs.add(OutputFile.write(out, KeyFindingsJson.fileName(year), (long) findings.size(),
                    stream -> KeyFindingsJson.write(findings, stream)));
        });

        RunContext context = new RunContext(spark, warehouse, request, out, provenance, published, findings,
                progress);
        for (RunStep step : steps) {
            context.enter(step);
            timings.time(step.name(), () -> step.run(context));
        }
        outputs.addAll(context.outputs());
        warnings.addAll(context.warnings());
        observations.unpersist();

        // The published figures go into the warehouse only once every output is written: a run that fails on
        // the way (a full disk while writing the report set) leaves no trace a reader of the metrics table
        // would take for a publication. After this, only the manifest is written and the folder renamed.
        RunManifest.TableCommit table = timings.time("warehouse", () -> writeTable(published, runId, config, vintage));

        RunManifest manifest = new RunManifest(runId, config.referenceYear(),
                new RunManifest.Window(config.firstYear(), config.referenceYear(), config.baseYear()),
                startedAt, Instant.now(), softwareVersion, gitRevision, spark.version(), spark.sparkContext().master(),
                request.asOf(), vintage, populationSha256, inputs, panels(metrics.panels()), table, outputs,
                timings.all(), warnings);
        OutputFile.write(out, MANIFEST_FILE, null, stream -> Json.WRITER.writeValue(stream, manifest));
        return new RunResult(provenance, published, findings, manifest, request.outDir());
    }

    /**
     * Checks, from the submission log alone (before Spark starts), that the warehouse holds
     * national figures for the reference year as of the run's instant; a run without them would
     * only produce an empty report.
     *
     * @throws NotFoundException naming the years the warehouse does hold
     */
    public static void requireFigures(Warehouse warehouse, RunRequest request) {
        requireFigures(warehouse, warehouse.observations().snapshot(request.asOf()), request);
    }

    private static void requireFigures(Warehouse warehouse, Snapshot snapshot, RunRequest request) {
        String asOf = request.asOf() == null ? "" : " as of " + request.asOf();
        if (snapshot.latest() == null) {
            throw new NotFoundException("The warehouse " + warehouse.describe() + " holds no accepted national statistics"
                    + asOf + ": submit files first (cyberstat submit FILE).");
        }
        Set<Integer> years = SubmissionStore.yearsWithFigures(snapshot);
        int year = request.referenceYear();
        if (!years.contains(year)) {
            throw new NotFoundException("The warehouse " + warehouse.describe() + " holds no national figures for " + year
                    + asOf + "; it holds figures for " + YearRanges.format(years) + ". Choose one of these years with "
                    + "--year, or submit the figures of " + year + " first.");
        }
    }

    /** Every submission in force, with what the run read of it. */
    private List<RunManifest.Input> inputs(Snapshot snapshot, Map<String, Submission> submissions,
                                           Dataset<Row> observations, MetricsConfig config, Column unusable) {
        Column inWindow = col(MetricColumns.YEAR).between(config.firstYear(), config.referenceYear());
        Map<String, long[]> counts = new HashMap<>();
        for (Row r : observations.groupBy(col(Warehouse.SUBMISSION_ID))
                .agg(count(lit(1)), count_if(inWindow), count_if(inWindow.and(unusable)))
                .collectAsList()) {
            counts.put(r.getString(0), new long[] {r.getLong(1), r.getLong(2), r.getLong(3)});
        }
        List<RunManifest.Input> inputs = new ArrayList<>();
        for (Commit c : snapshot.effectiveCommits()) {
            Submission s = submissions.get(c.id());
            long[] n = counts.getOrDefault(c.id(), new long[3]);
            inputs.add(new RunManifest.Input(c.id(), s == null ? "" : s.fileName(), s == null ? "" : s.sha256(),
                    c.committedAt(), s == null ? 0 : s.rows(), n[0], n[1], n[2], s == null ? 0 : s.warnings()));
        }
        return inputs;
    }

    /** Replaces the reference year's partition of the metrics table with exactly the published figures. */
    private RunManifest.TableCommit writeTable(List<Figure> published, String runId, MetricsConfig config,
                                               Instant vintage) {
        List<Row> rows = published.stream().map(p -> FigureRows.toTableRow(p, runId, config.referenceYear())).toList();
        Dataset<Row> frame = spark.createDataFrame(rows, MetricColumns.tableSchema()).coalesce(1);
        Commit commit = warehouse.replaceMetricsYear(new MetricsRun(runId, config.referenceYear(), vintage, rows.size()),
                frame).commit();
        return new RunManifest.TableCommit(METRICS_TABLE, commit.id(), commit.committedAt(),
                List.of(Integer.toString(config.referenceYear())), rows.size());
    }

    /** Panels in classification order, then indicator order. */
    private List<RunManifest.PanelEntry> panels(List<Panel> panels) {
        List<String> offences = reference.offences().all().stream().map(Offence::code).toList();
        List<String> indicators = reference.indicators().stream().map(i -> i.code()).toList();
        return panels.stream()
                .sorted(java.util.Comparator.comparingInt((Panel p) -> offences.indexOf(p.offence()))
                        .thenComparingInt(p -> indicators.indexOf(p.indicator())))
                .map(p -> new RunManifest.PanelEntry(p.offence(), p.indicator(), p.members(), p.excluded()))
                .toList();
    }
}
