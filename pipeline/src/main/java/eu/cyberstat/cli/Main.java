package eu.cyberstat.cli;

import eu.cyberstat.ingest.InputException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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
            DemoCommand.class,
            IngestAlertsCommand.class,
            AlertMetricsCommand.class,
            ImportPopulationCommand.class,
        })
public final class Main {

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
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::handle);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    /** A user's mistake or an unreadable input is a sentence and exit 2, never a stack trace. */
    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        if (e instanceof InputException || e instanceof UncheckedIOException) {
            err.println("cyberstat: " + e.getMessage());
        } else {
            err.println("cyberstat: internal error: " + e);
            if (Boolean.getBoolean("cyberstat.debug")) {
                e.printStackTrace(err);
            } else {
                err.println("(run with JAVA_OPTS=-Dcyberstat.debug=true for details)");
            }
        }
        err.flush();
        return ExitCode.USAGE_OR_IO;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cyberstat " + softwareVersion()};
        }
    }

    /** The version of this build, as recorded in run manifests. */
    public static String softwareVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
