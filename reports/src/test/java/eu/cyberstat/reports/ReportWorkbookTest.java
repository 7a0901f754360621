package eu.cyberstat.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.reference.Countries;
import eu.cyberstat.reference.Flags;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/** The finished workbooks, one per language, read back with POI: cells, number formats and charts. */
class ReportWorkbookTest {

    private static final int HEADER = 3;
    private static final Map<String, XSSFWorkbook> BOOKS = new LinkedHashMap<>();
    /** The EU trend chart's series, by the short offence label their header starts with. */
    private static final Map<String, String> SHORT = Map.of("All cybercrime", "CYB", "Against computer systems", "CIA",
            "Computer-related", "COMP", "Content-related", "CONT", "Intellectual property", "IP",
            "Other cybercrime", "OTHER");

    @BeforeAll
    static void open() throws IOException {
        for (String lang : List.of("en", "fr", "de")) {
            try (InputStream in = Files.newInputStream(RenderedSet.file("report-2022-" + lang + ".xlsx"))) {
                BOOKS.put(lang, new XSSFWorkbook(in));
            }
        }
    }

    private static XSSFWorkbook en() {
        return BOOKS.get("en");
    }

    private static String text(Row row, int col) {
        Cell c = row == null ? null : row.getCell(col);
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }

    @Test
    void aWorkbookPerLanguageNamesItsSheetsAndLabelsInThatLanguage() {
        Map<String, List<String>> expected = Map.of(
                "en", List.of("Contents", "Headline", "EU trend", "Rates CYB", "Rates OTHER", "Coverage", "Revisions",
                        "All figures"),
                "fr", List.of("Sommaire", "Chiffres clés", "Tendance UE", "Taux CYB", "Taux OTHER", "Couverture",
                        "Révisions", "Tous les chiffres"),
                "de", List.of("Inhalt", "Eckdaten", "EU-Entwicklung", "Raten CYB", "Raten OTHER", "Abdeckung",
                        "Revisionen", "Alle Zahlen"));
        Map<String, String[]> ratesHeader = Map.of("en", new String[] {"Country", "Per 100 000", "Rank"},
                "fr", new String[] {"Pays", "Pour 100 000", "Rang"}, "de", new String[] {"Land", "Je 100 000", "Rang"});
        Map<String, String> eu = Map.of("en", "European Union (27 countries)", "fr", "Union européenne (27 pays)",
                "de", "Europäische Union (27 Länder)");
        for (var e : BOOKS.entrySet()) {
            String lang = e.getKey();
            XSSFWorkbook wb = e.getValue();
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).as(lang).containsAll(expected.get(lang)).startsWith(expected.get(lang).get(0))
                    .endsWith(expected.get(lang).get(expected.get(lang).size() - 1));
            for (String other : BOOKS.keySet()) {
                if (!other.equals(lang)) {
                    assertThat(names).as(lang + " has no sheet of " + other).doesNotContain(expected.get(other).get(0));
                }
            }
            Sheet rates = wb.getSheet(expected.get(lang).get(3));
            List<String> header = new ArrayList<>();
            rates.getRow(HEADER).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).as(lang).startsWith(ratesHeader.get(lang)[0]).contains(ratesHeader.get(lang)[1],
                    ratesHeader.get(lang)[2]);
            assertThat(text(rates.getRow(HEADER + 1), 0)).isEqualTo(eu.get(lang));
            // Every sheet the contents list links to exists.
            Sheet contents = wb.getSheetAt(0);
            int links = 0;
            for (Row r : contents) {
                Cell c = r.getCell(0);
                if (c != null && c.getHyperlink() != null) {
                    String target = c.getHyperlink().getAddress();
                    assertThat(wb.getSheet(target.substring(1, target.lastIndexOf("'!")).replace("''", "'")))
                            .as(target).isNotNull();
                    links++;
                }
            }
            assertThat(links).isEqualTo(wb.getNumberOfSheets() - 1);
        }
        XSSFChart frChart = ((XSSFSheet) BOOKS.get("fr").getSheet("Taux CIA")).getDrawingPatriarch().getCharts().get(0);
        assertThat(frChart.getTitleText().getString()).startsWith("Infractions contre la confidentialité, l'intégrité et la disponibilité des systèmes informatiques : comparaison des pays");
        assertThat(frChart.getCTChart().getTitle().getTx().getRich().getPArray(0).getRArray(0).getRPr().getLang())
                .isEqualTo("fr");
    }

    @Test
    void figuresSheetHoldsEveryFigureOfTheModelAsNumbers() {
        for (var e : BOOKS.entrySet()) {
            Sheet s = e.getValue().getSheetAt(e.getValue().getNumberOfSheets() - 1);
            List<Figure> figures = RenderedSet.fixture().data().figures();
            assertThat(s.getLastRowNum() - HEADER).isEqualTo(figures.size());
            // The CSV's column names above the headers in words.
            List<String> csv = new ArrayList<>();
            s.getRow(HEADER - 1).forEach(c -> csv.add(c.getStringCellValue()));
            assertThat(csv).startsWith("geo").contains("value", "rate_per_100k", "yoy_abs", "yoy_pct", "flags");
            int value = column(s, HEADER - 1, "value");
            int rate = column(s, HEADER - 1, "rate_per_100k");
            int yoy = column(s, HEADER - 1, "yoy_pct");
            int flags = column(s, HEADER - 1, "flags");
            int offence = column(s, HEADER - 1, "offence");
            int year = column(s, HEADER - 1, "year");
            assertThat(text(s.getRow(HEADER), value)).as(e.getKey())
                    .isEqualTo(Map.of("en", "Recorded", "fr", "Enregistrées", "de", "Erfasst").get(e.getKey()));
            for (int i = 0; i < figures.size(); i++) {
                Figure f = figures.get(i);
                Row row = s.getRow(HEADER + 1 + i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(f.geo());
                assertThat(row.getCell(offence).getStringCellValue()).isEqualTo(f.offence());
                assertThat((int) row.getCell(year).getNumericCellValue()).isEqualTo(f.year());
                // A confidential figure's cells stay empty although the fixture's figure carries numbers.
                boolean secret = ReportFixtures.confidential(f);
                assertNumber(row.getCell(value), secret || f.value() == null ? null : f.value().doubleValue(), f);
                assertNumber(row.getCell(rate), secret ? null : f.ratePer100k(), f);
                assertNumber(row.getCell(yoy), secret ? null : f.yoyPct(), f);
                Cell fl = row.getCell(flags);
                assertThat(fl == null ? "" : fl.getStringCellValue()).isEqualTo(f.flags());
            }
        }
    }

    private static int column(Sheet s, int row, String header) {
        for (Cell c : s.getRow(row)) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " in " + s.getSheetName());
    }

    private static void assertNumber(Cell cell, Double expected, Figure f) {
        if (expected == null) {
            assertThat(cell == null || cell.getCellType() == CellType.BLANK).as("empty for " + f).isTrue();
        } else {
            assertThat(cell.getCellType()).as("numeric for " + f).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).as(f.toString()).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void noCellIsAFormulaAndHostileTextIsQuotePrefixed() {
        for (var e : BOOKS.entrySet()) {
            List<String> hostile = new ArrayList<>();
            for (Sheet s : e.getValue()) {
                for (Row r : s) {
                    for (Cell c : r) {
                        assertThat(c.getCellType()).as(s.getSheetName() + "!" + c.getAddress()).isNotEqualTo(CellType.FORMULA);
                        if (c.getCellType() == CellType.STRING) {
                            String v = c.getStringCellValue();
                            if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
                                assertThat(c.getCellStyle().getQuotePrefixed()).as("quote prefix on " + v).isTrue();
                                hostile.add(v);
                            }
                        }
                    }
                }
            }
            assertThat(hostile).as(e.getKey()).contains(ReportFixtures.HOSTILE_PLATFORM);
        }
    }

    @Test
    void theRevisionNotesAreASheetWithTheNotesAsTextNeverAsFormulas() {
        for (var e : BOOKS.entrySet()) {
            Sheet s = e.getValue().getSheet(Map.of("en", "Revisions", "fr", "Révisions", "de", "Revisionen").get(e.getKey()));
            Map<String, Cell> noteByCountry = new HashMap<>();
            for (int r = HEADER + 1; r <= s.getLastRowNum(); r++) {
                noteByCountry.put(text(s.getRow(r), 0), s.getRow(r).getCell(4));
            }
            Map<String, String> names = Map.of("en", "France|Netherlands", "fr", "France|Pays-Bas", "de",
                    "Frankreich|Niederlande");
            String[] fr = names.get(e.getKey()).split("\\|");
            assertThat(noteByCountry.get(fr[0]).getStringCellValue()).isEqualTo(ReportFixtures.FR_REVISION_NOTE);
            Cell hostile = noteByCountry.get(fr[1]);
            assertThat(hostile.getCellType()).isEqualTo(CellType.STRING);
            assertThat(hostile.getStringCellValue())
                    .isEqualTo("=HYPERLINK(\"http://evil.example\",\"x\") **bold** <b>tag</b> \\u001B[2J");
            assertThat(hostile.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void tableSheetsHaveFrozenFilteredHeadersAndFlagColumns() {
        XSSFSheet rates = en().getSheet("Rates CYB");
        assertThat(rates.getPaneInformation().isFreezePane()).isTrue();
        assertThat(rates.getCTWorksheet().isSetAutoFilter()).isTrue();
        Row header = rates.getRow(HEADER);
        assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Recorded");
        assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Recorded – flags");
        Row eu = rates.getRow(HEADER + 1);
        assertThat(eu.getCell(0).getStringCellValue()).isEqualTo("European Union (27 countries)");
        assertThat(eu.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(rates.getColumnWidth(0)).isGreaterThanOrEqualTo(("European Union (27 countries)".length() + 2) * 256);
        for (XSSFWorkbook wb : BOOKS.values()) {
            for (int i = 1; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertThat(s.getPaneInformation()).as(s.getSheetName()).isNotNull();
            }
        }
    }

    /**
     * One number format per kind of figure: a column holds one format (the headline table, whose
     * rows are of different kinds, aside), a header means the same format on every sheet, and
     * each kind has the format it should.
     */
    @Test
    void oneNumberFormatPerKindOfFigure() {
        for (var e : BOOKS.entrySet()) {
            Map<String, Set<String>> formatsByHeader = new TreeMap<>();
            for (int i = 1; i < e.getValue().getNumberOfSheets(); i++) {
                Sheet s = e.getValue().getSheetAt(i);
                if (i == 1) {
                    continue; // the headline table: one row per measure, each with its own kind
                }
                Row head = s.getRow(HEADER);
                for (int r = HEADER + 1; r <= s.getLastRowNum() && s.getRow(r) != null; r++) {
                    for (Cell c : s.getRow(r)) {
                        if (c.getCellType() == CellType.NUMERIC) {
                            String h = text(head, c.getColumnIndex());
                            if (h.matches("\\d{4}")) {
                                h = "<year column>";
                            }
                            formatsByHeader.computeIfAbsent(h, k -> new TreeSet<>()).add(c.getCellStyle().getDataFormatString());
                        }
                    }
                }
            }
            formatsByHeader.forEach((h, formats) -> assertThat(formats).as(e.getKey() + ": " + h).hasSize(1));
            if (e.getKey().equals("en")) {
                Map<String, String> expected = Map.of("Recorded", "#,##0", "Per 100 000", "#,##0.0",
                        "Change (%)", "+#,##0.0;-#,##0.0;0.0", "Rank", "0", "Year", "0",
                        "Share of total (%)", "#,##0.0", "Change on previous year", "+#,##0;-#,##0;0",
                        "Index (base year = 100)", "#,##0.0", "Population covered (%)", "#,##0.0");
                expected.forEach((h, f) -> assertThat(formatsByHeader.get(h)).as(h).containsExactly(f));
            }
        }
        // The headline table: each measure in the format of its kind.
        Sheet headline = en().getSheet("Headline");
        Map<String, String> byMeasure = new HashMap<>();
        for (int r = HEADER + 1; r <= headline.getLastRowNum(); r++) {
            Cell v = headline.getRow(r).getCell(1);
            if (v != null && v.getCellType() == CellType.NUMERIC) {
                byMeasure.put(text(headline.getRow(r), 0), v.getCellStyle().getDataFormatString());
            }
        }
        assertThat(byMeasure).containsEntry("Offences recorded by the police, EU27, 2022", "#,##0")
                .containsEntry("Offences per 100 000 inhabitants", "#,##0.0")
                .containsEntry("Change on the previous year (%)", "+#,##0.0;-#,##0.0;0.0");
    }

    /** Each rates sheet charts its own rate column, found by its header, over the rows that have a rate. */
    @Test
    void eachRatesSheetHasABarChartOfItsRatesWhereverTheColumnIs() {
        for (var e : BOOKS.entrySet()) {
            String prefix = Map.of("en", "Rates ", "fr", "Taux ", "de", "Raten ").get(e.getKey());
            String rateHeader = Map.of("en", "Per 100 000", "fr", "Pour 100 000", "de", "Je 100 000").get(e.getKey());
            int sheets = 0;
            for (Sheet sh : e.getValue()) {
                if (!sh.getSheetName().startsWith(prefix)) {
                    continue;
                }
                sheets++;
                XSSFSheet s = (XSSFSheet) sh;
                List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
                assertThat(charts).as(s.getSheetName()).hasSize(1);
                var bars = charts.get(0).getCTChart().getPlotArea().getBarChartArray();
                assertThat(bars).hasSize(1);
                CTBarSer ser = bars[0].getSerArray(0);
                int rateCol = column(s, HEADER, rateHeader);
                int withRate = 0;
                for (int r = HEADER + 1; r <= s.getLastRowNum(); r++) {
                    Cell c = s.getRow(r).getCell(rateCol);
                    if (c == null || c.getCellType() != CellType.NUMERIC) {
                        break;
                    }
                    withRate++;
                }
                assertThat(withRate).isGreaterThan(20);
                String sheet = "'" + s.getSheetName() + "'!";
                assertThat(ser.getVal().getNumRef().getF()).isEqualTo(sheet + range(rateCol, HEADER + 1, HEADER + withRate));
                assertThat(ser.getCat().getStrRef().getF()).isEqualTo(sheet + range(0, HEADER + 1, HEADER + withRate));
                assertThat(ser.getTx().getStrRef().getF()).isEqualTo(sheet + new CellReference(HEADER, rateCol, true, true)
                        .formatAsString());
                assertThat(charts.get(0).getCTChart().getDispBlanksAs().getVal()).isEqualTo(STDispBlanksAs.GAP);
            }
            assertThat(sheets).as(e.getKey()).isEqualTo(6);
        }
    }

    private static String range(int col, int from, int to) {
        return new CellReference(from, col, true, true).formatAsString() + ":"
                + new CellReference(to, col, true, true).formatAsString();
    }

    /**
     * The EU trend chart draws each EU level as one line, as the PDF does: every published EU
     * value once, blanks as gaps, and the years whose sum includes a Member State's break in
     * series (the EU figure's {@code b}) as hollow points, explained under the chart.
     */
    @Test
    void theTrendChartMarksTheYearsWhoseEuSumIncludesABreak() {
        XSSFSheet s = en().getSheet("EU trend");
        XSSFChart chart = s.getDrawingPatriarch().getCharts().get(0);
        assertThat(chart.getCTChart().getDispBlanksAs().getVal()).isEqualTo(STDispBlanksAs.GAP);
        CTLineSer[] series = chart.getCTChart().getPlotArea().getLineChartArray(0).getSerArray();
        Map<String, Map<Integer, Long>> euValues = new HashMap<>();
        Map<String, Set<Integer>> breaks = new HashMap<>();
        for (Figure f : RenderedSet.fixture().data().figures()) {
            if (f.geo().equals(Countries.EU27_2020) && SHORT.containsValue(f.offence()) && f.value() != null
                    && !ReportFixtures.confidential(f)) {
                euValues.computeIfAbsent(f.offence(), k -> new HashMap<>()).put(f.year(), f.value());
                if (Flags.has(f.flags(), Flags.BREAK) && f.year() > ReportFixtures.FIRST) {
                    breaks.computeIfAbsent(f.offence(), k -> new TreeSet<>()).add(f.year());
                }
            }
        }
        assertThat(breaks.get("CYB")).contains(2018, 2022);
        assertThat(series).hasSize(SHORT.size());
        Map<String, Map<Integer, Long>> drawn = new HashMap<>();
        for (CTLineSer ser : series) {
            String title = cellText(ser.getTx().getStrRef().getF());
            String offence = SHORT.get(title);
            assertThat(offence).as(title).isNotNull();
            List<Double> years = numbers(ser.getCat().getNumRef().getF());
            List<Double> points = numbers(ser.getVal().getNumRef().getF());
            Set<Integer> hollow = new TreeSet<>();
            for (var point : ser.getDPtList()) {
                assertThat(point.getMarker().getSymbol().getVal().toString()).isEqualTo("circle");
                assertThat(point.getMarker().getSpPr().getSolidFill().getSrgbClr().getVal())
                        .as("hollow: white inside").isEqualTo(new byte[] {-1, -1, -1});
                hollow.add(years.get((int) point.getIdx().getVal()).intValue());
            }
            assertThat(hollow).as(title + ": its EU break years").isEqualTo(breaks.getOrDefault(offence, Set.of()));
            for (int k = 0; k < years.size(); k++) {
                if (points.get(k) != null) {
                    drawn.computeIfAbsent(offence, o -> new HashMap<>()).put(years.get(k).intValue(), points.get(k).longValue());
                }
            }
        }
        assertThat(drawn).isEqualTo(euValues);
        boolean explained = false;
        for (Row row : s) {
            Cell c = row.getCell(0);
            explained |= c != null && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals("\u25CB EU27 year including a break in series in a Member State");
        }
        assertThat(explained).as("the hollow points are explained under the chart").isTrue();
    }

    /**
     * A sheet read on its own says what its flags mean and carries Kosovo's designation footnote
     * when it names Kosovo, in its note under the title: the rates sheets, coverage, the profiles
     * and the sheet of every figure alike.
     */
    @Test
    void everySheetExplainsItsFlagsAndCarriesTheNotesOfTheNamesItPrints() {
        var templates = eu.cyberstat.reports.template.ReportTemplates.load(TestPaths.templates(),
                RenderedSet.fixture().data().reference());
        var flagLabels = RenderedSet.fixture().data().reference().flagLabels();
        for (var e : BOOKS.entrySet()) {
            var lang = eu.cyberstat.reference.Language.of(e.getKey());
            String designation = PdfText.squash(templates.message(lang, "country.note.XK"));
            String flagsHeader = templates.message(lang, "col.flags");
            String flagsOf = templates.message(lang, "col.flags-of", "").strip();
            int withKosovo = 0;
            int withFlags = 0;
            for (Sheet sh : e.getValue()) {
                if (sh.getSheetName().equals(templates.message(lang, "sheet.name.flags"))) {
                    continue; // the legend itself: each flag beside its meaning
                }
                String note = sh.getRow(1) == null || sh.getRow(1).getCell(0) == null ? ""
                        : PdfText.squash(sh.getRow(1).getCell(0).getStringCellValue());
                boolean namesKosovo = false;
                Set<Character> flags = new TreeSet<>();
                Row header = sh.getRow(HEADER);
                // The table's rows: down to the first empty row (a chart's data may follow).
                for (int r = HEADER + 1; r <= sh.getLastRowNum() && sh.getRow(r) != null; r++) {
                    Row row = sh.getRow(r);
                    for (Cell c : row) {
                        if (c.getCellType() != CellType.STRING) {
                            continue;
                        }
                        namesKosovo |= c.getStringCellValue().contains("Kosovo*");
                        Cell head = header == null ? null : header.getCell(c.getColumnIndex());
                        String h = head == null || head.getCellType() != CellType.STRING ? "" : head.getStringCellValue();
                        if (h.equals(flagsHeader) || h.endsWith(flagsOf)) {
                            c.getStringCellValue().chars().forEach(ch -> flags.add((char) ch));
                        }
                    }
                }
                assertThat(note.contains(designation)).as(e.getKey() + " " + sh.getSheetName() + ": Kosovo's note")
                        .isEqualTo(namesKosovo);
                withKosovo += namesKosovo ? 1 : 0;
                for (char flag : flags) {
                    assertThat(flagLabels).as(e.getKey() + " " + sh.getSheetName() + ": a flag, '" + flag + "'").containsKey(flag);
                    assertThat(note).as(e.getKey() + " " + sh.getSheetName() + ": flag " + flag + " explained")
                            .contains(flag + " = " + flagLabels.get(flag).in(lang));
                }
                withFlags += flags.isEmpty() ? 0 : 1;
            }
            assertThat(withKosovo).as(e.getKey() + ": rates, coverage, profiles, figures").isGreaterThanOrEqualTo(9);
            assertThat(withFlags).as(e.getKey()).isGreaterThanOrEqualTo(10);
        }
    }


    private String cellText(String ref) {
        CellReference c = new CellReference(ref);
        return en().getSheet(c.getSheetName()).getRow(c.getRow()).getCell(c.getCol()).getStringCellValue();
    }

    private List<Double> numbers(String ref) {
        AreaReference area = new AreaReference(ref, SpreadsheetVersion.EXCEL2007);
        Sheet s = en().getSheet(area.getFirstCell().getSheetName());
        List<Double> out = new ArrayList<>();
        for (CellReference c : area.getAllReferencedCells()) {
            Row r = s.getRow(c.getRow());
            Cell cell = r == null ? null : r.getCell(c.getCol());
            out.add(cell == null || cell.getCellType() != CellType.NUMERIC ? null : cell.getNumericCellValue());
        }
        return out;
    }

    @Test
    void confidentialValuesAppearNowhereInAnyWorkbook() {
        ReportFixtures.Fixture fx = RenderedSet.fixture();
        java.util.Set<Double> secrets = new java.util.HashSet<>();
        fx.confidentialValues().forEach(v -> secrets.add(v.doubleValue()));
        // A secret equal to some published number of another figure cannot be told apart: leave it out.
        // (The confidential figures themselves carry their values in the fixture; Shown must hide them.)
        for (Figure f : fx.data().figures()) {
            if (ReportFixtures.confidential(f)) {
                continue;
            }
            for (Number n : java.util.Arrays.asList(f.value(), f.yoyAbs(), f.ma3y(), f.ratePer100k(), f.index(),
                    f.yoyPct(), f.cagr5y(), f.shareOfTotal())) {
                if (n != null) {
                    secrets.remove(n.doubleValue());
                }
            }
        }
        assertThat(secrets).hasSizeGreaterThan(5);
        for (XSSFWorkbook wb : BOOKS.values()) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.NUMERIC) {
                            assertThat(secrets).as(s.getSheetName() + "!" + c.getAddress()).doesNotContain(c.getNumericCellValue());
                        } else if (c.getCellType() == CellType.STRING) {
                            for (Double v : secrets) {
                                assertThat(c.getStringCellValue()).doesNotContain(String.valueOf(v.longValue()));
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void hasAChartOnEveryRatesSheetAndTheTrendAndAContentsSheetWithProvenance() {
        for (XSSFWorkbook wb : BOOKS.values()) {
            int charts = 0;
            for (Sheet s : wb) {
                var drawing = ((XSSFSheet) s).getDrawingPatriarch();
                charts += drawing == null ? 0 : drawing.getCharts().size();
            }
            assertThat(charts).isEqualTo(1 + 6);
        }
        Sheet contents = en().getSheetAt(0);
        assertThat(contents.getSheetName()).isEqualTo("Contents");
        StringBuilder text = new StringBuilder();
        contents.forEach(r -> r.forEach(c -> text.append(c.toString()).append('|')));
        assertThat(text).contains(RenderedSet.fixture().data().provenance().runId(), "2023-06-30 00:00 UTC",
                "All figures", "Coverage");
    }
}
