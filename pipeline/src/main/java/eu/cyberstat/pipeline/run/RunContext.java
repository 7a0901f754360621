package eu.cyberstat.pipeline.run;

import eu.cyberstat.pipeline.metrics.PublishedFigure;
import eu.cyberstat.reports.model.AlertFigure;
import eu.cyberstat.reports.model.Figure;
import eu.cyberstat.reports.model.KeyFinding;

import eu.cyberstat.pipeline.metrics.MetricsConfig;
import eu.cyberstat.pipeline.progress.Progress;
import eu.cyberstat.pipeline.storage.Warehouse;
import eu.cyberstat.reports.model.RunProvenance;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** What a {@link RunStep} gets from the run: the session, the warehouse, the request, and a place to put its results. */
public final class RunContext {

    private final SparkSession spark;
    private final Warehouse warehouse;
    private final RunRequest request;
    private final RunProvenance provenance;
    private final List<PublishedFigure> published;
    private final List<KeyFinding> keyFindings;
    private final List<AlertFigure> alertFigures = new ArrayList<>();
    private final List<OutputFile> outputs = new ArrayList<>();
    private final List<RunManifest.Warning> warnings = new ArrayList<>();
    private final Progress progress;
    private String stage = "";

    RunContext(SparkSession spark, Warehouse warehouse, RunRequest request, RunProvenance provenance,
               List<PublishedFigure> published, List<KeyFinding> keyFindings, Progress progress) {
        this.progress = progress;
        this.published = List.copyOf(published);
        this.keyFindings = List.copyOf(keyFindings);
        this.spark = spark;
        this.warehouse = warehouse;
        this.request = request;
        this.provenance = provenance;
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

    public Path outDir() {
        return request.outDir();
    }

    /** Run id, reference year and data vintage, for the step's own outputs and table commits. */
    public RunProvenance provenance() {
        return provenance;
    }

    /** The national figures the run published, in publication order (as in metrics-YYYY.csv). */
    public List<Figure> figures() {
        return published.stream().map(PublishedFigure::figure).toList();
    }

    public List<KeyFinding> keyFindings() {
        return keyFindings;
    }

    /** Alert-platform figures computed by an earlier step, for the report. */
    public List<AlertFigure> alertFigures() {
        return List.copyOf(alertFigures);
    }

    public void addAlertFigures(List<AlertFigure> figures) {
        alertFigures.addAll(figures);
    }

    /** Records a file a step wrote itself into the output folder (hashed into the manifest). */
    public OutputFile record(Path file, Long rows) {
        OutputFile described = OutputFile.describe(request.outDir(), request.outDir().relativize(file).toString(), rows);
        outputs.add(described);
        return described;
    }

    /** Writes a file into the output folder atomically and records it (with its SHA-256) in the manifest. */
    public OutputFile write(String fileName, Long rows, OutputFile.Content content) {
        OutputFile file = OutputFile.write(request.outDir(), fileName, rows, content);
        outputs.add(file);
        return file;
    }

    /** Records a warning in the manifest, under the current stage. */
    public void warn(String code, String message) {
        warnings.add(new RunManifest.Warning(stage, code, message));
    }

    void enterStage(String name) {
        this.stage = name;
    }

    List<OutputFile> outputs() {
        return outputs;
    }

    List<RunManifest.Warning> warnings() {
        return warnings;
    }
}
