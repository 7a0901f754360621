package eu.cyberstat.ingest.format;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.ingest.text.Separators;
import eu.cyberstat.ingest.text.TextFiles;
import eu.cyberstat.problem.Checks;
import eu.cyberstat.problem.IssueCollector;
import eu.cyberstat.problem.Phrase;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.IOUtils;

/**
 * Reads a delimited text file (CSV, semicolon or tab separated) into a {@link Table}, as national
 * exports come: any encoding {@link eu.cyberstat.ingest.text.TextEncoding} detects, CRLF or LF,
 * fields quoted RFC 4180 style, blank lines anywhere. Each row keeps the physical line it starts
 * on, so that messages point where an editor shows the problem. The text is read into memory,
 * so reading stops at the upload size limit, also for a gzip file whose content is far larger
 * than the file.
 */
public final class DelimitedText {

    private DelimitedText() {
    }

    /**
     * Reads the table; empty when its content is larger than {@code limits.maxFileBytes()} (the
     * issue says so).
     *
     * @param forcedCharset null to detect
     * @param forcedSeparator 0 to sniff from the first lines
     */
    public static Optional<Table> read(Path file, Charset forcedCharset, char forcedSeparator, ReadLimits limits,
                                       IssueCollector issues) {
        String text;
        String encoding;
        try (TextFiles.OpenedText opened = TextFiles.open(file, forcedCharset, limits.maxFileBytes())) {
            text = IOUtils.toString(opened.reader());
            encoding = opened.encoding().describe() + (opened.gzip() ? ", gzip" : "");
        } catch (TextFiles.ContentTooLarge e) {
            issues.add(Checks.E_FILE_TOO_LARGE, 0, "", "detail",
                    Phrase.of(e.gzip() ? "detail.gzip-unpacks" : "detail.holds-more"), "limit", e.limit());
            return Optional.empty();
        } catch (IOException e) {
            throw new BadInputException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        char separator = forcedSeparator != 0 ? forcedSeparator : Separators.sniff(head(text));
        return Optional.of(new Table(parse(text, separator, issues), encoding, separator, ""));
    }

    /** Splits text into rows; blank rows (also rows of empty fields, as Excel writes them) are dropped. */
    static List<TableRow> parse(String text, char separator, IssueCollector issues) {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false)
                .setTrailingData(true)
                .get();
        List<TableRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                // The parser counts the line breaks it has consumed: the next record starts one further.
                long line = parser.getCurrentLineNumber() + 1;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    CSVRecord record = records.next();
                    List<Cell> cells = new ArrayList<>(record.size());
                    for (String value : record) {
                        cells.add(Cell.text(value));
                    }
                    TableRow row = new TableRow(line, cells);
                    if (!row.isBlank()) {
                        rows.add(row);
                    }
                } catch (UncheckedIOException | IllegalStateException e) {
                    issues.add(Checks.E_MALFORMED_TEXT, line, "", "detail", describe(e));
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** What the CSV reader says went wrong; in its own (English) words when it is not the usual unclosed quote. */
    private static Object describe(Exception e) {
        String m = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
        if (m != null && m.contains("EOF reached before encapsulated token finished")) {
            return Phrase.of("detail.quote-not-closed");
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static String head(String text) {
        return text.length() <= 16384 ? text : text.substring(0, 16384);
    }
}
