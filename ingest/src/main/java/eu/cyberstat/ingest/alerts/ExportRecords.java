package eu.cyberstat.ingest.alerts;

import eu.cyberstat.failure.BadInputException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The records of one split of an export, each as the values of the wanted fields (indexed by
 * {@link AlertField#ordinal()}) with its line number. Fields that are not wanted, contact data
 * above all, are never decoded. A record that cannot be cut into fields has a
 * {@link #syntaxError()} and no values.
 */
public final class ExportRecords implements Closeable {

    private final ExportFile file;
    private final PlatformProfile.Format format;
    private final RecordScanner scanner;
    private final long firstLine;
    private final Charset charset;
    private final AlertField[] wanted;
    private final String[] values = new String[AlertField.values().length];
    private final CsvFields csv;
    private final JsonFields json;
    private boolean skipHeader;
    private Rejection syntaxError;

    /**
     * @param firstLine line number (1-based) of the split's first line, or 1 when only relative
     *                  positions are needed
     */
    public ExportRecords(ExportFile file, ExportSplit split, long firstLine, PlatformProfile profile,
                         Set<AlertField> wantedFields) throws IOException {
        this.file = file;
        this.format = profile.format();
        this.firstLine = firstLine;
        this.charset = file.streamCharset();
        this.wanted = wantedFields.stream().filter(f -> profile.fields().nameOf(f) != null).sorted()
                .toArray(AlertField[]::new);
        long start = split.isFirstOfFile() ? file.firstOffset() : split.start() - 1;
        this.scanner = new RecordScanner(file.open(split.start()), start, !split.isFirstOfFile(), split.end(),
                profile.multiLineRecords() && format == PlatformProfile.Format.CSV);
        this.skipHeader = format == PlatformProfile.Format.CSV && split.isFirstOfFile();
        if (format == PlatformProfile.Format.CSV) {
            this.csv = new CsvFields(file.separator());
            this.json = null;
        } else {
            this.csv = null;
            List<String> paths = new ArrayList<>();
            for (AlertField f : wanted) {
                paths.add(profile.fields().nameOf(f));
            }
            this.json = new JsonFields(paths);
        }
    }

    /** Moves to the next record; false at the end of the split. */
    public boolean next() throws IOException {
        while (advance()) {
            if (skipHeader) {
                skipHeader = false;
                continue;
            }
            Arrays.fill(values, null);
            syntaxError = scanner.isOverlong() ? TOO_LONG
                    : format == PlatformProfile.Format.CSV ? readCsv() : readJson();
            return true;
        }
        return false;
    }

    private static final Rejection TOO_LONG = new Rejection(Rejection.RECORD_TOO_LONG, "",
            "is longer than " + RecordScanner.MAX_RECORD_BYTES + " bytes and was not read");

    /**
     * The scanner's next record. A file whose bytes cannot be read to the end (a gzip file cut
     * short, damaged compressed data) stops the ingest with a sentence naming the file and the
     * last line read: what was read of it cannot be told from what was lost.
     */
    private boolean advance() {
        try {
            return scanner.next();
        } catch (IOException e) {
            long line = firstLine - 1 + scanner.linesPassed();
            String why = e instanceof java.io.EOFException ? "the data ends early: the file was cut short (copy it again)"
                    : e instanceof java.util.zip.ZipException ? "its compressed data is damaged (" + e.getMessage() + ")"
                    : e.getMessage();
            throw new BadInputException("Alert export " + file.name() + " cannot be read after line " + line + ": " + why
                    + ". Nothing of it was ingested.", e);
        }
    }

    private Rejection readCsv() {
        csv.split(scanner.buffer(), scanner.recordStart(), scanner.recordEnd());
        if (csv.isMalformed()) {
            return new Rejection(Rejection.SYNTAX, "", "has an unclosed quote or text after a closing quote");
        }
        if (csv.count() != file.headerColumns()) {
            return new Rejection(Rejection.FIELD_COUNT, "", "has " + csv.count() + " fields where the header has "
                    + file.headerColumns() + " (an unquoted separator inside a value?)");
        }
        int[] columns = file.columns();
        for (AlertField f : wanted) {
            values[f.ordinal()] = csv.text(columns[f.ordinal()], charset);
        }
        return null;
    }

    private Rejection readJson() {
        if (!json.parse(scanner.buffer(), scanner.recordStart(), scanner.recordEnd())) {
            return new Rejection(Rejection.SYNTAX, "", json.error());
        }
        for (int i = 0; i < wanted.length; i++) {
            values[wanted[i].ordinal()] = json.value(i);
        }
        return null;
    }

    /** The current record's values by field ordinal; null for a field not wanted, unmapped or absent. */
    public String[] values() {
        return values;
    }

    /** Why the current record could not be cut into fields, or null. */
    public Rejection syntaxError() {
        return syntaxError;
    }

    /** Line number of the current record's first line. */
    public long line() {
        return firstLine + scanner.linesBefore();
    }

    /** Line number relative to the split's first line (0-based). */
    public long relativeLine() {
        return scanner.linesBefore();
    }

    /** Line breaks read so far: the split's line count once it is exhausted. */
    public long linesPassed() {
        return scanner.linesPassed();
    }


    @Override
    public void close() throws IOException {
        scanner.close();
    }
}
