package eu.cyberstat.reports.model;

import eu.cyberstat.reference.ReferenceData;
import java.util.List;

/** Everything one annual report is made from. */
public record ReportData(RunProvenance provenance, ReferenceData reference, List<Figure> figures,
                         List<KeyFinding> keyFindings, List<AlertFigure> alertFigures,
                         List<SubmissionCheck> checks) {

    public ReportData {
        figures = List.copyOf(figures);
        keyFindings = List.copyOf(keyFindings);
        alertFigures = List.copyOf(alertFigures);
        checks = List.copyOf(checks);
    }
}
