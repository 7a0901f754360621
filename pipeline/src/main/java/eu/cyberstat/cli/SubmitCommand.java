package eu.cyberstat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.cyberstat.ingest.validation.InputFormat;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.spark.LazySparkSession;
import eu.cyberstat.pipeline.storage.Receipt;
import eu.cyberstat.pipeline.storage.SubmissionIntake;
import eu.cyberstat.pipeline.storage.Warehouse;
import eu.cyberstat.reference.ReferenceData;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cyberstat submit}: validate a national-statistics file and, if accepted, load it into the warehouse. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Validates a national statistics file and, if it is accepted, keeps the raw file with its "
            + "SHA-256 and loads its figures into the warehouse. A later submission for the same country and year "
            + "supersedes an earlier one; history is kept. Submitting the same file again changes nothing.",
            "Exit status: 0 accepted (or duplicate), 1 rejected, 2 usage or I/O error."})
public final class SubmitCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to submit (CSV, SDMX-CSV, Eurostat TSV, .xlsx).")
    Path file;

    @Option(names = "--country", paramLabel = "CC",
            description = "Submit for this country only (Eurostat geo code): every row must be this country.")
    String country;

    @Option(names = "--profile", paramLabel = "FILE", description = "Mapping profile of a national format (YAML).")
    Path profile;

    @Option(names = "--format", paramLabel = "FORMAT", converter = ValidateCommand.FormatConverter.class,
            description = "Force the format: project-csv, sdmx-csv-1, sdmx-csv-2, eurostat-tsv, xlsx, profile.")
    InputFormat format;

    @Option(names = "--restate", description = "Accept the file even if this very file was accepted before, to make "
            + "its figures current again after a later revision.")
    boolean restate;

    @Option(names = "--json", description = "Print the validation report and the receipt as JSON.")
    boolean json;

    @Mixin
    WarehouseOptions warehouseOptions;

    @Override
    public Integer call() throws Exception {
        Settings settings = warehouseOptions.settings();
        Warehouse warehouse = Warehouse.open(settings.warehouseDir());
        // Spark starts only if the file is accepted: validation alone stays fast.
        try (LazySparkSession spark = new LazySparkSession(settings, "cyberstat submit")) {
            SubmissionIntake.Outcome outcome = new SubmissionIntake(warehouse, ReferenceData.shipped(),
                    ValidateCommand.validationSettings(settings), spark)
                    .submit(file, new ValidationRequest(country, profile, format), restate);
            print(outcome);
            return outcome.receipt().isRejected() ? ExitCode.REJECTED : ExitCode.OK;
        }
    }

    private void print(SubmissionIntake.Outcome outcome) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Receipt r = outcome.receipt();
        if (json) {
            Map<String, Object> both = new LinkedHashMap<>();
            both.put("validation", JSON.readTree(outcome.report().toJson()));
            both.put("receipt", r);
            out.println(JSON.writeValueAsString(both));
            return;
        }
        ValidateCommand.print(outcome.validated(), out);
        switch (r.status()) {
            case Receipt.ACCEPTED -> {
                out.printf("Accepted: submission %s%n  file     %s (%d bytes)%n  sha256   %s%n  figures  %d%n"
                        + "  warnings %d%n  committed %s%n", r.submissionId(), r.file(), r.bytes(), r.sha256(), r.rows(),
                        r.warnings(), r.committedAt());
                r.supersedes().forEach((id, cys) -> out.printf("  supersedes %s for %s%n", id,
                        cys.stream().map(cy -> cy.get(0) + " " + cy.get(1)).toList()));
            }
            case Receipt.DUPLICATE -> out.printf("Duplicate: this file (sha256 %s) was already accepted as submission %s"
                    + " (committed %s); nothing was written (use --restate to make its figures current again).%n", r.sha256(), r.duplicateOf(), r.committedAt());
            default -> out.printf("Rejected: nothing was loaded. The file is kept as %s for the record; correct the "
                    + "errors above and submit again.%n", r.submissionId());
        }
        out.flush();
    }
}
