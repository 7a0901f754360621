package eu.cyberstat.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the cyberstat command line in-process and captures what it prints. */
public record Cli(int status, String out, String err) {

    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Cli(status, out.toString(), err.toString());
    }
}
