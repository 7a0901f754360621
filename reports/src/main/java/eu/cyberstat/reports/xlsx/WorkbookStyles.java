package eu.cyberstat.reports.xlsx;

import eu.cyberstat.figure.CellKind;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The workbook's cell styles, created once per workbook (Excel caps a file at 64 000 styles). */
final class WorkbookStyles {

    final XSSFCellStyle title;
    final XSSFCellStyle note;
    final XSSFCellStyle header;
    final XSSFCellStyle textBold;
    final XSSFCellStyle guardedText;
    final XSSFCellStyle flags;
    final XSSFCellStyle link;
    private final Map<CellKind, XSSFCellStyle> numbers = new EnumMap<>(CellKind.class);
    private final Map<CellKind, XSSFCellStyle> boldNumbers = new EnumMap<>(CellKind.class);

    WorkbookStyles(XSSFWorkbook wb) {
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        XSSFFont titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 13);
        titleFont.setColor(new XSSFColor(new byte[] {0x0B, 0x2E, 0x6B}, null));
        XSSFFont white = wb.createFont();
        white.setBold(true);
        white.setColor(IndexedColors.WHITE.getIndex());
        XSSFFont italic = wb.createFont();
        italic.setItalic(true);
        italic.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        XSSFFont linkFont = wb.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());

        title = wb.createCellStyle();
        title.setFont(titleFont);
        note = wb.createCellStyle();
        note.setFont(italic);
        header = wb.createCellStyle();
        header.setFont(white);
        header.setFillForegroundColor(new XSSFColor(new byte[] {0x0B, 0x2E, 0x6B}, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.BOTTOM);
        textBold = wb.createCellStyle();
        textBold.setFont(bold);
        guardedText = wb.createCellStyle();
        guardedText.setQuotePrefixed(true);
        flags = wb.createCellStyle();
        flags.setAlignment(HorizontalAlignment.CENTER);
        link = wb.createCellStyle();
        link.setFont(linkFont);
        short fmt;
        for (CellKind kind : CellKind.values()) {
            XSSFCellStyle s = wb.createCellStyle();
            XSSFCellStyle b = wb.createCellStyle();
            fmt = wb.createDataFormat().getFormat(format(kind));
            s.setDataFormat(fmt);
            b.setDataFormat(fmt);
            b.setFont(bold);
            b.setBorderTop(BorderStyle.HAIR);
            numbers.put(kind, s);
            boldNumbers.put(kind, b);
        }
    }

    /**
     * The one Excel number format of each kind of figure, on every sheet: counts grouped in
     * thousands, changes signed, rates, indices and percentages (in percent units: 12.3 means
     * 12.3 %) with one decimal, ranks and years as they are. Excel writes the separators of the
     * reader's locale.
     */
    static String format(CellKind kind) {
        return switch (kind) {
            case COUNT -> "#,##0";
            case CHANGE_COUNT -> "+#,##0;-#,##0;0";
            case RATE, INDEX, PERCENT -> "#,##0.0";
            case CHANGE_PCT -> "+#,##0.0;-#,##0.0;0.0";
            case RANK, YEAR -> "0";
            case TEXT -> "@";
        };
    }

    CellStyle number(CellKind kind, boolean bold) {
        return bold ? boldNumbers.get(kind) : numbers.get(kind);
    }
}
