package eu.cyberstat.web.page;

import eu.cyberstat.problem.CheckMessages;
import eu.cyberstat.problem.Checks;
import eu.cyberstat.problem.Issue;
import eu.cyberstat.problem.ValidationReport;
import eu.cyberstat.reference.Language;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A validation report as the pages show it and as its CSV download lists it: errors then warnings,
 * grouped by check in the order each first occurs, each group counted, titled in the page's
 * language and with what the check means (docs/validation.md); each problem with its line, column
 * and message. The JSON download is the report itself, as {@code cyberstat validate --json}.
 */
public final class ReportView {

    /** How many problems of one check a page lists; the downloads list all. */
    public static final int LISTED = 50;

    /** One problem as a row of the page. */
    public record Row(String line, String column, String message) {
    }

    /** One check's problems. */
    public record Group(String code, String title, String meaning, int count, List<Row> rows, int more) {
    }

    private static final Map<String, String> MEANINGS = new LinkedHashMap<>();

    static {
        Checks.all().forEach(c -> MEANINGS.put(c.code(), c.meaning()));
    }

    private ReportView() {
    }

    /** The groups of a list of issues (errors or warnings). */
    public static List<Group> groups(List<Issue> issues, Language lang) {
        Map<String, List<Issue>> byCode = new LinkedHashMap<>();
        issues.forEach(i -> byCode.computeIfAbsent(i.code(), k -> new ArrayList<>()).add(i));
        List<Group> out = new ArrayList<>();
        byCode.forEach((code, same) -> out.add(new Group(code, title(code, lang), MEANINGS.getOrDefault(code, ""),
                same.size(), same.stream().limit(LISTED).map(i -> new Row(i.line() > 0 ? Long.toString(i.line()) : "",
                        i.column(), message(i, lang))).toList(), Math.max(0, same.size() - LISTED))));
        return out;
    }

    /** The report as CSV: one line per problem, errors first, in English like the JSON. */
    public static String csv(ValidationReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord("level", "line", "column", "code", "title", "message", "meaning");
            for (Issue i : report.errors()) {
                row(csv, "error", i);
            }
            for (Issue i : report.warnings()) {
                row(csv, "warning", i);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void row(CSVPrinter csv, String level, Issue i) throws IOException {
        csv.printRecord(level, i.line(), i.column(), i.code(), title(i.code(), Language.EN), i.message(),
                MEANINGS.getOrDefault(i.code(), ""));
    }

    private static String title(String code, Language lang) {
        try {
            return CheckMessages.shipped().title(code, lang);
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    /** The message in the page's language when the report kept its words, else as written (English). */
    private static String message(Issue i, Language lang) {
        if (i.phrase() != null && CheckMessages.shipped().canWrite(i.phrase())) {
            return i.phrase().in(lang);
        }
        return i.message();
    }
}
