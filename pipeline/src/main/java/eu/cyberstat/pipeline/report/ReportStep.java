package eu.cyberstat.pipeline.report;

import eu.cyberstat.ingest.Observation;
import eu.cyberstat.ingest.store.Commit;
import eu.cyberstat.ingest.store.RejectedUpload;
import eu.cyberstat.ingest.store.Snapshot;
import eu.cyberstat.ingest.store.Submission;
import eu.cyberstat.ingest.store.SubmissionNote;
import eu.cyberstat.ingest.store.SubmissionStore;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.run.RunContext;
import eu.cyberstat.pipeline.run.RunStep;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.reports.ReportSet;
import eu.cyberstat.reports.model.RejectedDelivery;
import eu.cyberstat.reports.model.ReportData;
import eu.cyberstat.reports.model.SubmissionCheck;
import eu.cyberstat.reports.model.SubmissionInForce;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
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
        SubmissionStore store = context.warehouse().submissions();
        Instant asOf = context.provenance().asOf();
        List<RejectedUpload> rejected = rejectedSinceLastAccepted(store, asOf);
        List<SubmissionCheck> checks = checks(store, context);
        for (RejectedUpload r : rejected) {
            for (String geo : r.countries()) {
                checks.addAll(ReportStage.checks(geo, r.id(), r.report()));
            }
        }
        ReportData data = new ReportData(context.provenance(), reference, context.figures(), context.keyFindings(),
                context.alertFigures(), checks, inForce(store, asOf), rejectedDeliveries(rejected));
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

    /**
     * The submissions in force as of the run's vintage, one entry per country they provide: the
     * years in force, which of them an earlier submission had given (revised), and the notes given
     * with the figures in force.
     */
    static List<SubmissionInForce> inForce(SubmissionStore store, Instant asOf) {
        Snapshot snapshot = store.log().snapshot(asOf);
        Set<List<String>> givenBefore = new HashSet<>();
        Set<Commit> effective = new HashSet<>(snapshot.effectiveCommits());
        List<SubmissionInForce> out = new ArrayList<>();
        for (Commit c : snapshot.commits()) {
            if (effective.contains(c)) {
                Submission s = Submission.of(c);
                Set<List<String>> owned = new HashSet<>(snapshot.partitionsOwnedBy(c));
                Map<String, List<Observation>> byGeo = new TreeMap<>();
                for (Observation o : store.figuresOf(c.id())) {
                    if (owned.contains(List.of(o.geo(), Integer.toString(o.year())))) {
                        byGeo.computeIfAbsent(o.geo(), g -> new ArrayList<>()).add(o);
                    }
                }
                byGeo.forEach((geo, figures) -> {
                    List<Integer> years = figures.stream().map(Observation::year).distinct().sorted().toList();
                    List<Integer> revised = years.stream()
                            .filter(y -> givenBefore.contains(List.of(geo, Integer.toString(y)))).toList();
                    out.add(new SubmissionInForce(s.id(), s.fileName(), s.committedAt(), geo, years, figures.size(),
                            revised, SubmissionNote.of(figures)));
                });
            }
            givenBefore.addAll(c.partitions());
        }
        return out;
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
            s.countryYears().forEach(cy -> lastAccepted.merge(cy.get(0), s.committedAt(), (a, b) -> a.isAfter(b) ? a : b));
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
            s.countryYears().forEach(cy -> geos.add(cy.get(0)));
            var report = store.reportOf(s.id());
            for (String geo : geos) {
                checks.addAll(ReportStage.checks(geo, s.id(), report));
            }
        }
        return checks;
    }
}
