package eu.cyberstat.pipeline.run;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.pipeline.metrics.MetricsConfig;
import eu.cyberstat.pipeline.progress.Progress;
import eu.cyberstat.reports.model.KeyFinding;
import eu.cyberstat.reports.model.RunProvenance;
import eu.cyberstat.warehousing.Warehouse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * What a {@link RunStep} gets from the run: the session, the warehouse, the request, the
 * products it declared it reads, and a place for the products it declared it makes, its files and
 * its warnings. Asking for a product not declared, or not made yet, is a programming error.
 */
public final class RunContext {

    private final SparkSession spark;
    private final Warehouse warehouse;
    private final RunRequest request;
    private final Path folder;
    private final RunProvenance provenance;
    private final Map<RunProduct<?>, Object> products = new HashMap<>();
    private final List<OutputFile> outputs = new ArrayList<>();
    private final List<RunManifest.Warning> warnings = new ArrayList<>();
    private final Progress progress;
    private RunStep step;

    /** @param folder where the run's files are written until it publishes them (see {@link RunFolder}) */
    RunContext(SparkSession spark, Warehouse warehouse, RunRequest request, Path folder, RunProvenance provenance,
               List<Figure> published, List<KeyFinding> keyFindings, Progress progress) {
        this.folder = folder;
        this.progress = progress;
        this.spark = spark;
        this.warehouse = warehouse;
        this.request = request;
        this.provenance = provenance;
        products.put(RunProduct.FIGURES, List.copyOf(published));
        products.put(RunProduct.KEY_FINDINGS, List.copyOf(keyFindings));
    }

    /** What the run itself makes before any step. */
    static Set<RunProduct<?>> madeByTheRun() {
        return Set.of(RunProduct.FIGURES, RunProduct.KEY_FINDINGS);
    }

    /** Where a step tells how far it got within its stage (documents rendered, rows read). */
    public Progress progress() {
        return progress;
    }

    public SparkSession spark() {
        return spark;
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    public MetricsConfig config() {
        return request.config();
    }

    public int referenceYear() {
        return request.referenceYear();
    }

    /** The {@code --as-of} instant of the run, or null for the latest state of each table. */
    public Instant asOf() {
        return request.asOf();
    }

    /** The output folder the run publishes (while it runs, its files are written aside: use {@link #write}). */
    public Path outDir() {
        return request.outDir();
    }

    /** Run id, reference year and data vintage, for the step's own outputs and table commits. */
    public RunProvenance provenance() {
        return provenance;
    }

    /** A product the current step declared it reads. */
    @SuppressWarnings("unchecked")
    public <T> T get(RunProduct<T> product) {
        if (!step.reads().contains(product)) {
            throw new IllegalStateException("Step " + step.name() + " reads " + product + " without declaring it");
        }
        if (!products.containsKey(product)) {
            throw new IllegalStateException("Step " + step.name() + " reads " + product + ", which is not made yet");
        }
        return (T) products.get(product);
    }

    /** Hands over a product the current step declared it makes. */
    public <T> void put(RunProduct<T> product, T value) {
        if (!step.produces().contains(product)) {
            throw new IllegalStateException("Step " + step.name() + " makes " + product + " without declaring it");
        }
        products.put(product, value);
    }

    /** Writes a file into the run's outputs (published with the folder) and records it (with its SHA-256) in the manifest. */
    public OutputFile write(String fileName, Long rows, OutputFile.Content content) {
        OutputFile file = OutputFile.write(folder, fileName, rows, content);
        outputs.add(file);
        return file;
    }

    /** Records a warning in the manifest, under the current stage. */
    public void warn(String code, String message) {
        warnings.add(new RunManifest.Warning(step.name(), code, message));
    }

    void enter(RunStep next) {
        this.step = next;
    }

    List<OutputFile> outputs() {
        return outputs;
    }

    List<RunManifest.Warning> warnings() {
        return warnings;
    }
}
