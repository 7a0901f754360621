package eu.cyberstat.pipeline.report;

import eu.cyberstat.ingest.validation.Issue;
import eu.cyberstat.ingest.validation.ValidationReport;
import eu.cyberstat.pipeline.Installation;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.reports.ReportSet;
import eu.cyberstat.reports.model.ReportData;
import eu.cyberstat.reports.model.SubmissionCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The last stage of the annual run: renders the report set from what the run computed. It only
 * wires configuration and the validation reports of the submissions into the reports module,
 * which knows nothing about Spark or CSV.
 */
public final class ReportStage {

    /** The report templates folder; relative paths resolve against the installation ({@code cyberstat.home}). */
    public static final String TEMPLATES_DIR = "report.templates.dir";
    public static final String TEMPLATES_DIR_DEFAULT = "templates/report";

    private ReportStage() {
    }

    /** Renders the PDFs, the workbook and the feedback sheets into {@code outDir}; returns the files written. */
    public static List<Path> render(ReportData data, Path outDir, Settings settings) {
        return render(data, outDir, settings, ReportSet.Progress.NONE);
    }

    /** As above, telling {@code progress} of each document rendered. */
    public static List<Path> render(ReportData data, Path outDir, Settings settings, ReportSet.Progress progress) {
        return ReportSet.render(data, outDir, templatesDir(settings), progress);
    }

    public static Path templatesDir(Settings settings) {
        return Installation.resolve(Path.of(settings.get(TEMPLATES_DIR, TEMPLATES_DIR_DEFAULT)));
    }

    /**
     * The issues of one submission's validation report as the checks its country's feedback
     * sheet lists, errors and warnings alike.
     */
    public static List<SubmissionCheck> checks(String geo, String submissionId, ValidationReport report) {
        List<SubmissionCheck> out = new ArrayList<>();
        for (Issue i : report.errors()) {
            out.add(check(geo, submissionId, report.file(), i));
        }
        for (Issue i : report.warnings()) {
            out.add(check(geo, submissionId, report.file(), i));
        }
        return out;
    }

    private static SubmissionCheck check(String geo, String submissionId, String file, Issue i) {
        return new SubmissionCheck(geo, submissionId, file, i.level().name(), i.line(), i.column(), i.code(), i.message(),
                i.phrase());
    }
}
