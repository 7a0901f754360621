package eu.cyberstat.pipeline.run;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.reports.model.KeyFinding;
import eu.cyberstat.reports.model.RunProvenance;
import java.nio.file.Path;
import java.util.List;

/**
 * What an annual run hands to the report step: the published figures in publication order
 * (equal, row for row, to {@code metrics-YYYY.csv}), the key findings, the provenance to print
 * on every chart and table, and the manifest.
 */
public record RunResult(RunProvenance provenance, List<Figure> published, List<KeyFinding> keyFindings,
                        RunManifest manifest, Path outDir) {

    public RunResult {
        published = List.copyOf(published);
        keyFindings = List.copyOf(keyFindings);
    }

    /** The run's record, {@code manifest.json} in the output folder. */
    public Path manifestFile() {
        return outDir.resolve(AnnualRun.MANIFEST_FILE);
    }
}
