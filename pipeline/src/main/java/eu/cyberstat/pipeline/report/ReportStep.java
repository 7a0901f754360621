package eu.cyberstat.pipeline.report;

import eu.cyberstat.figure.SubmissionNote;
import eu.cyberstat.pipeline.Installation;
import eu.cyberstat.warehousing.RejectedUpload;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.run.RunContext;
import eu.cyberstat.pipeline.run.RunProduct;
import eu.cyberstat.pipeline.run.RunStep;
import eu.cyberstat.problem.Issue;
import eu.cyberstat.problem.ValidationReport;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.reports.RenderedDocument;
import eu.cyberstat.reports.ReportSet;
import eu.cyberstat.reports.model.RejectedDelivery;
import eu.cyberstat.reports.model.ReportData;
import eu.cyberstat.reports.model.SubmissionCheck;
import eu.cyberstat.reports.model.SubmissionInForce;
import eu.cyberstat.warehousing.Submission;
import eu.cyberstat.warehousing.SubmissionStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The last step of the annual run: the report set (PDF in three languages, workbooks, country
 * feedback sheets) from the figures, key findings and alert figures of this run, and the
 * submissions in force: their validation issues, revisions and notes. Its files are hashed into
 * the manifest.
 */
public final class ReportStep implements RunStep {

    /** The report templates folder; relative paths resolve against the installation ({@code cyberstat.home}). */
    public static final String TEMPLATES_DIR = "report.templates.dir";
    public static final String TEMPLATES_DIR_DEFAULT = "templates/report";

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
    public Set<RunProduct<?>> reads() {
        return Set.of(RunProduct.FIGURES, RunProduct.KEY_FINDINGS, RunProduct.ALERT_FIGURES);
    }

    @Override
    public void run(RunContext context) {
        SubmissionStore store = context.warehouse().submissions();
        Instant asOf = context.provenance().asOf();
        List<RejectedUpload> rejected = rejectedSinceLastAccepted(store, asOf);
        List<SubmissionCheck> checks = checks(store, context);
        for (RejectedUpload r : rejected) {
            for (String geo : r.countries()) {
                checks.addAll(checks(geo, r.id(), r.report()));
            }
        }
        ReportData data = new ReportData(context.provenance(), reference, context.get(RunProduct.FIGURES),
                context.get(RunProduct.KEY_FINDINGS), context.get(RunProduct.ALERT_FIGURES), checks, inForce(store, asOf),
                rejectedDeliveries(rejected));
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
        // Every document is rendered before the first is published, so a template error writes nothing.
        for (RenderedDocument document : ReportSet.render(data, templatesDir(settings), documents)) {
            context.write(document.name(), null, out -> out.write(document.bytes()));
        }
    }

    public static Path templatesDir(Settings settings) {
        return Installation.resolve(Path.of(settings.get(TEMPLATES_DIR, TEMPLATES_DIR_DEFAULT)));
    }

    /**
     * The submissions in force as of the run's vintage, one entry per country they provide: the
     * years in force, which of them an earlier submission had given (revised), and the notes given
     * with the figures in force.
     */
    static List<SubmissionInForce> inForce(SubmissionStore store, Instant asOf) {
        return store.deliveries(asOf).stream().map(d -> new SubmissionInForce(d.submission().id(),
                d.submission().fileName(), d.submission().committedAt(), d.geo(), d.years(), d.figures().size(),
                d.revisedYears(), SubmissionNote.of(d.submission().note(), d.figures()))).toList();
    }

    /**
     * The uploads rejected as of {@code asOf} that no accepted delivery of their country followed:
     * what the country's national contact has still to correct. An upload for several countries
     * (an operator's extract) stays as long as one of them has not delivered since.
     */
    static List<RejectedUpload> rejectedSinceLastAccepted(SubmissionStore store, Instant asOf) {
        Map<String, Instant> lastAccepted = new TreeMap<>();
        for (Submission s : store.history()) {
            if (asOf != null && s.committedAt().isAfter(asOf)) {
                continue;
            }
            s.countryYears().forEach(cy -> lastAccepted.merge(cy.geo(), s.committedAt(), (a, b) -> a.isAfter(b) ? a : b));
        }
        List<RejectedUpload> out = new ArrayList<>();
        for (RejectedUpload r : store.rejected()) {
            if (asOf != null && r.receivedAt().isAfter(asOf)) {
                continue;
            }
            List<String> open = r.countries().stream()
                    .filter(geo -> !lastAccepted.containsKey(geo) || lastAccepted.get(geo).isBefore(r.receivedAt())).toList();
            if (!open.isEmpty()) {
                out.add(new RejectedUpload(r.id(), r.file(), open, r.receivedAt(), r.report()));
            }
        }
        return out;
    }

    private static List<RejectedDelivery> rejectedDeliveries(List<RejectedUpload> rejected) {
        List<RejectedDelivery> out = new ArrayList<>();
        for (RejectedUpload r : rejected) {
            for (String geo : r.countries()) {
                out.add(new RejectedDelivery(geo, r.id(), r.file(), r.receivedAt(), r.report().errors().size()));
            }
        }
        return out;
    }

    /** Every issue raised on the submissions in force, listed for each country a submission covers. */
    static List<SubmissionCheck> checks(SubmissionStore store, RunContext context) {
        List<SubmissionCheck> checks = new ArrayList<>();
        for (Submission s : store.effective(context.provenance().asOf())) {
            Set<String> geos = new LinkedHashSet<>();
            s.countryYears().forEach(cy -> geos.add(cy.geo()));
            var report = store.reportOf(s.id());
            for (String geo : geos) {
                checks.addAll(checks(geo, s.id(), report));
            }
        }
        return checks;
    }

    /**
     * The issues of one submission's validation report as the checks its country's feedback
     * sheet lists, errors and warnings alike.
     */
    static List<SubmissionCheck> checks(String geo, String submissionId, ValidationReport report) {
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
