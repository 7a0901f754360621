package eu.cyberstat.ingest.format;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.problem.Checks;
import eu.cyberstat.problem.IssueCollector;
import eu.cyberstat.problem.Phrase;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Reads one sheet of an Excel workbook into a {@link Table}: numbers from numeric cells keep
 * their exact value, text cells their text (parsed later like CSV fields). A workbook is an
 * upload from outside, so it is read defensively: .xlsx sheets are streamed (SAX) and reading
 * stops at the row and column limits, POI's zip-bomb guard ({@link ZipSecureFile}) is on, and
 * encrypted or damaged files become issues, not stack traces.
 */
public final class Spreadsheets {

    /** A zip entry that unpacks to more than 100 times its packed size is treated as a bomb. */
    private static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of a workbook we accept is near this size unpacked (200 000 rows x 500 columns is less). */
    private static final long MAX_ENTRY_BYTES = 1L << 30;
    private static final java.util.regex.Pattern JAVA_CLASS =
            java.util.regex.Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)*[A-Z][\\w$]*(?:Exception|Error)\\b[:;]?\\s*");

    private Spreadsheets() {
    }

    /** Set once, before the first workbook is opened (POI's limits are global). */
    private static final class ZipGuard {
        static {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
            ZipSecureFile.setMaxTextSize(MAX_ENTRY_BYTES);
        }

        static void ensure() {
            // loading this class applies the settings
        }
    }

    /** True when the file is an Excel workbook (.xlsx or .xls), whatever its name. */
    public static boolean isSpreadsheet(Path file) {
        FileMagic magic = magic(file);
        return magic == FileMagic.OOXML || magic == FileMagic.OLE2;
    }

    /**
     * Reads a sheet: the one named, else the first whose first non-blank row {@code looksLikeHeader},
     * else the first. Empty when the workbook cannot be read (the issue says why).
     */
    public static Optional<Table> read(Path file, String sheetName, Predicate<TableRow> looksLikeHeader,
                                       ReadLimits limits, IssueCollector issues) {
        ZipGuard.ensure();
        try {
            FileMagic magic = magic(file);
            if (magic == FileMagic.OLE2) {
                return readOle2(file, sheetName, looksLikeHeader, limits, issues);
            }
            return readOoxml(file, sheetName, looksLikeHeader, limits, issues);
        } catch (SheetRows.LimitExceeded e) {
            issues.add(Checks.E_SPREADSHEET_TOO_LARGE, 0, "", "detail", e.detail());
        } catch (EncryptedDocumentException e) {
            issues.add(Checks.E_SPREADSHEET_ENCRYPTED, 0, "");
        } catch (BadInputException e) {
            throw e;
        } catch (Exception e) {
            if (isZipBomb(e)) {
                issues.add(Checks.E_SPREADSHEET_TOO_LARGE, 0, "", "detail", Phrase.of("detail.zip-bomb"));
            } else {
                issues.add(Checks.E_SPREADSHEET_CORRUPT, 0, "", "detail", describe(e, file));
            }
        }
        return Optional.empty();
    }

    private static Optional<Table> readOoxml(Path file, String sheetName, Predicate<TableRow> looksLikeHeader,
                                             ReadLimits limits, IssueCollector issues) throws Exception {
        Optional<Phrase> unreadable = unsupportedCompression(file);
        if (unreadable.isPresent()) {
            issues.add(Checks.E_SPREADSHEET_CORRUPT, 0, "", "detail", unreadable.get());
            return Optional.empty();
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            List<String> names = new ArrayList<>();
            int chosen = -1;
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (chosen < 0 && sheetName != null && name.equalsIgnoreCase(sheetName.strip())) {
                        chosen = names.size() - 1;
                    } else if (chosen < 0 && sheetName == null && looksLikeHeader != null) {
                        List<TableRow> first = SheetRows.read(sheet, strings, 1, limits.maxSheetColumns(), name);
                        if (!first.isEmpty() && looksLikeHeader.test(first.get(0))) {
                            chosen = names.size() - 1;
                        }
                    }
                }
            }
            if (chosen < 0 && sheetName != null) {
                issues.add(Checks.E_SHEET_NOT_FOUND, 0, "", "sheet", sheetName, "sheets", String.join(", ", names));
                return Optional.empty();
            }
            if (names.isEmpty()) {
                throw new IllegalStateException("the workbook has no sheet");
            }
            int index = Math.max(chosen, 0);
            sheets = reader.getSheetIterator();
            for (int i = 0; i < index; i++) {
                sheets.next().close();
            }
            try (InputStream sheet = sheets.next()) {
                List<TableRow> rows = SheetRows.read(sheet, strings, limits.maxSheetRows(), limits.maxSheetColumns(),
                        names.get(index));
                return Optional.of(new Table(rows, "", (char) 0, names.get(index)));
            }
        }
    }

    /**
     * Excel and every library that writes .xlsx store zip entries or deflate them; a part packed
     * any other way (zstd, xz, bzip2 … all valid zip methods) is a damaged or forged workbook, and
     * some of those methods would need decoders that are not installed. Read from the central
     * directory only, before any entry is unpacked.
     */
    private static Optional<Phrase> unsupportedCompression(Path file) {
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            var entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                int method = entry.getMethod();
                if (method != ZipEntry.STORED && method != ZipEntry.DEFLATED) {
                    return Optional.of(Phrase.of("detail.compression-method", "part", entry.getName(), "method", method));
                }
            }
        } catch (IOException e) {
            // no readable central directory: POI's own open says what is wrong, in its words
        }
        return Optional.empty();
    }

    /** .xls (BIFF8, at most 65 536 rows) and password-protected .xlsx, which Office wraps in OLE2. */
    private static Optional<Table> readOle2(Path file, String sheetName, Predicate<TableRow> looksLikeHeader,
                                            ReadLimits limits, IssueCollector issues) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                throw new EncryptedDocumentException("encrypted OOXML");
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
                List<String> names = new ArrayList<>();
                int chosen = -1;
                for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                    Sheet sheet = workbook.getSheetAt(i);
                    names.add(sheet.getSheetName());
                    if (chosen >= 0) {
                        continue;
                    }
                    if (sheetName != null) {
                        if (sheet.getSheetName().equalsIgnoreCase(sheetName.strip())) {
                            chosen = i;
                        }
                    } else if (looksLikeHeader != null) {
                        List<TableRow> first = hssfRows(sheet, 1, limits.maxSheetColumns());
                        if (!first.isEmpty() && looksLikeHeader.test(first.get(0))) {
                            chosen = i;
                        }
                    }
                }
                if (chosen < 0 && sheetName != null) {
                    issues.add(Checks.E_SHEET_NOT_FOUND, 0, "", "sheet", sheetName, "sheets", String.join(", ", names));
                    return Optional.empty();
                }
                Sheet sheet = workbook.getSheetAt(Math.max(chosen, 0));
                return Optional.of(new Table(hssfRows(sheet, limits.maxSheetRows(), limits.maxSheetColumns()), "",
                        (char) 0, sheet.getSheetName()));
            }
        }
    }

    private static List<TableRow> hssfRows(Sheet sheet, int maxRows, int maxColumns) {
        List<TableRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<Cell> cells = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Cell c : row) {
                Cell cell = hssfCell(c, c.getCellType());
                if (cell.isBlank()) {
                    continue;
                }
                if (c.getColumnIndex() >= maxColumns) {
                    throw SheetRows.LimitExceeded.beyondColumn(maxColumns, sheet.getSheetName(), row.getRowNum() + 1L);
                }
                while (cells.size() < c.getColumnIndex()) {
                    cells.add(Cell.EMPTY);
                }
                cells.add(cell);
            }
            TableRow r = new TableRow(row.getRowNum() + 1L, cells);
            if (!r.isBlank()) {
                if (rows.size() == maxRows) {
                    if (maxRows == 1) {
                        break;
                    }
                    throw SheetRows.LimitExceeded.moreRows(maxRows, sheet.getSheetName());
                }
                rows.add(r);
            }
        }
        return rows;
    }

    private static Cell hssfCell(org.apache.poi.ss.usermodel.Cell c, CellType type) {
        return switch (type) {
            case NUMERIC -> Cell.number(BigDecimal.valueOf(c.getNumericCellValue()));
            case STRING -> Cell.text(c.getStringCellValue());
            case BOOLEAN -> Cell.text(c.getBooleanCellValue() ? "TRUE" : "FALSE");
            case FORMULA -> hssfCell(c, c.getCachedFormulaResultType());
            case ERROR -> Cell.text("#ERROR");
            default -> Cell.EMPTY;
        };
    }

    private static FileMagic magic(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return FileMagic.valueOf(in);
        } catch (EmptyFileException e) {
            return FileMagic.UNKNOWN; // an empty file is no workbook; the text reader reports it as empty
        } catch (NoSuchFileException e) {
            throw new BadInputException("File " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new BadInputException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("ZipSecureFile") || m.contains("zip bomb"))) {
                return true;
            }
        }
        return false;
    }

    private static Phrase describe(Throwable e, Path file) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.startsWith("ODFNotOfficeXml")) {
                return Phrase.of("detail.ods");
            }
            if (name.startsWith("NotOfficeXml") || name.startsWith("OLE2NotOfficeXml")) {
                return Phrase.of("detail.not-excel");
            }
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return Phrase.of("detail.damaged-unexplained"); // the library said nothing but its exception's name
        }
        // Java class names ("org.xml.sax.SAXParseException; lineNumber: 2") mean nothing to whoever repairs the file.
        m = JAVA_CLASS.matcher(m).replaceAll("").replaceAll("\\s+", " ").strip();
        if (m.isEmpty()) {
            return Phrase.of("detail.damaged-unexplained");
        }
        m = withoutPaths(m, file);
        // The library's own words, in English: what was damaged is for whoever repairs the file.
        return Phrase.of("detail.damaged", "reason", m.length() > 160 ? m.substring(0, 160) + "..." : m);
    }

    /** A path of this machine in a message: the folders before a file's or folder's name. */
    private static final java.util.regex.Pattern LOCAL_PATH =
            java.util.regex.Pattern.compile("(?:[A-Za-z]:)?(?:[\\\\/][^\\\\/\\s'\"()\\[\\]]+)+[\\\\/]([^\\\\/\\s'\"()\\[\\]]+)");

    /**
     * The library's message without a path of this server (messages reach uploaders, through the
     * web portal too): the file is named as its uploader named it, any other path by its last part.
     */
    static String withoutPaths(String message, Path file) {
        String name = file.getFileName().toString();
        String out = message;
        for (Path p : List.of(file.toAbsolutePath().normalize(), file.toAbsolutePath(), file)) {
            out = out.replace(p.toString(), name);
        }
        return LOCAL_PATH.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
    }
}
