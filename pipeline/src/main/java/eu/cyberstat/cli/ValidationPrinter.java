package eu.cyberstat.cli;

import eu.cyberstat.ingest.validation.ValidatedFile;
import eu.cyberstat.problem.Issue;
import eu.cyberstat.problem.RepeatedIssues;
import eu.cyberstat.problem.ValidationReport;
import java.io.PrintWriter;
import java.util.List;

/** A validation report as the terminal shows it (validate and submit print it alike). */
final class ValidationPrinter {

    private ValidationPrinter() {
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
}
