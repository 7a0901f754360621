package eu.cyberstat.cli;

import eu.cyberstat.failure.CyberstatException;
import eu.cyberstat.pipeline.GitRevision;
import eu.cyberstat.pipeline.SoftwareVersion;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/** The {@code cyberstat} command line. */
@Command(name = "cyberstat", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Validates national cybercrime statistics and alert-platform exports, keeps them in a "
                + "Parquet warehouse, computes trend metrics and renders the annual European cybercrime report.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ValidateCommand.class,
            SubmitCommand.class,
            SubmissionsCommand.class,
            RunCommand.class,
            RunsCommand.class,
            DemoCommand.class,
            IngestAlertsCommand.class,
            AlertMetricsCommand.class,
            ImportPopulationCommand.class,
            WarehouseCommand.class,
        })
public final class Main implements Runnable {

    /** Shared with every subcommand: {@code cyberstat run --verbose} and {@code cyberstat --verbose run} alike. */
    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Also print what cyberstat does step by step, the warnings of Spark, Hadoop and POI, and "
                    + "the details of an internal error. Without it only cyberstat's own messages are printed.")
    boolean verbose;

    private CommandLine self;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    /** Runs the command line with its output captured (for tests and embedding). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(commandLine(), out, err, args);
    }

    /** Runs {@code cli} (this command line, perhaps with more commands) with its output captured. */
    public static int run(CommandLine cli, PrintWriter out, PrintWriter err, String... args) {
        cli.setOut(out);
        cli.setErr(err);
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    public static CommandLine commandLine() {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        main.self = cli;
        cli.setExecutionExceptionHandler(main::handle);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionStrategy(parseResult -> {
            if (main.verbose) {
                Verbosity.verbose();
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        // -V on a subcommand (mixed in with --help) prints the same as on cyberstat itself.
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setHelpFactory(WordWrappingHelp::new);
        cli.setUsageHelpAutoWidth(true);
        return cli;
    }

    /** {@code cyberstat} alone: what it can do. */
    @Override
    public void run() {
        self.usage(self.getOut());
    }

    /**
     * A failure cyberstat explains is its sentence and an exit status chosen by its kind, never a
     * stack trace: bad input and storage failures exit 2, something missing, forbidden or in
     * conflict exits 1 (see {@link ExitCode}). Anything else is an internal error.
     */
    private int handle(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        if (e instanceof CyberstatException || e instanceof UncheckedIOException) {
            err.println("cyberstat: " + e.getMessage());
        } else {
            err.println("cyberstat: internal error: " + e);
            if (verbose || Boolean.getBoolean("cyberstat.debug")) {
                e.printStackTrace(err);
            } else {
                err.println("(run the command again with --verbose for details)");
            }
        }
        err.flush();
        return ExitCode.of(e);
    }

    /** A mistake on the command line: the message and where to read more, not the whole usage. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("cyberstat: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("See '" + cli.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitCode.USAGE_OR_IO;
    }

    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String revision = GitRevision.current();
            return new String[] {
                "cyberstat " + SoftwareVersion.version() + (revision == null ? "" : " (git " + revision + ")"),
                "Java " + Runtime.version() + ", Spark " + SoftwareVersion.sparkVersion()};
        }
    }
}
