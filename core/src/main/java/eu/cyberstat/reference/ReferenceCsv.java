package eu.cyberstat.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the reference CSV files shipped in this module: UTF-8, a header, {@code #} comments. */
final class ReferenceCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setCommentMarker('#').setIgnoreEmptyLines(true)
            .setTrim(true).get();

    private ReferenceCsv() {
    }

    static List<CSVRecord> read(String resource) {
        InputStream in = ReferenceCsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Reference file missing from the build: " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return FORMAT.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference file " + resource, e);
        }
    }

    static Labels labels(CSVRecord r, String prefix) {
        return new Labels(r.get(prefix + "_en"), r.get(prefix + "_fr"), r.get(prefix + "_de"));
    }
}
