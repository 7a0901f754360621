package eu.cyberstat.cli;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.ListSubmissions;
import eu.cyberstat.figure.SubmissionNote;
import eu.cyberstat.pipeline.AsOf;
import eu.cyberstat.reference.YearRanges;
import eu.cyberstat.warehousing.Submission;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
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
        ListSubmissions.Result result;
        try (Application app = Application.start(warehouseOptions.settings(), "cyberstat submissions")) {
            result = new ListSubmissions(app).list(new ListSubmissions.Query(instant, country, year));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-32s %-24s %7s %-9s %s%n", "submission", "committed (UTC)", "figures", "in force", "file");
        for (ListSubmissions.Entry e : result.submissions()) {
            Submission s = e.submission().submission();
            String inForce = !e.submission().isAtAll() ? "no" : e.submission().isFully() ? "yes" : "partly";
            out.printf("%-32s %-24s %7d %-9s %s%n", s.id(), s.committedAt(), s.rows(), inForce, s.fileName());
            printNotes(out, e.notes());
        }
        result.deliveries().ifPresent(d -> out.printf("%nMember States with figures for %d in force: %d of %d.%s%n",
                d.year(), d.delivered(), d.memberStates(),
                d.missing().isEmpty() ? "" : " None yet from: " + String.join(" ", d.missing()) + "."));
        out.flush();
        return ExitCode.OK;
    }

    /** The notes given with a submission's figures, made safe for a terminal; the first few when there are many. */
    private static void printNotes(PrintWriter out, List<SubmissionNote> notes) {
        notes.stream().limit(NOTES_SHOWN).forEach(n -> out.printf("    note (%s %s, %d figure%s): \"%s\"%n", n.geo(),
                YearRanges.format(n.years()), n.figures(), n.figures() == 1 ? "" : "s", n.shown()));
        if (notes.size() > NOTES_SHOWN) {
            out.printf("    ... and %d more notes%n", notes.size() - NOTES_SHOWN);
        }
    }
}
