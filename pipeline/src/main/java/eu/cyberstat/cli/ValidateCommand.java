package eu.cyberstat.cli;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.ValidateFile;
import eu.cyberstat.ingest.format.InputFormat;
import eu.cyberstat.ingest.validation.ValidationRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cyberstat validate FILE}: checks a national statistics file and prints the report. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {
            "Checks a national statistics file without storing it: the format (detected, or forced with --format), "
                    + "every code, number and year, duplicates, children against parents, and year-on-year "
                    + "plausibility. Prints every problem with its line and column; errors reject the file, warnings "
                    + "do not.",
            "Formats: the project CSV (docs/data-format.md), Eurostat SDMX-CSV 1.0 and 2.0, Eurostat TSV, Excel "
                    + "workbooks, and national layouts through a mapping profile (templates/profiles/).",
            "Each figure is also compared with the previous year already in the warehouse, if there is one."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:accepted (warnings allowed)", "1:rejected (see the errors)",
            "2:usage error, or a file or profile that cannot be read"})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The file to validate (.csv, .tsv, .txt, .xlsx, .xls; gzip allowed).")
    Path file;

    @Option(names = "--country", paramLabel = "CC", converter = CountryOption.class,
            description = "Your country's Eurostat geo code (EL for Greece): every figure must be for it.")
    String country;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "A mapping profile (YAML) for a national layout, see templates/profiles/.")
    Path profile;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatOption.class,
            description = "Force the format instead of detecting it: project-csv, sdmx-csv-1, sdmx-csv-2, "
                    + "eurostat-tsv, xlsx, profile.")
    InputFormat format;

    @Option(names = "--json", description = "Print the report as JSON (status, rows, errors, warnings) instead of text.")
    boolean json;

    /** --warehouse (whose figures the year-on-year check compares with) and --config (validation.* keys). */
    @Mixin
    WarehouseOptions warehouse;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Application app = Application.start(warehouse.settings(), "cyberstat validate")) {
            ValidateFile.Result result = new ValidateFile(app)
                    .validate(new ValidateFile.Request(file, new ValidationRequest(country, profile, format)));
            result.missingWarehouse().ifPresent(dir -> {
                spec.commandLine().getErr().printf("No warehouse at %s: the figures are not compared with earlier "
                        + "years held there.%n", dir);
                spec.commandLine().getErr().flush();
            });
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(result.validated().report().toJson());
            } else {
                ValidationPrinter.print(result.validated(), out);
            }
            out.flush();
            return result.isAccepted() ? ExitCode.OK : ExitCode.REJECTED;
        }
    }
}
