package eu.cyberstat.ingest.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRecordsTest {

    @TempDir
    Path dir;

    private static PlatformProfile profile(PlatformProfile.Format format, boolean multiLine) {
        PlatformProfile.Fields fields = format == PlatformProfile.Format.CSV
                ? new PlatformProfile.Fields("id", "received", "category", "url", null, "status", null)
                : new PlatformProfile.Fields("id", "received", "report.category", "report.url", null, "status", null);
        return new PlatformProfile("TEST", "test", format, null, null, multiLine, java.time.ZoneOffset.UTC,
                List.of("iso"), fields, List.of("email"), java.util.Map.of(), java.util.Map.of(), java.util.Map.of());
    }

    /** (line, id) of every record, reading the file in splits of {@code splitBytes}. */
    private static List<String> read(Path file, PlatformProfile profile, long splitBytes) throws IOException {
        ExportFile f = ExportFile.inspect(0, file, profile);
        List<ExportSplit> splits = f.splits(0, splitBytes);
        List<Long> lineCounts = new ArrayList<>();
        for (ExportSplit s : splits) {
            lineCounts.add(AlertIdFingerprints.scan(f, s, profile, file.getParent()).lines());
        }
        List<String> out = new ArrayList<>();
        long firstLine = 1;
        for (ExportSplit s : splits) {
            try (ExportRecords r = new ExportRecords(f, s, firstLine, profile, EnumSet.allOf(AlertField.class))) {
                while (r.next()) {
                    out.add(r.line() + ":" + (r.syntaxError() != null ? r.syntaxError().code()
                            : r.values()[AlertField.ALERT_ID.ordinal()]));
                }
            }
            firstLine += lineCounts.get(s.index());
        }
        return out;
    }

    @Test
    void everySplitSizeReadsEveryRecordOnceWithItsLineNumber() throws IOException {
        StringBuilder csv = new StringBuilder("id,received,category,url,status,email\r\n");
        List<String> expected = new ArrayList<>();
        int line = 2;
        for (int i = 0; i < 300; i++) {
            if (i % 37 == 5) {
                csv.append("\r\n"); // blank line: skipped, but counted
                line++;
            }
            String id = "A" + i;
            csv.append(id).append(",2024-01-01T00:00:00Z,fraud,\"http://x.example.com/?a=1,b=2\",open,p").append(i)
                    .append("@mail.example\r\n");
            expected.add(line++ + ":" + id);
        }
        csv.append("A300,2024-01-01T00:00:00Z,fraud,http://y.example.com,open"); // no final line break, a field short
        expected.add(line + ":" + Rejection.FIELD_COUNT);
        Path file = dir.resolve("export.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        PlatformProfile profile = profile(PlatformProfile.Format.CSV, false);
        for (long splitBytes : new long[] {61, 100, 997, 4096, 1 << 20}) {
            assertThat(read(file, profile, splitBytes)).as("split %d", splitBytes).isEqualTo(expected);
        }
    }

    @Test
    void readsWindows1252WithBomlessSemicolonsAndDecodesOnlyMappedFields() throws IOException {
        Path file = dir.resolve("fr.csv");
        Charset cp1252 = Charset.forName("windows-1252");
        Files.writeString(file, "id;received;category;url;status;email\r\nÉ1;2024-01-01T00:00:00Z;Escroquerie à la carte;"
                + "http://a.fr;ouvert;x@y.example\r\n", cp1252);
        PlatformProfile profile = profile(PlatformProfile.Format.CSV, false);
        ExportFile f = ExportFile.inspect(0, file, profile);
        assertThat(f.separator()).isEqualTo(';');
        assertThat(f.charset()).isEqualTo(cp1252);
        try (ExportRecords r = new ExportRecords(f, f.splits(0, 1 << 20).get(0), 1, profile, EnumSet.allOf(AlertField.class))) {
            assertThat(r.next()).isTrue();
            assertThat(r.values()[AlertField.CATEGORY.ordinal()]).isEqualTo("Escroquerie à la carte");
            assertThat(r.values()[AlertField.ALERT_ID.ordinal()]).isEqualTo("É1");
            assertThat(r.line()).isEqualTo(2);
        }
    }

    @Test
    void readsGzippedUtf16AndUtf8WithBomAsOneSplit() throws IOException {
        String text = "id,received,category,url,status\nA1,2024-01-01T00:00:00Z,fraud,http://a.example,open\n"
                + "A2,2024-01-01T00:00:00Z,fraude à la carte,http://b.example,open\n";
        Path utf16 = dir.resolve("utf16.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(utf16))) {
            out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
            out.write(text.getBytes(StandardCharsets.UTF_16LE));
        }
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)));
        PlatformProfile profile = profile(PlatformProfile.Format.CSV, false);
        assertThat(read(utf16, profile, 8)).containsExactly("2:A1", "3:A2");
        assertThat(ExportFile.inspect(0, utf16, profile).splittable()).isFalse();
        assertThat(read(bom, profile, 8)).containsExactly("2:A1", "3:A2");
    }

    @Test
    void multiLineRecordsKeepQuotedLineBreaks() throws IOException {
        Path file = dir.resolve("multi.csv");
        Files.writeString(file, "id,received,category,url,status,email\nA1,t,c,\"http://a.example\",\"line one\nline two\",e\n"
                + "A2,t,c,u,s,e\n");
        PlatformProfile multi = profile(PlatformProfile.Format.CSV, true);
        assertThat(read(file, multi, 4)).containsExactly("2:A1", "4:A2");
        PlatformProfile single = profile(PlatformProfile.Format.CSV, false);
        assertThat(read(file, single, 1 << 20)).containsExactly("2:" + Rejection.SYNTAX, "3:" + Rejection.FIELD_COUNT, "4:A2");
    }

    @Test
    void jsonLinesReadNestedPathsAndReportBrokenLines() throws IOException {
        Path file = dir.resolve("export.jsonl");
        Files.writeString(file, "{\"id\":\"N1\",\"report\":{\"category\":\"spam\",\"url\":\"http://a.example\"},\"status\":\"x\"}\n"
                + "{\"id\":\"N2\",\"report\":{\"category\":\"spam\"\n"
                + "[1,2]\n"
                + "{\"id\":7,\"received\":\"2024-01-01T00:00:00Z\",\"report\":{\"category\":\"spam\",\"extra\":[1,{\"a\":2}]}}\n");
        PlatformProfile profile = profile(PlatformProfile.Format.JSONL, false);
        assertThat(read(file, profile, 16)).containsExactly("1:N1", "2:" + Rejection.SYNTAX, "3:" + Rejection.SYNTAX, "4:7");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
