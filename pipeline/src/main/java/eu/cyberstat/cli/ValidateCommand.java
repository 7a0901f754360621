package eu.cyberstat.cli;

import eu.cyberstat.ingest.InputException;
import eu.cyberstat.ingest.validation.InputFormat;
import eu.cyberstat.ingest.validation.Issue;
import eu.cyberstat.ingest.validation.PriorFigures;
import eu.cyberstat.ingest.validation.RepeatedIssues;
import eu.cyberstat.ingest.validation.StatisticsValidator;
import eu.cyberstat.ingest.validation.ValidatedFile;
import eu.cyberstat.ingest.validation.ValidationReport;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.ingest.validation.ValidationSettings;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.storage.Warehouse;
import eu.cyberstat.reference.ReferenceData;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
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

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
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
        Settings settings = warehouse.settings();
        // Figures already in the warehouse (none when there is no warehouse yet): a new year is
        // compared with the previous one held there. A warehouse named but absent is said, not created.
        Optional<Warehouse> found = Warehouse.find(settings.warehouseDir());
        PriorFigures prior = found.map(w -> w.submissions().priorFigures(null)).orElse(PriorFigures.NONE);
        if (found.isEmpty() && settings.get(Settings.WAREHOUSE_DIR).isPresent()) {
            spec.commandLine().getErr().printf("No warehouse at %s: the figures are not compared with earlier years "
                    + "held there.%n", settings.warehouseDir().toAbsolutePath().normalize());
            spec.commandLine().getErr().flush();
        }
        StatisticsValidator validator = new StatisticsValidator(ReferenceData.shipped(), prior,
                validationSettings(settings));
        ValidatedFile result = validator.validate(file, new ValidationRequest(country, profile, format));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(result.report().toJson());
        } else {
            print(result, out);
        }
        out.flush();
        return result.isAccepted() ? ExitCode.OK : ExitCode.REJECTED;
    }

    /** The validation limits of a settings file (keys {@code validation.*}, see {@link ValidationSettings}). */
    public static ValidationSettings validationSettings(Settings settings) {
        try {
            return ValidationSettings.from(settings::get);
        } catch (IllegalArgumentException e) {
            throw new InputException("Invalid validation setting: " + e.getMessage());
        }
    }

    /** The summary line, then each issue on its own line: "line L, column C: CODE message". */
    static void print(ValidatedFile result, PrintWriter out) {
        ValidationReport r = result.report();
        String format = result.format() == null ? "format not recognised" : result.format().label();
        String how = r.encoding().isEmpty() ? format : format + ", " + r.encoding();
        out.printf("%s: %s (%s): %s, %s, %s%n", r.file(), r.status(), how, count(r.rows(), "figure") + " accepted",
                count(r.errors().size(), "error"), count(r.warnings().size(), "warning"));
        section(out, "Errors", r.errors());
        section(out, "Warnings", r.warnings());
    }

    /** Each problem a few times, then "… and 97 more rows, lines 4–100" (the JSON report lists every one). */
    private static void section(PrintWriter out, String title, List<Issue> issues) {
        if (!issues.isEmpty()) {
            out.println(title + ":");
            for (RepeatedIssues.Group g : RepeatedIssues.group(issues)) {
                g.shown().forEach(i -> out.println(i.describe()));
                if (g.more() != null) {
                    out.println("  " + g.more());
                }
            }
        }
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Accepts the format names in any case, with '-' or '_': "sdmx-csv-2", "SDMX_CSV_2". */
    static final class FormatConverter implements CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                return InputFormat.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a format; use one of "
                        + String.join(", ", Arrays.stream(InputFormat.values())
                        .map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()));
            }
        }
    }
}
