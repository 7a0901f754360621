package eu.cyberstat.web.cli;

import eu.cyberstat.cli.Main;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The launcher's entry point: the pipeline's command line ({@link Main}) with the portal's
 * commands, {@code serve} and {@code accounts}, added on top. It lives here, in the topmost
 * module, so that the pipeline never depends on the web service; {@code spark-submit} can still
 * run {@link Main} from the pipeline's jar alone.
 */
public final class Cyberstat {

    private Cyberstat() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The whole command line: every batch command and the portal's. */
    public static CommandLine commandLine() {
        CommandLine cli = Main.commandLine();
        cli.addSubcommand(new CommandLine(new ServeCommand()));
        cli.addSubcommand(new CommandLine(new AccountsCommand()));
        // Main's settings reach the commands that existed when it made them: set them again for these.
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setHelpFactory(cli.getHelpFactory());
        cli.setUsageHelpAutoWidth(true);
        for (String name : new String[] {"serve", "accounts"}) {
            setVersion(cli.getSubcommands().get(name));
        }
        return cli;
    }

    private static void setVersion(CommandLine command) {
        command.getCommandSpec().versionProvider(new Main.Version());
        command.getSubcommands().values().forEach(Cyberstat::setVersion);
    }

    /** Runs the command line with its output captured (for tests and embedding); returns the exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return Main.run(commandLine(), out, err, args);
    }
}
