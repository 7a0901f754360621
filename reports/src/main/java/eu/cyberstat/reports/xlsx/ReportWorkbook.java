package eu.cyberstat.reports.xlsx;

import eu.cyberstat.figure.CellKind;
import eu.cyberstat.figure.Figure;
import eu.cyberstat.figure.FigureColumn;
import eu.cyberstat.figure.FigureColumns;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reports.model.RunProvenance;
import eu.cyberstat.reports.style.Palette;
import eu.cyberstat.reports.view.Cell;
import eu.cyberstat.reports.view.Column;
import eu.cyberstat.reports.view.NarrativeModel;
import eu.cyberstat.reports.view.ReportBasis;
import eu.cyberstat.reports.view.ReportContext;
import eu.cyberstat.reports.view.ReportTable;
import eu.cyberstat.reports.view.ReportTables;
import eu.cyberstat.reports.view.Shown;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/**
 * The data workbook behind the report, in the report's language: a contents sheet with the run's
 * provenance, one sheet per table of the PDF (each rates sheet with its bar chart, the EU trend
 * with a line chart that breaks where the series breaks), and a sheet with every published
 * figure in long form (the rows of {@code metrics-YYYY.csv}). Numbers are numeric cells with one
 * number format per kind of figure ({@link WorkbookStyles#format}), flags sit in their own column,
 * headers are frozen and filtered, and no text cell can run as a formula.
 */
public final class ReportWorkbook {

    private static final int HEADER_ROW = 3;
    private static final String RATES = "rates-";

    private final ReportContext ctx;
    private final ReportBasis basis;
    private final ReportTables tables;
    private XSSFWorkbook wb;
    private WorkbookStyles styles;
    private final Set<String> sheetNames = new HashSet<>();

    public ReportWorkbook(ReportContext ctx) {
        this.ctx = ctx;
        this.basis = ctx.basis();
        this.tables = new ReportTables(ctx);
    }

    /** Where a table landed on its sheet: the sheet column of each table column, and the data rows. */
    private record Placed(XSSFSheet sheet, ReportTable table, int[] sheetColumn, int firstRow, int lastRow) {
    }

    public byte[] render() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            this.wb = workbook;
            this.styles = new WorkbookStyles(workbook);
            XSSFSheet contents = wb.createSheet(name(ctx.msg("sheet.name.contents")));
            List<ReportTable> all = new ArrayList<>();
            all.add(tables.headline());
            if (!basis.data().keyFindings().isEmpty()) {
                all.add(tables.keyFindings(new NarrativeModel(ctx).findingSentences()));
            }
            all.add(tables.euTrend());
            for (Offence o : basis.totalAndGroups()) {
                all.add(tables.countryRates(o.code()));
            }
            all.add(tables.coverage());
            all.add(tables.euCoverage());
            all.add(tables.countryProfiles());
            if (tables.hasAlertPlatforms()) {
                all.add(tables.alertPlatforms());
            }
            all.add(tables.classification());
            all.add(tables.flags());
            all.add(tables.revisions());
            List<String[]> index = new ArrayList<>();
            for (ReportTable t : all) {
                Placed placed = tableSheet(t);
                if (t.id().equals("eu-trend")) {
                    euTrendChart(placed.sheet(), t);
                } else if (t.id().startsWith(RATES)) {
                    ratesChart(placed);
                }
                index.add(new String[] {placed.sheet().getSheetName(), t.title()});
            }
            XSSFSheet figures = figuresSheet();
            index.add(new String[] {figures.getSheetName(), ctx.msg("sheet.figures.title")});
            contentsSheet(contents, index);
            RunProvenance p = basis.data().provenance();
            var props = wb.getProperties().getCoreProperties();
            props.setTitle(ctx.msg("report.title", p.referenceYear()));
            props.setCreator("cyberstat");
            props.setCreated(Optional.of(Date.from(p.generatedAt())));
            props.setModified(Optional.of(Date.from(p.generatedAt())));
            props.setIdentifier(p.runId());
            wb.getProperties().getCoreProperties().getUnderlyingProperties()
                    .setLanguageProperty(ctx.language().code());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return Zips.withFixedTimes(out.toByteArray(), p.generatedAt());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the workbook", e);
        }
    }

    /** The sheet of a table, named in the workbook's language: "Rates CYB", "Taux CYB", "Raten CYB". */
    private String sheetNameOf(ReportTable t) {
        return t.id().startsWith(RATES) ? ctx.msg("sheet.name.rates", t.id().substring(RATES.length()))
                : ctx.msg("sheet.name." + t.id());
    }

    private String name(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted.length() > 31 ? wanted.substring(0, 31) : wanted);
        String n = base;
        for (int i = 2; !sheetNames.add(n.toLowerCase(Locale.ROOT)); i++) {
            String suffix = "~" + i;
            n = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return n;
    }

    private void contentsSheet(XSSFSheet sheet, List<String[]> index) {
        RunProvenance p = basis.data().provenance();
        int r = 0;
        text(sheet.createRow(r++), 0, ctx.msg("report.title", p.referenceYear())).setCellStyle(styles.title);
        text(sheet.createRow(r++), 0, ctx.msg("report.subtitle", p.referenceYear())).setCellStyle(styles.note);
        r++;
        String[][] provenance = {
            {ctx.msg("prov.reference-year"), null},
            {ctx.msg("prov.run-id"), p.runId()},
            {ctx.msg("prov.as-of"), ReportContext.instant(p.asOf())},
            {ctx.msg("prov.generated"), ReportContext.instant(p.generatedAt())},
            {ctx.msg("prov.software"), p.softwareVersion()},
            {ctx.msg("prov.indicator"), basis.figures().indicator()},
        };
        for (String[] line : provenance) {
            XSSFRow row = sheet.createRow(r++);
            text(row, 0, line[0]).setCellStyle(styles.textBold);
            if (line[1] == null) {
                XSSFCell c = row.createCell(1);
                c.setCellValue(p.referenceYear());
                c.setCellStyle(styles.number(CellKind.YEAR, false));
            } else {
                text(row, 1, line[1]);
            }
        }
        r++;
        XSSFRow head = sheet.createRow(r++);
        text(head, 0, ctx.msg("col.sheet")).setCellStyle(styles.header);
        text(head, 1, ctx.msg("col.content")).setCellStyle(styles.header);
        for (String[] entry : index) {
            XSSFRow row = sheet.createRow(r++);
            XSSFCell link = text(row, 0, entry[0]);
            XSSFHyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            h.setAddress("'" + entry[0].replace("'", "''") + "'!A1");
            link.setHyperlink(h);
            link.setCellStyle(styles.link);
            text(row, 1, entry[1]);
        }
        r++;
        text(sheet.createRow(r), 0, ctx.msg("sheet.contents.note")).setCellStyle(styles.note);
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        wb.setSheetOrder(sheet.getSheetName(), 0);
        wb.setActiveSheet(0);
    }

    /** A table on its own sheet: title, note, header row (frozen, filtered), flag columns after flagged numbers. */
    private Placed tableSheet(ReportTable t) {
        XSSFSheet sheet = wb.createSheet(name(sheetNameOf(t)));
        text(sheet.createRow(0), 0, t.title()).setCellStyle(styles.title);
        StringBuilder names = new StringBuilder(t.title());
        t.rows().forEach(row -> row.forEach(c -> names.append('\n').append(c instanceof Cell.Text x ? x.text() : "")));
        String note = sheetNote(t.note(), t.flags(), names.toString());
        if (!note.isEmpty()) {
            text(sheet.createRow(1), 0, note).setCellStyle(styles.note);
        }
        XSSFRow head = sheet.createRow(HEADER_ROW);
        List<Integer> widths = new ArrayList<>();
        int[] sheetColumn = new int[t.columns().size()];
        int col = 0;
        for (int k = 0; k < t.columns().size(); k++) {
            Column c = t.columns().get(k);
            sheetColumn[k] = col;
            text(head, col, c.header()).setCellStyle(styles.header);
            widths.add(c.header().length());
            col++;
            if (c.hasFlags()) {
                text(head, col, ctx.msg("col.flags-of", c.header())).setCellStyle(styles.header);
                widths.add(5);
                col++;
            }
        }
        int lastCol = col - 1;
        int r = HEADER_ROW + 1;
        for (int i = 0; i < t.rows().size(); i++) {
            XSSFRow row = sheet.createRow(r++);
            boolean bold = t.isEmphasised(i);
            for (int k = 0; k < t.columns().size(); k++) {
                Column c = t.columns().get(k);
                Cell cell = t.rows().get(i).get(k);
                col = sheetColumn[k];
                int width;
                if (cell instanceof Cell.Text text) {
                    XSSFCell x = text(row, col, text.text());
                    if (bold && !SafeText.looksLikeFormula(text.text())) {
                        x.setCellStyle(styles.textBold);
                    }
                    width = text.text().length();
                } else {
                    Cell.Num num = (Cell.Num) cell;
                    if (num.value() != null) {
                        XSSFCell x = row.createCell(col);
                        x.setCellValue(num.value());
                        x.setCellStyle(styles.number(num.kindIn(c), bold));
                    }
                    width = num.value() == null ? 1 : String.format(Locale.ROOT, "%,.1f", num.value()).length();
                }
                widths.set(col, Math.max(widths.get(col), width));
                if (c.hasFlags()) {
                    String flags = cell instanceof Cell.Num num ? num.flags() : "";
                    if (!flags.isEmpty()) {
                        text(row, col + 1, flags).setCellStyle(styles.flags);
                    }
                }
            }
        }
        fitColumns(sheet, widths);
        sheet.createFreezePane(1, HEADER_ROW + 1);
        if (!t.rows().isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, lastCol));
        }
        return new Placed(sheet, t, sheetColumn, HEADER_ROW + 1, r - 1);
    }

    /**
     * The note under a sheet's title: the table's own, what the flags in its flag columns mean
     * (a missing figure is an empty cell, which the contents sheet explains), and the note of
     * every name the sheet prints that needs one (Kosovo's designation footnote).
     */
    private String sheetNote(String note, String flags, String names) {
        List<String> parts = new ArrayList<>();
        if (note != null && !note.isBlank()) {
            parts.add(note);
        }
        if (!flags.isEmpty()) {
            parts.add(ctx.marksExplained(flags));
        }
        ctx.footnotes().in(names).forEach(n -> parts.add(n.text()));
        return String.join(" ", parts);
    }

    /**
     * Every figure of the model in long form, as in metrics-YYYY.csv (confidential values left
     * empty): headers in the workbook's language, the CSV's column names in the row above.
     */
    private XSSFSheet figuresSheet() {
        XSSFSheet sheet = wb.createSheet(name(ctx.msg("sheet.name.figures")));
        text(sheet.createRow(0), 0, ctx.msg("sheet.figures.title")).setCellStyle(styles.title);
        String flags = basis.data().figures().stream().map(Figure::flags).reduce("", eu.cyberstat.reference.Flags::union);
        String names = String.join("\n", basis.data().figures().stream().map(Figure::geo).distinct().map(ctx::country).toList());
        text(sheet.createRow(1), 0, sheetNote(ctx.msg("sheet.figures.note"), flags, names)).setCellStyle(styles.note);
        record Col(String csv, String header, CellKind kind, Function<Figure, Object> value) {
        }
        // The published columns (FigureColumns), each figure's names in the workbook's language beside its codes.
        List<Col> cols = new ArrayList<>();
        for (FigureColumn c : FigureColumns.inWorkbook()) {
            // A withheld figure shows nothing that would give its value away (see Shown).
            Function<Figure, Object> value = c.revealsValue() || c.equals(FigureColumns.RANK)
                    ? f -> Shown.isConfidential(f) ? null : f.get(c) : f -> f.get(c);
            cols.add(new Col(c.name(), ctx.msg(c.header()), c.cellKind(), value));
            if (c.equals(FigureColumns.GEO)) {
                cols.add(new Col("", ctx.msg("col.country"), CellKind.TEXT, f -> ctx.country(f.geo())));
            } else if (c.equals(FigureColumns.OFFENCE)) {
                cols.add(new Col("", ctx.msg("col.offence"), CellKind.TEXT, f -> ctx.offence(f.offence())));
            }
        }
        XSSFRow csvNames = sheet.createRow(HEADER_ROW - 1);
        XSSFRow head = sheet.createRow(HEADER_ROW);
        List<Integer> widths = new ArrayList<>();
        for (int c = 0; c < cols.size(); c++) {
            if (!cols.get(c).csv().isEmpty()) {
                text(csvNames, c, cols.get(c).csv()).setCellStyle(styles.note);
            }
            text(head, c, cols.get(c).header()).setCellStyle(styles.header);
            widths.add(Math.max(cols.get(c).header().length(), cols.get(c).csv().length()));
        }
        int r = HEADER_ROW + 1;
        for (Figure f : basis.data().figures()) {
            XSSFRow row = sheet.createRow(r++);
            for (int c = 0; c < cols.size(); c++) {
                Object v = cols.get(c).value().apply(f);
                if (v instanceof Number n) {
                    XSSFCell x = row.createCell(c);
                    x.setCellValue(n.doubleValue());
                    x.setCellStyle(styles.number(cols.get(c).kind(), false));
                    widths.set(c, Math.max(widths.get(c), 10));
                } else if (v instanceof String s && !s.isEmpty()) {
                    text(row, c, s);
                    widths.set(c, Math.max(widths.get(c), s.length()));
                }
            }
        }
        fitColumns(sheet, widths);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0, cols.size() - 1));
        return sheet;
    }

    /** Text written so that Excel shows it as it is: hostile text gets the quote prefix. */
    private XSSFCell text(XSSFRow row, int col, String value) {
        XSSFCell c = row.createCell(col);
        c.setCellValue(value);
        if (SafeText.looksLikeFormula(value)) {
            c.setCellStyle(styles.guardedText);
        }
        return c;
    }

    private static void fitColumns(XSSFSheet sheet, List<Integer> widths) {
        for (int c = 0; c < widths.size(); c++) {
            int chars = Math.max(6, Math.min(70, widths.get(c) + 2));
            sheet.setColumnWidth(c, chars * 256);
        }
    }

    /**
     * A native line chart of the EU levels, fed by a year × offence block under the table, drawn
     * as the PDF draws them: each offence one line, through the years whose EU sum includes a
     * Member State's break in series (flagged {@code b} in the table), which are hollow points
     * explained under the chart; missing years are gaps (docs/metrics.md, "Breaks in series").
     */
    private void euTrendChart(XSSFSheet sheet, ReportTable t) {
        List<Integer> years = basis.years();
        List<Offence> offences = basis.totalAndGroups();
        int top = sheet.getLastRowNum() + 3;
        text(sheet.createRow(top), 0, ctx.msg("sheet.chart-data")).setCellStyle(styles.textBold);
        XSSFRow head = sheet.createRow(top + 1);
        text(head, 0, ctx.msg("col.year")).setCellStyle(styles.header);
        for (int k = 0; k < offences.size(); k++) {
            text(head, k + 1, ctx.offenceShort(offences.get(k).code())).setCellStyle(styles.header);
        }
        for (int i = 0; i < years.size(); i++) {
            XSSFRow row = sheet.createRow(top + 2 + i);
            XSSFCell y = row.createCell(0);
            y.setCellValue(years.get(i));
            y.setCellStyle(styles.number(CellKind.YEAR, false));
            for (int k = 0; k < offences.size(); k++) {
                Long v = basis.figures().find(basis.eu(), offences.get(k).code(), years.get(i)).map(Shown::value).orElse(null);
                if (v != null) {
                    XSSFCell c = row.createCell(k + 1);
                    c.setCellValue(v);
                    c.setCellStyle(styles.number(CellKind.COUNT, false));
                }
            }
        }
        int first = top + 2;
        int last = top + 1 + years.size();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, last + 2, 9, last + 24);
        text(sheet.createRow(last + 25), 0, "\u25CB " + ctx.msg("chart.eu-break")).setCellStyle(styles.note);
        XSSFChart chart = chart(drawing, anchor, t.title());
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis yAxis = chart.createValueAxis(AxisPosition.LEFT);
        yAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<Double> cats = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, 0, 0));
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, yAxis);
        for (int k = 0; k < offences.size(); k++) {
            Offence o = offences.get(k);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(first, last, k + 1, k + 1));
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(cats, values);
            series.setTitle(ctx.offenceShort(o.code()), new CellReference(sheet.getSheetName(), top + 1, k + 1, true, true));
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.NONE);
            // Explicit colours (the PDF's palette): without them some spreadsheet programs draw no line.
            java.awt.Color colour = Palette.offenceColour(o.code(), k);
            XDDFLineProperties line = new XDDFLineProperties(solid(colour));
            line.setWidth(k == 0 ? 2.5 : 1.75);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(line);
            series.setShapeProperties(shape);
            List<Figure> eu = basis.figures().series(basis.eu(), o.code(), years);
            for (int i = 1; i < years.size(); i++) {
                if (Shown.isBreak(eu.get(i)) && Shown.value(eu.get(i)) != null) {
                    hollowPoint(series, i, colour);
                }
            }
        }
        chart.plot(data);
        blanksAsGaps(chart);
    }

    /** Point {@code index} of a line drawn as a hollow circle in the line's colour. */
    private static void hollowPoint(XDDFLineChartData.Series series, int index, java.awt.Color colour) {
        series.getDataPoint(index).setMarkerStyle(MarkerStyle.CIRCLE);
        for (var point : series.getCTLineSer().getDPtList()) {
            if (point.getIdx().getVal() == index) {
                var marker = point.getMarker().isSetSpPr() ? point.getMarker().getSpPr() : point.getMarker().addNewSpPr();
                new XDDFShapeProperties(marker).setFillProperties(solid(java.awt.Color.WHITE));
                new XDDFShapeProperties(marker).setLineProperties(new XDDFLineProperties(solid(colour)));
            }
        }
    }

    /** Blank cells are gaps, never zeros nor joined across: a missing year is not a value. */
    /** A chart titled in the workbook's language (POI marks every title as English). */
    private XSSFChart chart(XSSFDrawing drawing, XSSFClientAnchor anchor, String title) {
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        for (var p : chart.getCTChart().getTitle().getTx().getRich().getPList()) {
            for (var run : p.getRList()) {
                run.getRPr().setLang(ctx.language().code());
            }
        }
        return chart;
    }

    private static void blanksAsGaps(XSSFChart chart) {
        var ct = chart.getCTChart();
        (ct.isSetDispBlanksAs() ? ct.getDispBlanksAs() : ct.addNewDispBlanksAs()).setVal(STDispBlanksAs.GAP);
    }

    private static XDDFSolidFillProperties solid(java.awt.Paint paint) {
        java.awt.Color c = (java.awt.Color) paint;
        return new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()}));
    }

    /**
     * A native bar chart of the countries' rates next to a rates table: the rows that have a rate
     * (the table lists countries without one last), from the table's rate column wherever the
     * table puts it.
     */
    private void ratesChart(Placed placed) {
        ReportTable t = placed.table();
        int rateKind = -1;
        for (int k = 0; k < t.columns().size(); k++) {
            if (t.columns().get(k).kind() == CellKind.RATE) {
                rateKind = k;
                break;
            }
        }
        if (rateKind < 0) {
            return;
        }
        int withRate = 0;
        for (List<Cell> row : t.rows()) {
            if (row.get(rateKind) instanceof Cell.Num n && n.value() != null) {
                withRate++;
            } else {
                break;
            }
        }
        if (withRate == 0) {
            return;
        }
        int rateCol = placed.sheetColumn()[rateKind];
        int first = placed.firstRow();
        int last = first + withRate - 1;
        XSSFSheet sheet = placed.sheet();
        int right = placed.sheetColumn()[t.columns().size() - 1] + 2;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, right, HEADER_ROW, right + 10,
                HEADER_ROW + Math.max(24, withRate + 2));
        XSSFChart chart = chart(drawing, anchor, t.title());
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.BOTTOM);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last,
                placed.sheetColumn()[0], placed.sheetColumn()[0]));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(first, last, rateCol, rateCol));
        XDDFChartData data = chart.createData(ChartTypes.BAR, x, y);
        ((XDDFBarChartData) data).setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFChartData.Series s = data.addSeries(cats, values);
        s.setTitle(t.columns().get(rateKind).header(), new CellReference(sheet.getSheetName(), HEADER_ROW, rateCol,
                true, true));
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(solid(Palette.COUNTRY));
        s.setShapeProperties(shape);
        x.setOrientation(AxisOrientation.MAX_MIN);
        chart.plot(data);
        blanksAsGaps(chart);
    }
}
