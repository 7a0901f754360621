package eu.cyberstat.ingest.validation;

import static eu.cyberstat.ingest.validation.Fixtures.issues;
import static eu.cyberstat.ingest.validation.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.figure.Observation;
import eu.cyberstat.ingest.format.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetTest {

    @TempDir
    Path dir;

    /** A workbook with a cover sheet, then the figures: numbers in numeric cells and in text cells. */
    private static void fill(Workbook wb) {
        Sheet cover = wb.createSheet("Read me");
        cover.createRow(0).createCell(0).setCellValue("Cybercrime statistics, Poland");
        Sheet data = wb.createSheet("Data");
        Object[][] rows = {
            {"country", "year", "offence", "indicator", "value", "flags", "note"},
            {"PL", 2021.0, "CYB", "RECORDED", 54000.0, null, null},
            {"PL", 2022.0, "CYB", "RECORDED", "57 120", "p", "provisional"},
            {null, null, null, null, null, null, null},
            {"PL", 2022.0, "CIA", "RECORDED", 7290.0},
        };
        for (int r = 0; r < rows.length; r++) {
            Row row = data.createRow(r + (r >= 3 ? 1 : 0));
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof Double d) {
                    row.createCell(c).setCellValue(d);
                } else if (v instanceof String s) {
                    row.createCell(c).setCellValue(s);
                }
            }
        }
    }

    private Path xlsx(String name, java.util.function.Consumer<Workbook> content) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = java.nio.file.Files.newOutputStream(dir.resolve(name))) {
            content.accept(wb);
            wb.write(out);
        }
        return dir.resolve(name);
    }

    @Test
    void readsTheSheetWithFiguresNumbersFromNumericAndTextCells() throws IOException {
        ValidatedFile result = Fixtures.validate(xlsx("pl.xlsx", SpreadsheetTest::fill));
        assertThat(issues(result)).isEmpty();
        assertThat(result.format()).isEqualTo(InputFormat.XLSX);
        assertThat(result.report().encoding()).isEqualTo("sheet Data");
        assertThat(result.observations()).containsExactly(
                new Observation("PL", 2021, "CYB", "RECORDED", 54000L, "", ""),
                new Observation("PL", 2022, "CYB", "RECORDED", 57120L, "p", "provisional"),
                new Observation("PL", 2022, "CIA", "RECORDED", 7290L, "", ""));
    }

    @Test
    void pointsAtExcelRowNumbers() throws IOException {
        ValidatedFile result = Fixtures.validate(xlsx("pl.xlsx", wb -> {
            Sheet s = wb.createSheet("Figures");
            String[] header = {"geo", "year", "offence", "indicator", "value"};
            Row h = s.createRow(2);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            Row r = s.createRow(4);
            r.createCell(0).setCellValue("PL");
            r.createCell(1).setCellValue(2021);
            r.createCell(2).setCellValue("CYB");
            r.createCell(3).setCellValue("RECORDED");
            r.createCell(4).setCellValue(12.5);
        }));
        assertThat(issues(result)).containsExactly("E_NOT_WHOLE 5 value");
    }

    @Test
    void readsLegacyXls() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = java.nio.file.Files.newOutputStream(dir.resolve("pl.xls"))) {
            fill(wb);
            wb.write(out);
        }
        ValidatedFile result = Fixtures.validate(dir.resolve("pl.xls"));
        assertThat(issues(result)).isEmpty();
        assertThat(result.report().rows()).isEqualTo(3);
    }

    @Test
    void aPasswordProtectedWorkbookIsRejectedWithAClearMessage() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb);
            wb.write(plain);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain.toByteArray());
            }
            try (OutputStream out = java.nio.file.Files.newOutputStream(dir.resolve("locked.xlsx"))) {
                fs.writeFilesystem(out);
            }
        }
        ValidatedFile result = Fixtures.validate(dir.resolve("locked.xlsx"));
        assertThat(issues(result)).containsExactly("E_SPREADSHEET_ENCRYPTED 0 ");
        assertThat(message(result, "E_SPREADSHEET_ENCRYPTED")).contains("protected by a password");
    }

    @Test
    void aTruncatedWorkbookIsCorrupt() throws IOException {
        byte[] whole = java.nio.file.Files.readAllBytes(xlsx("pl.xlsx", SpreadsheetTest::fill));
        Path cut = Fixtures.write(dir, "cut.xlsx", Arrays.copyOf(whole, whole.length / 2));
        ValidatedFile result = Fixtures.validate(cut);
        assertThat(issues(result)).containsExactly("E_SPREADSHEET_CORRUPT 0 ");
        assertThat(message(result, "E_SPREADSHEET_CORRUPT")).startsWith("The file cannot be read as a spreadsheet:");
        // Messages reach uploaders (the portal shows them): the file by its name, no folder of this server.
        for (var lang : eu.cyberstat.reference.Language.values()) {
            String words = result.report().errors().get(0).phrase().in(lang);
            assertThat(words).as(lang.code()).contains("cut.xlsx").doesNotContain(dir.toString())
                    .doesNotContain(dir.toAbsolutePath().toString()).doesNotContainPattern("[/\\\\]cut\\.xlsx");
        }
        assertThat(message(result, "E_SPREADSHEET_CORRUPT")).doesNotContain(dir.toAbsolutePath().toString());
    }

    @Test
    void aZipBombIsNotUnpacked() throws IOException {
        byte[] workbook = java.nio.file.Files.readAllBytes(xlsx("pl.xlsx", SpreadsheetTest::fill));
        // Pad the sheet with 30 MB of spaces (legal XML whitespace) that pack into a few kilobytes.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 30; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        assertThat(bomb.size()).isLessThan(200_000);
        ValidatedFile result = Fixtures.validate(Fixtures.write(dir, "bomb.xlsx", bomb.toByteArray()));
        assertThat(issues(result)).containsExactly("E_SPREADSHEET_TOO_LARGE 0 ");
        assertThat(message(result, "E_SPREADSHEET_TOO_LARGE")).contains("zip bomb");
    }

    @Test
    void stopsAtTheRowAndColumnLimits() throws IOException {
        Path file = xlsx("pl.xlsx", SpreadsheetTest::fill);
        ValidatedFile rows = Fixtures.validate(file, ValidationRequest.detect(),
                ValidationSettings.defaults().withLimits(1 << 20, 3, 100), PriorFigures.NONE);
        assertThat(issues(rows)).containsExactly("E_SPREADSHEET_TOO_LARGE 0 ");
        assertThat(message(rows, "E_SPREADSHEET_TOO_LARGE")).isEqualTo("The workbook has more than 3 rows in sheet "
                + "'Data'. Submit only the sheet with the figures, or export it as CSV.");
        ValidatedFile columns = Fixtures.validate(file, ValidationRequest.detect(),
                ValidationSettings.defaults().withLimits(1 << 20, 100, 6), PriorFigures.NONE);
        assertThat(message(columns, "E_SPREADSHEET_TOO_LARGE")).startsWith("The workbook has a value beyond column 6");
    }

    @Test
    void forcingTheWorkbookFormatOnTextSaysItIsNotAWorkbook() {
        Path text = Fixtures.write(dir, "pl.xlsx", Fixtures.HEADER + "PL,2021,CYB,RECORDED,1,,\n");
        ValidatedFile result = Fixtures.validate(text, new ValidationRequest(null, null, InputFormat.XLSX));
        assertThat(issues(result)).containsExactly("E_SPREADSHEET_CORRUPT 0 ");
        assertThat(message(result, "E_SPREADSHEET_CORRUPT")).contains("it is not an Excel workbook but a text file");
        // without forcing, a text file with a workbook's name is read as the text it is
        assertThat(Fixtures.validate(text).isAccepted()).isTrue();
    }

    @Test
    void aSheetWithoutAKnownHeaderIsAnUnknownFormat() throws IOException {
        ValidatedFile result = Fixtures.validate(xlsx("x.xlsx", wb -> wb.createSheet("S").createRow(0).createCell(0)
                .setCellValue("Statistik")));
        assertThat(issues(result)).containsExactly("E_UNKNOWN_FORMAT 1 ");
        assertThat(result.format()).isEqualTo(InputFormat.XLSX);
    }
}
