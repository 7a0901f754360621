package eu.cyberstat.reports.model;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.reference.ReferenceData;
import java.util.List;

/**
 * Everything one annual report is made from. {@code submissions}: the submissions in force, per
 * country, for the feedback sheets and the revision notes; {@code rejected}: the files of each
 * country the validation rejected since its last accepted delivery, whose issues are among the
 * {@code checks}.
 */
public record ReportData(RunProvenance provenance, ReferenceData reference, List<Figure> figures,
                         List<KeyFinding> keyFindings, List<AlertFigure> alertFigures,
                         List<SubmissionCheck> checks, List<SubmissionInForce> submissions,
                         List<RejectedDelivery> rejected) {

    public ReportData {
        figures = List.copyOf(figures);
        keyFindings = List.copyOf(keyFindings);
        alertFigures = List.copyOf(alertFigures);
        checks = List.copyOf(checks);
        submissions = List.copyOf(submissions);
        rejected = List.copyOf(rejected);
    }

    /** A report without rejected deliveries to show. */
    public ReportData(RunProvenance provenance, ReferenceData reference, List<Figure> figures,
                      List<KeyFinding> keyFindings, List<AlertFigure> alertFigures, List<SubmissionCheck> checks,
                      List<SubmissionInForce> submissions) {
        this(provenance, reference, figures, keyFindings, alertFigures, checks, submissions, List.of());
    }

    /** A report without what is known of its submissions (no deliveries, notes or revisions to show). */
    public ReportData(RunProvenance provenance, ReferenceData reference, List<Figure> figures,
                      List<KeyFinding> keyFindings, List<AlertFigure> alertFigures, List<SubmissionCheck> checks) {
        this(provenance, reference, figures, keyFindings, alertFigures, checks, List.of());
    }
}
