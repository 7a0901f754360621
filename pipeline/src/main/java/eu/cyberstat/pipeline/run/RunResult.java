package eu.cyberstat.pipeline.run;

import eu.cyberstat.pipeline.metrics.PublishedFigure;
import eu.cyberstat.reports.model.Figure;
import eu.cyberstat.reports.model.KeyFinding;
import eu.cyberstat.reports.model.RunProvenance;
import java.nio.file.Path;
import java.util.List;

/**
 * What an annual run hands to the report step: the published figures in publication order
 * (equal, row for row, to {@code metrics-YYYY.csv}), the key findings, the provenance to print
 * on every chart and table, and the manifest.
 */
public record RunResult(RunProvenance provenance, List<PublishedFigure> published, List<KeyFinding> keyFindings,
                        RunManifest manifest, Path outDir) {

    public RunResult {
        published = List.copyOf(published);
        keyFindings = List.copyOf(keyFindings);
    }

    /** The figures as the report model wants them. */
    public List<Figure> figures() {
        return published.stream().map(PublishedFigure::figure).toList();
    }
}
