package eu.cyberstat.cli;

import eu.cyberstat.ingest.Observation;
import eu.cyberstat.ingest.store.Snapshot;
import eu.cyberstat.ingest.store.Submission;
import eu.cyberstat.ingest.store.SubmissionNote;
import eu.cyberstat.ingest.store.SubmissionStore;
import eu.cyberstat.pipeline.AsOf;
import eu.cyberstat.pipeline.storage.Warehouse;
import eu.cyberstat.reference.YearRanges;
import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.ReferenceData;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cyberstat submissions}: the history of accepted submissions and what is in force. */
@Command(name = "submissions", mixinStandardHelpOptions = true,
        description = "Lists accepted submissions in the order they were committed, with the country-years each "
            + "still provides (in force) as of now or as of an instant, and the notes given with their figures; "
            + "superseded ones stay in the history. With --year, also the Member States that have no figures in "
            + "force for that year yet.")
public final class SubmissionsCommand implements Callable<Integer> {

    private static final int NOTES_SHOWN = 5;

    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "INSTANT", description = "Show the warehouse as it was at this date or instant.")
    String asOf;

    @Option(names = "--country", paramLabel = "CC", converter = CountryOption.class, description = "Only submissions with figures for this country.")
    String country;

    @Option(names = "--year", paramLabel = "YYYY", description = "Only submissions with figures for this reference "
            + "year, then the Member States with none in force for it (the deliveries still to chase).")
    Integer year;

    @Mixin
    WarehouseOptions warehouseOptions;

    @Override
    public Integer call() {
        Instant instant = AsOf.parse(asOf); // a mistake on the command line is said before anything is opened
        Warehouse warehouse = Warehouse.open(warehouseOptions.settings().warehouseDir());
        SubmissionStore store = warehouse.submissions();
        Snapshot snapshot = store.log().snapshot(instant);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-32s %-24s %7s %-9s %s%n", "submission", "committed (UTC)", "figures", "in force", "file");
        for (var commit : snapshot.commits()) {
            Submission s = Submission.of(commit);
            List<List<String>> owned = snapshot.partitionsOwnedBy(commit);
            if (country != null && s.countryYears().stream().noneMatch(cy -> cy.get(0).equals(country))
                    || year != null && s.countryYears().stream().noneMatch(cy -> cy.get(1).equals(year.toString()))) {
                continue;
            }
            String inForce = owned.isEmpty() ? "no" : owned.size() == s.countryYears().size() ? "yes" : "partly";
            out.printf("%-32s %-24s %7d %-9s %s%n", s.id(), s.committedAt(), s.rows(), inForce, s.fileName());
            printNotes(out, store.figuresOf(s.id()));
        }
        if (year != null) {
            Set<String> delivered = SubmissionStore.countriesWithFigures(snapshot, year);
            List<String> missing = ReferenceData.shipped().countries().eu27().stream().map(Country::geo)
                    .filter(geo -> !delivered.contains(geo)).toList();
            out.printf("%nMember States with figures for %d in force: %d of %d.%s%n", year,
                    ReferenceData.shipped().countries().eu27().size() - missing.size(),
                    ReferenceData.shipped().countries().eu27().size(),
                    missing.isEmpty() ? "" : " None yet from: " + String.join(" ", missing) + ".");
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The notes given with a submission's figures, made safe for a terminal; the first few when there are many. */
    private static void printNotes(PrintWriter out, List<Observation> figures) {
        List<SubmissionNote> notes = SubmissionNote.of(figures);
        notes.stream().limit(NOTES_SHOWN).forEach(n -> out.printf("    note (%s %s, %d figure%s): \"%s\"%n", n.geo(),
                YearRanges.format(n.years()), n.figures(), n.figures() == 1 ? "" : "s", n.shown()));
        if (notes.size() > NOTES_SHOWN) {
            out.printf("    ... and %d more notes%n", notes.size() - NOTES_SHOWN);
        }
    }
}
