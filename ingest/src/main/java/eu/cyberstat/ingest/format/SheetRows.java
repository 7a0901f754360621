package eu.cyberstat.ingest.format;

import eu.cyberstat.problem.Phrase;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the rows of one .xlsx worksheet part (SpreadsheetML {@code <sheetData>}) with SAX,
 * keeping numeric cells as exact decimals, so that a sheet is never held as a POI object model
 * and a huge sheet stops at the limit instead of filling the heap.
 */
final class SheetRows extends DefaultHandler {

    /** Longer than any number Excel writes in a cell's XML (17 digits, sign, point, exponent). */
    private static final int MAX_NUMBER_CHARS = 40;
    /** Beyond the exponents of a double. */
    private static final int MAX_EXPONENT = 400;

    /** A sheet beyond the row or column limit; the detail completes "The workbook ...". */
    static final class LimitExceeded extends RuntimeException {
        private final transient Phrase detail;

        private LimitExceeded(Phrase detail) {
            super(detail.in(eu.cyberstat.reference.Language.EN), null, false, false);
            this.detail = detail;
        }

        static LimitExceeded beyondColumn(int maxColumns, String sheet, long row) {
            return new LimitExceeded(Phrase.of("detail.beyond-column", "max", maxColumns, "sheet", sheet, "row", row));
        }

        static LimitExceeded moreRows(int maxRows, String sheet) {
            return new LimitExceeded(Phrase.of("detail.more-rows", "max", maxRows, "sheet", sheet));
        }

        Phrase detail() {
            return detail;
        }
    }

    /** Thrown to stop parsing once enough rows are read (the first row only, to recognise a header). */
    private static final class Enough extends SAXException {
    }

    private final SharedStrings strings;
    private final int maxRows;
    private final int maxColumns;
    private final String sheetName;
    private final List<TableRow> rows = new ArrayList<>();

    private List<Cell> cells;
    private long rowNumber;
    private int column;
    private String type;
    private final StringBuilder value = new StringBuilder();
    private boolean inValue;
    private boolean inInlineText;

    private SheetRows(SharedStrings strings, int maxRows, int maxColumns, String sheetName) {
        this.strings = strings;
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
        this.sheetName = sheetName;
    }

    /**
     * The non-blank rows of a sheet. With {@code maxRows} 1, returns the first and stops; otherwise
     * more than {@code maxRows} non-blank rows, or a value beyond {@code maxColumns}, is {@link LimitExceeded}.
     */
    static List<TableRow> read(InputStream sheet, SharedStrings strings, int maxRows, int maxColumns, String sheetName)
            throws IOException, SAXException, ParserConfigurationException {
        SheetRows handler = new SheetRows(strings, maxRows, maxColumns, sheetName);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        try {
            parser.parse(new InputSource(sheet));
        } catch (Enough e) {
            // the first row was all we wanted
        }
        return handler.rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "row" -> {
                String r = atts.getValue("r");
                rowNumber = r != null ? Long.parseLong(r) : rowNumber + 1;
                cells = new ArrayList<>();
                column = -1;
            }
            case "c" -> {
                String ref = atts.getValue("r");
                column = ref != null ? columnIndex(ref) : column + 1;
                type = atts.getValue("t");
                value.setLength(0);
            }
            case "v" -> {
                inValue = true;
                value.setLength(0);
            }
            case "t" -> inInlineText = "inlineStr".equals(type);
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
            }
        }
    }

    private void endCell() {
        Cell cell = cell();
        if (cell.isBlank()) {
            return;
        }
        if (column >= maxColumns) {
            throw LimitExceeded.beyondColumn(maxColumns, sheetName, rowNumber);
        }
        while (cells.size() < column) {
            cells.add(Cell.EMPTY);
        }
        if (cells.size() == column) {
            cells.add(cell);
        } else {
            cells.set(column, cell);
        }
    }

    private Cell cell() {
        String text = value.toString();
        if (type == null || "n".equals(type)) {
            if (text.isBlank()) {
                return Cell.EMPTY;
            }
            String t = text.strip();
            if (t.length() > MAX_NUMBER_CHARS) {
                return Cell.text(text); // no double Excel writes is this long: read as text, and checked as such
            }
            try {
                BigDecimal n = new BigDecimal(t);
                // Excel's doubles stay within E+-308; 1E+999999999 written out in full would be a billion digits.
                return Math.abs((long) n.scale()) > MAX_EXPONENT ? Cell.text(text) : Cell.number(n);
            } catch (NumberFormatException e) {
                return Cell.text(text);
            }
        }
        return switch (type) {
            case "s" -> {
                try {
                    yield Cell.text(strings.getItemAt(Integer.parseInt(text.strip())).getString());
                } catch (RuntimeException e) {
                    yield Cell.EMPTY;
                }
            }
            case "b" -> Cell.text("1".equals(text.strip()) ? "TRUE" : "FALSE");
            default -> Cell.text(text); // str (formula text), inlineStr, e (#N/A), d (ISO date)
        };
    }

    private void endRow() throws SAXException {
        TableRow row = new TableRow(rowNumber, cells);
        if (row.isBlank()) {
            return;
        }
        if (rows.size() == maxRows) {
            throw LimitExceeded.moreRows(maxRows, sheetName);
        }
        rows.add(row);
        if (maxRows == 1) {
            throw new Enough();
        }
    }

    /** "AB12" → 27 (0-based column of a cell reference). */
    static int columnIndex(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                col = col * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                col = col * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
        }
        return col - 1;
    }
}
