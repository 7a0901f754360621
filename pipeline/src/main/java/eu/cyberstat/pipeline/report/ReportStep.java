package eu.cyberstat.pipeline.report;

import eu.cyberstat.ingest.store.Submission;
import eu.cyberstat.ingest.store.SubmissionStore;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.run.RunContext;
import eu.cyberstat.pipeline.run.RunStep;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.reports.ReportSet;
import eu.cyberstat.reports.model.ReportData;
import eu.cyberstat.reports.model.SubmissionCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The last step of the annual run: the report set (PDF in three languages, workbook, country
 * feedback sheets) from the figures, key findings and alert figures of this run, and the
 * validation issues of the submissions in force. Its files are hashed into the manifest.
 */
public final class ReportStep implements RunStep {

    private final ReferenceData reference;
    private final Settings settings;

    public ReportStep(ReferenceData reference, Settings settings) {
        this.reference = reference;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public void run(RunContext context) {
        ReportData data = new ReportData(context.provenance(), reference, context.figures(), context.keyFindings(),
                context.alertFigures(), checks(context.warehouse().submissions(), context));
        ReportSet.Progress documents = new ReportSet.Progress() {
            @Override
            public void rendering(int total) {
                context.progress().stage("report set", total, "documents");
            }

            @Override
            public void rendered(String name) {
                context.progress().advance(1);
            }
        };
        for (Path file : ReportStage.render(data, context.outDir(), settings, documents)) {
            context.record(file, null);
        }
    }

    /** Every issue raised on the submissions in force, listed for each country a submission covers. */
    static List<SubmissionCheck> checks(SubmissionStore store, RunContext context) {
        List<SubmissionCheck> checks = new ArrayList<>();
        for (Submission s : store.effective(context.provenance().asOf())) {
            Set<String> geos = new LinkedHashSet<>();
            s.countryYears().forEach(cy -> geos.add(cy.get(0)));
            var report = store.reportOf(s.id());
            for (String geo : geos) {
                checks.addAll(ReportStage.checks(geo, s.id(), report));
            }
        }
        return checks;
    }
}
