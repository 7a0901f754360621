package eu.cyberstat.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.ingest.alerts.AlertSplitReader;
import eu.cyberstat.ingest.alerts.DuplicateAlertIds;
import eu.cyberstat.ingest.alerts.ExportFile;
import eu.cyberstat.ingest.alerts.ExportSplit;
import eu.cyberstat.ingest.alerts.PlatformProfile;
import eu.cyberstat.ingest.alerts.PlatformProfiles;
import eu.cyberstat.ingest.alerts.Rejection;
import eu.cyberstat.ingest.population.DemoPjanReader;
import eu.cyberstat.ingest.profile.MappingProfiles;
import eu.cyberstat.problem.Issue;
import eu.cyberstat.ingest.validation.PriorFigures;
import eu.cyberstat.ingest.validation.StatisticsValidator;
import eu.cyberstat.ingest.validation.ValidatedFile;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.ingest.validation.ValidationSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile inputs of issue 14, one test each, every reader they concern: compression bombs,
 * YAML alias bombs, 10 000 columns, a 50 MB line, five million digits in one value, NUL bytes,
 * UTF-16 without a byte-order mark. Each is accepted or rejected with a message saying where,
 * within a bound far above its normal cost (a few seconds) and far below a hang. Large inputs are
 * made here, never committed.
 */
class HostileInputsTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String HEADER = "country,year,offence,indicator,value,flags,note\n";
    private static final Path PROFILES = Targets.HOME.resolve("templates/profiles");
    private static final byte[] KEY = "hostile-inputs-key-of-32-bytes!!".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    // ---- Five million digits in one value: every reader stays linear ----

    @Test
    void fiveMillionDigitsInAValueAreACellTooLongNotMinutesOfWork() throws IOException {
        String digits = "1".repeat(5_000_000);
        Path csv = write("digits.csv", HEADER + "DE,2020,CYB,RECORDED," + digits + ",,\nDE,2021,CYB,RECORDED,17,,\n");
        ValidatedFile result = assertTimeoutPreemptively(BOUND, () -> validate(csv));
        assertThat(codes(result)).containsExactly("E_CELL_TOO_LONG 2 value");
        assertThat(result.report().errors().get(0).message()).startsWith(
                "This cell holds 5000000 characters, more than the 10000 a cell may hold; its row was not read.");

        Path tsv = write("digits.tsv", "freq,iccs,unit,geo\\TIME_PERIOD\t2020 \t2021 \nA,ICCS0903,NR,DE\t" + digits
                + " \t12 \n");
        assertThat(codes(assertTimeoutPreemptively(BOUND, () -> validate(tsv)))).containsExactly("E_CELL_TOO_LONG 2 2020");

        Path sdmx = write("digits.sdmx.csv", "DATAFLOW,freq,iccs,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
                + "ESTAT:CRIM_OFF_CAT(1.0),A,ICCS0903,NR,DE,2020," + digits + ",\n");
        assertThat(codes(assertTimeoutPreemptively(BOUND, () -> validate(sdmx))))
                .containsExactly("E_CELL_TOO_LONG 2 OBS_VALUE");
    }

    @Test
    void aValueOfMoreDigitsThanACountIsTooLargeWithoutBeingParsed() {
        // Under the cell limit, 9 999 digits would still cost BigDecimal tens of milliseconds each.
        Path csv = write("many-digits.csv", HEADER + ("DE,2020,CYB,RECORDED," + "9".repeat(9_999) + ",,\n"));
        ValidatedFile result = assertTimeoutPreemptively(BOUND, () -> validate(csv));
        assertThat(codes(result)).containsExactly("E_NOT_A_NUMBER 2 value");
        assertThat(result.report().errors().get(0).message()).contains("' is not a number, it is far too large.");
    }

    @Test
    void aWorkbookNumberOfFiveMillionDigitsOrAHugeExponentIsReadAsText() throws IOException {
        // Random digits: a run of one digit would pack so well that the zip-bomb guard refused it first.
        java.util.Random random = new java.util.Random(14);
        StringBuilder five = new StringBuilder(5_000_000);
        for (int i = 0; i < 5_000_000; i++) {
            five.append((char) ('0' + random.nextInt(10)));
        }
        Path digits = workbook("digits.xlsx", "<c r=\"E2\"><v>" + five + "</v></c>");
        assertThat(codes(assertTimeoutPreemptively(BOUND, () -> validate(digits)))).containsExactly("E_CELL_TOO_LONG 2 value");

        // 1E+999999999 written out in full would be a billion digits.
        Path exponent = workbook("exponent.xlsx", "<c r=\"E2\"><v>1E+999999999</v></c>");
        ValidatedFile result = assertTimeoutPreemptively(BOUND, () -> validate(exponent));
        assertThat(codes(result)).containsExactly("E_NOT_A_NUMBER 2 value");
    }

    @Test
    void fiveMillionDigitsInAnAlertOrAPopulationAreRefusedWhereTheyAre() throws IOException {
        Path jsonl = write("digits.jsonl", "{\"id\":\"NL-1\",\"ontvangen\":" + "1".repeat(5_000_000) + "}\n"
                + new String(Targets.head(Targets.HOME.resolve("data-samples/alerts/nl-meldpunt-2022-2024.jsonl"), 3),
                StandardCharsets.UTF_8));
        List<String> outcomes = assertTimeoutPreemptively(BOUND, () -> outcomes(jsonl, profile("alerts-nl-meldpunt.yaml")));
        assertThat(outcomes).containsExactly("1 E_RECORD_TOO_LONG", "2 ACCEPTED", "3 ACCEPTED", "4 ACCEPTED");

        Path pjan = write("demo_pjan.tsv", "freq,unit,age,sex,geo\\TIME_PERIOD\t2021 \nA,NR,TOTAL,T,AT\t"
                + "1".repeat(5_000_000) + " \n");
        assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> new DemoPjanReader(Targets.REFERENCE.countries())
                .read(pjan))).isInstanceOf(BadInputException.class)
                .hasMessage(pjan + ", line 2 is longer than 1048576 characters: that is no demo_pjan file. Check that you "
                        + "picked the right file.");
        Path shorter = write("demo_pjan.tsv", "freq,unit,age,sex,geo\\TIME_PERIOD\t2021 \nA,NR,TOTAL,T,AT\t"
                + "1".repeat(500_000) + " \n");
        assertThatThrownBy(() -> new DemoPjanReader(Targets.REFERENCE.countries()).read(shorter))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith(shorter + ", line 2, field 2021: '1111")
                .hasMessageContaining("...' is far more than the population of any country.");
    }

    // ---- A 50 MB single line ----

    @Test
    void aFiftyMegabyteLineIsOneCellTooLongAndTheOtherRowsAreStillChecked() {
        Path csv = write("long-line.csv", HEADER + "DE,2020,CYB,RECORDED,5,,\"" + "x".repeat(50 << 20) + "\"\n"
                + "DE,2021,CYB,RECORDED,-3,,\n");
        ValidatedFile result = assertTimeoutPreemptively(BOUND, () -> validate(csv));
        assertThat(codes(result)).containsExactly("E_CELL_TOO_LONG 2 note", "E_NEGATIVE 3 value");
    }

    @Test
    void aFiftyMegabyteAlertRecordIsQuarantinedWithoutBeingHeldAndTheNextOneIsRead() throws IOException {
        byte[] head = Targets.head(Targets.HOME.resolve("data-samples/alerts/fr-pharos-2022-2024.csv"), 3);
        Path csv = dir.resolve("long-line.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            out.write(head);
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write('\n');
            out.write(head, indexAfterLine(head, 1), head.length - indexAfterLine(head, 1));
        }
        List<String> outcomes = assertTimeoutPreemptively(BOUND, () -> outcomes(csv, profile("alerts-fr-pharos.yaml")));
        assertThat(outcomes).containsExactly("2 ACCEPTED", "3 ACCEPTED", "4 E_RECORD_TOO_LONG", "5 ACCEPTED",
                "6 ACCEPTED");
    }

    // ---- Compression bombs ----

    @Test
    void aGzipBombIsRefusedAtTheSizeLimitByEveryReaderOfGzipFiles() throws IOException {
        // 256 MiB of one character pack to a quarter of a megabyte; nothing may unpack it in full or hold it.
        Path bomb = gzipBomb("bomb.csv.gz", HEADER.getBytes(StandardCharsets.UTF_8), (byte) '7', 256L << 20);
        assertThat(Files.size(bomb)).isLessThan(300_000);

        ValidatedFile result = assertTimeoutPreemptively(BOUND, () -> validate(bomb));
        assertThat(codes(result)).containsExactly("E_FILE_TOO_LARGE 0 ");
        assertThat(result.report().errors().get(0).message()).startsWith("The file is compressed (gzip) and unpacks to more than the limit of 67108864 bytes.");

        assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> new DemoPjanReader(Targets.REFERENCE.countries())
                .read(bomb))).isInstanceOf(BadInputException.class).hasMessageContaining(bomb.toString());

        // An alert export has no size limit (exports are large): its endless record is skipped, never held.
        Path alerts = gzipBomb("alerts.csv.gz", Targets.head(Targets.HOME.resolve(
                "data-samples/alerts/fr-pharos-2022-2024.csv"), 2), (byte) 'x', 256L << 20);
        List<String> outcomes = assertTimeoutPreemptively(BOUND,
                () -> outcomes(alerts, profile("alerts-fr-pharos.yaml")));
        assertThat(outcomes).containsExactly("2 ACCEPTED", "3 E_RECORD_TOO_LONG");
    }

    @Test
    void aWorkbookBombIsRefusedBeforeItIsUnpacked() throws IOException {
        // 200 MB of spaces in the sheet's XML pack a thousandfold: POI's guard refuses the entry unread.
        Path bomb = workbookWithSheet("bomb.xlsx", "<row r=\"1\">" + inline("A1", "country") + "</row>",
                200 << 20);
        assertThat(Files.size(bomb)).isLessThan(1_000_000);
        ValidatedFile result = assertTimeoutPreemptively(BOUND, () -> validate(bomb));
        assertThat(codes(result)).containsExactly("E_SPREADSHEET_TOO_LARGE 0 ");
        assertThat(result.report().errors().get(0).message()).contains("zip bomb");
    }

    // ---- YAML alias bombs ----

    @Test
    void billionLaughsInAProfileAreRefusedAtOnceNamingTheLine() {
        String laughs = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """;
        // Jackson reads YAML as a stream of events and never expands an alias: '*i' is one short scalar.
        Path mapping = write("laughs.yaml", "profile: 1\noffences: &o {\"1\": CYB}\nignore: *o\n" + laughs);
        assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> MappingProfiles.load(mapping, Targets.REFERENCE)))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("Profile " + mapping + ", line 3: ");

        Path keysOnly = write("laughs-keys.yaml", "profile: 1\nvalues: [*i, *i, *i]\n" + laughs.replace("\n", "\n  ")
                .replaceFirst("^", "description:\n  "));
        assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> MappingProfiles.load(keysOnly, Targets.REFERENCE)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("Profile " + keysOnly + ", line ");

        Path platform = write("alerts-laughs.yaml", "platform: FR-PHAROS\ncategories: *i\n" + laughs);
        assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> PlatformProfiles.load(platform,
                Targets.REFERENCE.offences()))).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("Platform profile " + platform + ", line ").hasMessageNotContaining("eu.cyberstat");
    }

    @Test
    void aProfileBeyondTheYamlSizeLimitOrDeeplyNestedIsRefusedNamingIt() {
        // The YAML parser's cost grows faster than a long value: the size is checked before it parses.
        Path huge = write("huge.yaml", "profile: 1\ndescription: \"" + "x".repeat(4 << 20) + "\"\n");
        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> MappingProfiles.load(huge, Targets.REFERENCE))).isInstanceOf(BadInputException.class)
                .hasMessage("Profile " + huge + " is 4194331 bytes, more than the 262144 a profile may have: a profile is "
                        + "a few kilobytes of settings. Check that you picked the right file.");
        Path hugeAlerts = write("alerts-huge.yaml", "platform: X\nname: \"" + "x".repeat(300_000) + "\"\n");
        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> PlatformProfiles.load(hugeAlerts, Targets.REFERENCE.offences()))).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("Platform profile " + hugeAlerts + " is 300021 bytes, more than the 262144");

        Path deep = write("deep.yaml", "profile: 1\ndescription: " + "[".repeat(100_000) + "\n");
        assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> MappingProfiles.load(deep, Targets.REFERENCE)))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("Profile " + deep);
        Path deepAlerts = write("alerts-deep.yaml", "platform: X\nfields: " + "{a: ".repeat(100_000) + "\n");
        assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> PlatformProfiles.load(deepAlerts,
                Targets.REFERENCE.offences()))).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("Platform profile " + deepAlerts);
    }

    // ---- 10 000 columns ----

    @Test
    void tenThousandColumnsAreReadAndTheExtraOnesListedOnce() {
        StringBuilder header = new StringBuilder(HEADER.strip());
        StringBuilder row = new StringBuilder("DE,2020,CYB,RECORDED,12,,");
        for (int i = 7; i < 10_000; i++) {
            header.append(",extra").append(i);
            row.append(",x");
        }
        Path csv = write("wide.csv", header + "\n" + row + "\n");
        ValidatedFile result = assertTimeoutPreemptively(BOUND, () -> validate(csv));
        assertThat(result.isAccepted()).isTrue();
        assertThat(result.observations()).containsExactly(new Observation("DE", 2020, "CYB", "RECORDED", 12L, "", ""));
        assertThat(result.report().warnings()).hasSize(101);
        assertThat(result.report().warnings().get(100).message()).isEqualTo(
                "9893 more lines have this problem (W_EXTRA_COLUMN) and are not listed; correct the ones above and "
                        + "validate again.");
    }

    @Test
    void tenThousandColumnsInAWorkbookAreBeyondItsColumnLimit() throws IOException {
        StringBuilder cells = new StringBuilder();
        for (int c = 0; c < 10_000; c++) {
            cells.append("<c r=\"").append(column(c)).append("1\" t=\"inlineStr\"><is><t>c").append(c).append("</t></is></c>");
        }
        Path wide = workbookWithSheet("wide.xlsx", "<row r=\"1\">" + cells + "</row>");
        ValidatedFile result = assertTimeoutPreemptively(BOUND, () -> validate(wide));
        assertThat(codes(result)).containsExactly("E_SPREADSHEET_TOO_LARGE 0 ");
        assertThat(result.report().errors().get(0).message()).contains("500");
    }

    @Test
    void tenThousandColumnsInAnAlertExportAreRead() throws IOException {
        String[] lines = new String(Targets.head(Targets.HOME.resolve("data-samples/alerts/fr-pharos-2022-2024.csv"), 3),
                Targets.WINDOWS_1252).split("\r?\n");
        String extra = ";extra".repeat(9_989);
        Path csv = dir.resolve("wide-alerts.csv");
        Files.writeString(csv, lines[0] + extra + "\n" + lines[1] + extra + "\n" + lines[2] + "\n", Targets.WINDOWS_1252);
        assertThat(lines[0].split(";").length + 9_989).isEqualTo(10_000);
        List<String> outcomes = assertTimeoutPreemptively(BOUND, () -> outcomes(csv, profile("alerts-fr-pharos.yaml")));
        assertThat(outcomes).containsExactly("2 ACCEPTED", "3 E_FIELD_COUNT");
    }

    // ---- NUL bytes and UTF-16 without a byte-order mark ----

    @Test
    void nulBytesAreRejectedWithMessagesOnOneLine() {
        Path nuls = write("nuls.csv", new byte[4096]);
        ValidatedFile allNul = assertTimeoutPreemptively(BOUND, () -> validate(nuls));
        assertThat(allNul.isAccepted()).isFalse();
        assertThat(allNul.report().errors()).allSatisfy(i -> assertThat(i.message()).doesNotContain("\0"));

        Path inside = write("nul-inside.csv", (HEADER + "DE,2020,CYB,RECORDED,1\0\0,,\nD\0E,2021,CYB,RECORDED,2,,\n")
                .getBytes(StandardCharsets.UTF_8));
        ValidatedFile result = assertTimeoutPreemptively(BOUND, () -> validate(inside));
        assertThat(codes(result)).containsExactly("E_NOT_A_NUMBER 2 value", "E_UNKNOWN_COUNTRY 3 country");
        assertThat(result.report().errors()).allSatisfy(i -> assertThat(i.message()).doesNotContain("\0"));
    }

    @Test
    void utf16WithoutAByteOrderMarkReadsLikeUtf8() {
        String text = HEADER + "LU,2021,CYB,RECORDED,5,,\"Entr\u00E9es, \u00E9t\u00E9\"\nLU,2022,CYB,RECORDED,7,p,\n";
        ValidatedFile utf8 = validate(write("lu-utf8.csv", text));
        assertThat(utf8.isAccepted()).isTrue();
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            ValidatedFile utf16 = validate(write("lu-" + charset.name() + ".csv", text.getBytes(charset)));
            assertThat(utf16.report().encoding()).as(charset.name()).isEqualTo(charset.name());
            assertThat(utf16.observations()).as(charset.name()).isEqualTo(utf8.observations());
        }
    }

    @Test
    void anAlertExportInUtf16WithoutAByteOrderMarkIsTranscoded() throws IOException {
        byte[] utf8 = Targets.head(Targets.HOME.resolve("data-samples/alerts/nl-meldpunt-2022-2024.jsonl"), 5);
        Path le = write("export.jsonl", new String(utf8, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE));
        assertThat(outcomes(le, profile("alerts-nl-meldpunt.yaml"))).containsExactly("1 ACCEPTED", "2 ACCEPTED",
                "3 ACCEPTED", "4 ACCEPTED", "5 ACCEPTED");
    }

    // ---- Found by fuzzing in CI: a zip method that needs a missing decoder, a pattern java.time cannot build ----

    @Test
    void aWorkbookPartPackedWithZstdIsDamagedNotAMissingClass() throws IOException {
        byte[] workbook = Files.readAllBytes(Targets.HOME.resolve("data-samples/national/it-2013-2022.xlsx"));
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(workbook).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        String name = new String(workbook, 30, b.getShort(26), StandardCharsets.UTF_8); // the first local header
        b.putShort(8, (short) 93); // method 93 is zstd, in the local header and in the central directory
        b.putShort(indexOf(workbook, new byte[] {'P', 'K', 1, 2}) + 10, (short) 93);
        ValidatedFile result = assertTimeoutPreemptively(BOUND, () -> validate(write("zstd.xlsx", workbook)));
        assertThat(codes(result)).containsExactly("E_SPREADSHEET_CORRUPT 0 ");
        assertThat(result.report().errors().get(0).message()).contains("part '" + name + "' is packed with zip method 93");
    }

    @Test
    void aTimePatternJavaTimeCannotBuildIsAProfileErrorNotAClassCast() {
        Path platform = write("alerts-padded.yaml", profileText("alerts-fr-pharos.yaml")
                .replace("  - dd/MM/yyyy HH:mm:ss\n", "  - ppHmm\n"));
        assertThatThrownBy(() -> PlatformProfiles.load(platform, Targets.REFERENCE.offences()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("timeFormats")
                .hasMessageContaining("'ppHmm' is not a java.time pattern: java.time cannot build a parser for it");
    }

    // ---- helpers ----

    private static String profileText(String name) {
        try {
            return Files.readString(PROFILES.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

    private static ValidatedFile validate(Path file) {
        return new StatisticsValidator(Targets.REFERENCE, PriorFigures.NONE, ValidationSettings.defaults())
                .validate(file, ValidationRequest.detect());
    }

    /** Errors as "CODE line column", in report order. */
    private static List<String> codes(ValidatedFile result) {
        return result.report().errors().stream().map(i -> i.code() + " " + i.line() + " " + i.column()).toList();
    }

    private static PlatformProfile profile(String name) {
        return PlatformProfiles.load(PROFILES.resolve(name), Targets.REFERENCE.offences());
    }

    /** "line OUTCOME" per record of an export read as the ingest reads it (one split). */
    private static List<String> outcomes(Path file, PlatformProfile profile) throws IOException {
        ExportFile export = ExportFile.inspect(0, file, profile);
        List<String> outcomes = new ArrayList<>();
        for (ExportSplit split : export.splits(0, Long.MAX_VALUE)) {
            try (AlertSplitReader reader = new AlertSplitReader(export, split, 1, profile, KEY, DuplicateAlertIds.NONE)) {
                while (reader.next()) {
                    Rejection r = reader.rejection();
                    outcomes.add(reader.line() + " " + (r == null ? "ACCEPTED" : r.code()));
                }
            }
        }
        return outcomes;
    }

    private Path write(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path gzipBomb(String name, byte[] head, byte fill, long bytes) throws IOException {
        Path file = dir.resolve(name);
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, fill);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(head);
            for (long n = 0; n < bytes; n += chunk.length) {
                out.write(chunk);
            }
        }
        return file;
    }

    /** A one-sheet workbook: the project CSV header in row 1, and row 2 with the cells given for column E. */
    private Path workbook(String name, String valueCell) throws IOException {
        String[] header = HEADER.strip().split(",");
        StringBuilder row1 = new StringBuilder("<row r=\"1\">");
        for (int c = 0; c < header.length; c++) {
            row1.append("<c r=\"").append(column(c)).append("1\" t=\"inlineStr\"><is><t>").append(header[c])
                    .append("</t></is></c>");
        }
        row1.append("</row>");
        String row2 = "<row r=\"2\">" + inline("A2", "DE") + "<c r=\"B2\"><v>2020</v></c>" + inline("C2", "CYB")
                + inline("D2", "RECORDED") + valueCell + "</row>";
        return workbookWithSheet(name, row1 + row2);
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private Path workbookWithSheet(String name, String sheetRows) throws IOException {
        return workbookWithSheet(name, sheetRows, 0);
    }

    /** A one-sheet workbook whose sheet holds these rows, then {@code padding} spaces. */
    private Path workbookWithSheet(String name, String sheetRows, int padding) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application"
                    + "/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application"
                    + "/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas."
                    + "openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships\"><sheets><sheet name=\"Figures\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\""
                    + "worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData>" + sheetRows).getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int n = 0; n < padding; n += spaces.length) {
                zip.write(spaces);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return write(name, bytes.toByteArray());
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        try (Writer w = new java.io.OutputStreamWriter(new java.io.FilterOutputStream(zip) {
            @Override
            public void close() throws IOException {
                flush(); // keep the zip open
            }
        }, StandardCharsets.UTF_8)) {
            w.write(content);
        }
        zip.closeEntry();
    }

    /** Excel's column letters: 0 is A, 26 is AA. */
    private static String column(int index) {
        StringBuilder sb = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sb.toString();
    }

    private static int indexAfterLine(byte[] bytes, int lines) {
        int n = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && ++n == lines) {
                return i + 1;
            }
        }
        return bytes.length;
    }

    @SuppressWarnings("unused")
    private static String messages(List<Issue> issues) {
        return String.join("\n", issues.stream().map(Issue::describe).toList());
    }
}
