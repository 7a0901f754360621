package eu.cyberstat.reports.model;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.reference.ReferenceData;
import java.util.List;

/**
 * Everything one annual report is made from. {@code submissions}: the submissions in force, per
 * country, for the feedback sheets and the revision notes.
 */
public record ReportData(RunProvenance provenance, ReferenceData reference, List<Figure> figures,
                         List<KeyFinding> keyFindings, List<AlertFigure> alertFigures,
                         List<SubmissionCheck> checks, List<SubmissionInForce> submissions) {

    public ReportData {
        figures = List.copyOf(figures);
        keyFindings = List.copyOf(keyFindings);
        alertFigures = List.copyOf(alertFigures);
        checks = List.copyOf(checks);
        submissions = List.copyOf(submissions);
    }

    /** A report without what is known of its submissions (no deliveries, notes or revisions to show). */
    public ReportData(RunProvenance provenance, ReferenceData reference, List<Figure> figures,
                      List<KeyFinding> keyFindings, List<AlertFigure> alertFigures, List<SubmissionCheck> checks) {
        this(provenance, reference, figures, keyFindings, alertFigures, checks, List.of());
    }
}
