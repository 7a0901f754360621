package eu.cyberstat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.cyberstat.app.Application;
import eu.cyberstat.app.Receipt;
import eu.cyberstat.app.SubmitFile;
import eu.cyberstat.ingest.format.InputFormat;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.reference.YearRanges;
import eu.cyberstat.warehousing.CountryYear;
import eu.cyberstat.warehousing.FigureRevision;
import eu.cyberstat.warehousing.RevisionPreview;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cyberstat submit}: validate a national-statistics file and, if accepted, load it into the warehouse. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Validates a national statistics file and, if it is accepted, keeps the raw file with its "
            + "SHA-256 and loads its figures into the warehouse. A later submission for the same country and year "
            + "supersedes an earlier one; history is kept. Submitting the same file again changes nothing.",
            "Before loading, says what the file changes against the figures in force for its countries and years: "
            + "figures changed, added, and no longer published (a country-year is replaced as a whole, so a figure "
            + "the file leaves out is withdrawn). Withdrawing figures needs --replace."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:accepted, or a duplicate (nothing written)",
            "1:rejected, or it would withdraw figures and --replace was not given (nothing written)",
            "2:usage error, or a file that cannot be read"})
public final class SubmitCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    /** How many figures of each kind the text output lists (--json lists them all). */
    static final int LISTED = 10;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to submit (CSV, SDMX-CSV, Eurostat TSV, .xlsx).")
    Path file;

    @Option(names = "--country", paramLabel = "CC", converter = CountryOption.class,
            description = "Submit for this country only (Eurostat geo code): every row must be this country.")
    String country;

    @Option(names = "--profile", paramLabel = "FILE", description = "Mapping profile of a national format (YAML).")
    Path profile;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatOption.class,
            description = "Force the format: project-csv, sdmx-csv-1, sdmx-csv-2, eurostat-tsv, xlsx, profile.")
    InputFormat format;

    @Option(names = "--restate", description = "Accept the file even if this very file was accepted before, to make "
            + "its figures current again after a later revision.")
    boolean restate;

    @Option(names = "--replace", description = "Accept the file even though it leaves out figures in force for its "
            + "countries and years: those figures are withdrawn (no longer published).")
    boolean replace;

    @Option(names = "--note", paramLabel = "TEXT", description = "What to say of the whole file, e.g. why it revises "
            + "earlier figures: kept with the submission and shown with its figures' notes (submissions listing, "
            + "feedback sheet, the report's revision notes).")
    String note;

    @Option(names = "--json", description = "Print the validation report, the revisions and the receipt as JSON.")
    boolean json;

    @Mixin
    WarehouseOptions warehouseOptions;

    @Override
    public Integer call() throws Exception {
        // Spark starts only if the file is accepted: validation alone stays fast.
        try (Application app = Application.start(warehouseOptions.settings(), "cyberstat submit")) {
            SubmitFile.Outcome outcome = new SubmitFile(app).submit(new SubmitFile.Request(file,
                    new ValidationRequest(country, profile, format), restate, replace, note));
            print(outcome);
            Receipt r = outcome.receipt();
            return r.isRejected() || r.isUnconfirmed() ? ExitCode.REJECTED : ExitCode.OK;
        }
    }

    private void print(SubmitFile.Outcome outcome) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Receipt r = outcome.receipt();
        if (json) {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("validation", JSON.readTree(outcome.report().toJson()));
            if (outcome.revisions() != null) {
                all.put("revisions", outcome.revisions());
            }
            all.put("receipt", r);
            out.println(JSON.writeValueAsString(all));
            out.flush();
            return;
        }
        ValidationPrinter.print(outcome.validated(), out);
        if (outcome.revisions() != null) {
            printRevisions(outcome.revisions(), out);
        }
        switch (r.status()) {
            case Receipt.ACCEPTED -> {
                out.printf("Accepted: submission %s%n  file     %s (%d bytes)%n  sha256   %s%n  figures  %d%n"
                        + "  warnings %d%n  committed %s%n", r.submissionId(), r.file(), r.bytes(), r.sha256(), r.rows(),
                        r.warnings(), r.committedAt());
                r.supersedes().forEach((id, cys) -> out.printf("  supersedes %s for %s%n", id,
                        cys.stream().map(CountryYear::toString).toList()));
            }
            case Receipt.DUPLICATE -> out.printf("Duplicate: this file (sha256 %s) was already accepted as submission %s"
                    + " (committed %s); nothing was written (use --restate to make its figures current again).%n", r.sha256(), r.duplicateOf(), r.committedAt());
            case Receipt.UNCONFIRMED -> out.printf("Not loaded: this file would withdraw %s in force (listed above). "
                    + "Add them to the file, or submit it again with --replace to withdraw them.%n",
                    figures(outcome.revisions().dropped()));
            default -> out.printf("Rejected: nothing was loaded. The file is kept as %s for the record; correct the "
                    + "errors above and submit again.%n", r.submissionId());
        }
        out.flush();
    }

    /** "Against the figures in force for LU 2021–2022: 1 changed, 2 added, 1 no longer published, 40 unchanged." */
    static void printRevisions(RevisionPreview revisions, PrintWriter out) {
        out.printf("Against the figures in force for %s: %d changed, %d added, %d no longer published, %d unchanged.%n",
                countryYears(revisions.countryYears()), revisions.changed(), revisions.added(), revisions.dropped(),
                revisions.unchanged());
        list(out, "Changed", revisions.of(FigureRevision.Kind.CHANGED));
        list(out, "No longer published", revisions.of(FigureRevision.Kind.DROPPED));
    }

    private static void list(PrintWriter out, String title, List<FigureRevision> figures) {
        if (figures.isEmpty()) {
            return;
        }
        out.println(title + ":");
        figures.stream().limit(LISTED).forEach(f -> out.printf("  %-40s %s%n", f.describeKey(), change(f)));
        if (figures.size() > LISTED) {
            out.printf("  ... and %d more (--json lists them all)%n", figures.size() - LISTED);
        }
    }

    /** "120 p → 130", "120 (no longer published)" */
    private static String change(FigureRevision f) {
        String before = value(f.before(), f.flagsBefore());
        return f.kind() == FigureRevision.Kind.DROPPED ? before : before + " → " + value(f.after(), f.flagsAfter());
    }

    private static String value(Long value, String flags) {
        String v = value == null ? ":" : String.format(Locale.ROOT, "%,d", value);
        return flags.isEmpty() ? v : v + " " + flags;
    }

    /** "BE 2022; LU 2013–2015, 2019" */
    private static String countryYears(List<CountryYear> countryYears) {
        Map<String, List<Integer>> years = new LinkedHashMap<>();
        countryYears.forEach(cy -> years.computeIfAbsent(cy.geo(), k -> new java.util.ArrayList<>()).add(cy.year()));
        return String.join("; ", years.entrySet().stream().map(e -> e.getKey() + " " + YearRanges.format(e.getValue()))
                .toList());
    }

    private static String figures(long n) {
        return n + (n == 1 ? " figure" : " figures");
    }
}
