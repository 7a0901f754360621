package eu.cyberstat.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.ingest.validation.Fixtures;
import eu.cyberstat.ingest.validation.ValidationSettings;
import eu.cyberstat.problem.IssueCollector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DelimitedTextTest {

    @TempDir
    Path dir;

    private static final ValidationSettings LIMITS = ValidationSettings.defaults();

    private final IssueCollector issues = new IssueCollector(100);

    @Test
    void keepsThePhysicalLineOfEachRowAcrossBlankLinesCrlfAndQuotedLineBreaks() {
        String text = "a,b\r\n1,\"two\r\nlines\"\r\n\r\n, \r\n3,4\r\n,\r\n\r\n";
        Table table = DelimitedText.read(Fixtures.write(dir, "t.csv", text), null, ',', LIMITS, issues).orElseThrow();
        assertThat(table.rows()).extracting(TableRow::line).containsExactly(1L, 2L, 6L);
        assertThat(table.rows().get(1).cell(1).text()).isEqualTo("two\r\nlines");
        assertThat(table.rows().get(2).cells()).extracting(Cell::text).containsExactly("3", "4");
        assertThat(issues.issues()).isEmpty();
    }

    @Test
    void aQuoteThatIsNeverClosedIsReportedWhereItOpens() {
        Table table = DelimitedText.read(Fixtures.write(dir, "t.csv", "a,b\n1,2\n3,\"oops\n5,6\n"), null, ',', LIMITS, issues).orElseThrow();
        assertThat(table.rows()).hasSize(2);
        assertThat(issues.issues()).extracting(i -> i.code() + " " + i.line()).containsExactly("E_MALFORMED_TEXT 3");
        assertThat(issues.issues().get(0).message()).contains("a double quote opened on this line is never closed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "UTF-8 with BOM, UTF-8, true",
        "UTF-8, UTF-8, false",
        "UTF-16LE with BOM, UTF-16LE, true",
        "UTF-16BE with BOM, UTF-16BE, true",
        "windows-1252, windows-1252, false",
    })
    void readsTheEncodingsNationalExportsComeIn(String described, String charsetName, boolean bom) throws IOException {
        Charset charset = Charset.forName(charsetName);
        String text = "country;note\r\nFR;Données provisoires – pôle cyber\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.write("\uFEFF".getBytes(charset));
        }
        out.write(text.getBytes(charset));
        Table table = DelimitedText.read(Fixtures.write(dir, "t.csv", out.toByteArray()), null, (char) 0, LIMITS, issues).orElseThrow();
        assertThat(table.encoding()).isEqualTo(described);
        assertThat(table.separator()).isEqualTo(';');
        assertThat(table.rows().get(0).cell(0).text()).isEqualTo("country");
        assertThat(table.rows().get(1).cell(1).text()).isEqualTo("Données provisoires – pôle cyber");
    }

    @Test
    void readsGzipAndSniffsTabs() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("a\tb\tc\n1\t2\t3\n".getBytes(StandardCharsets.UTF_8));
        }
        Table table = DelimitedText.read(Fixtures.write(dir, "t.tsv.gz", bytes.toByteArray()), null, (char) 0, LIMITS, issues).orElseThrow();
        assertThat(table.separator()).isEqualTo('\t');
        assertThat(table.encoding()).isEqualTo("UTF-8, gzip");
        assertThat(table.rows().get(1).cells()).extracting(Cell::text).containsExactly("1", "2", "3");
    }

    @Test
    void readsAGzipThatUnpacksToExactlyTheLimitAndStopsOneByteFurther() throws IOException {
        byte[] content = "a\tb\n".repeat(5000).getBytes(StandardCharsets.UTF_8);
        Path file = Fixtures.write(dir, "t.tsv.gz", gzip(content));
        ValidationSettings exact = LIMITS.withLimits(content.length, 10, 10);

        assertThat(DelimitedText.read(file, null, (char) 0, exact, issues).orElseThrow().rows()).hasSize(5000);
        assertThat(issues.issues()).isEmpty();

        assertThat(DelimitedText.read(file, null, (char) 0, LIMITS.withLimits(content.length - 1, 10, 10), issues))
                .isEmpty();
        assertThat(issues.issues()).extracting(i -> i.code() + " " + i.line()).containsExactly("E_FILE_TOO_LARGE 0");
        assertThat(issues.issues().get(0).message()).startsWith("The file is compressed (gzip) and unpacks to more "
                + "than the limit of " + (content.length - 1) + " bytes.");
    }

    @Test
    void stopsAtTheLimitWhileSniffingTheEncodingToo() throws IOException {
        // A limit below the 64 KiB read ahead to detect the encoding is hit before any row is parsed.
        Path file = Fixtures.write(dir, "t.csv.gz", gzip(new byte[200_000]));
        assertThat(DelimitedText.read(file, null, ',', LIMITS.withLimits(100, 10, 10), issues)).isEmpty();
        assertThat(issues.issues()).extracting(i -> i.code()).containsExactly("E_FILE_TOO_LARGE");
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(content);
        }
        return bytes.toByteArray();
    }
}
