package eu.cyberstat.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.cyberstat.reports.model.Figure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportWorkbookTest {

    private static XSSFWorkbook wb;

    @BeforeAll
    static void open() throws IOException {
        try (InputStream in = Files.newInputStream(RenderedSet.file("report-2022.xlsx"))) {
            wb = new XSSFWorkbook(in);
        }
    }

    @Test
    void figuresSheetHoldsEveryFigureOfTheModelAsNumbers() {
        Sheet s = wb.getSheet("figures");
        List<Figure> figures = RenderedSet.fixture().data().figures();
        assertThat(s.getLastRowNum() - 3).isEqualTo(figures.size());
        List<String> header = new ArrayList<>();
        s.getRow(3).forEach(c -> header.add(c.getStringCellValue()));
        assertThat(header).startsWith("geo").contains("value", "rate_per_100k", "yoy_pct", "flags");
        int value = header.indexOf("value");
        int rate = header.indexOf("rate_per_100k");
        int yoy = header.indexOf("yoy_pct");
        int flags = header.indexOf("flags");
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            Row row = s.getRow(4 + i);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(f.geo());
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(f.offence());
            assertThat((int) row.getCell(5).getNumericCellValue()).isEqualTo(f.year());
            // A confidential figure's cells stay empty although the fixture's figure carries numbers.
            boolean secret = ReportFixtures.confidential(f);
            assertNumber(row.getCell(value), secret || f.value() == null ? null : f.value().doubleValue(), f);
            assertNumber(row.getCell(rate), secret ? null : f.ratePer100k(), f);
            assertNumber(row.getCell(yoy), secret ? null : f.yoyPct(), f);
            Cell fl = row.getCell(flags);
            assertThat(fl == null ? "" : fl.getStringCellValue()).isEqualTo(f.flags());
        }
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
        List<String> hostile = new ArrayList<>();
        for (Sheet s : wb) {
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
        assertThat(hostile).contains(ReportFixtures.HOSTILE_PLATFORM);
    }

    @Test
    void tableSheetsHaveFrozenFilteredHeadersFlagColumnsAndFormats() {
        XSSFSheet rates = wb.getSheet("rates-CYB");
        assertThat(rates).isNotNull();
        assertThat(rates.getPaneInformation().isFreezePane()).isTrue();
        assertThat(rates.getCTWorksheet().isSetAutoFilter()).isTrue();
        Row header = rates.getRow(3);
        assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Recorded");
        assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Recorded – flags");
        Row eu = rates.getRow(4);
        assertThat(eu.getCell(0).getStringCellValue()).isEqualTo("European Union (27 countries)");
        assertThat(eu.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(eu.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
        assertThat(rates.getColumnWidth(0)).isGreaterThanOrEqualTo(("European Union (27 countries)".length() + 2) * 256);
        for (Sheet s : wb) {
            if (!s.getSheetName().equals("contents")) {
                assertThat(((XSSFSheet) s).getPaneInformation()).as(s.getSheetName()).isNotNull();
            }
        }
    }

    @Test
    void confidentialValuesAppearNowhereInTheWorkbook() {
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

    @Test
    void hasNativeChartsAndAContentsSheetWithProvenance() {
        int charts = 0;
        for (Sheet s : wb) {
            var drawing = ((XSSFSheet) s).getDrawingPatriarch();
            charts += drawing == null ? 0 : drawing.getCharts().size();
        }
        assertThat(charts).isGreaterThanOrEqualTo(2);
        Sheet contents = wb.getSheetAt(0);
        assertThat(contents.getSheetName()).isEqualTo("contents");
        StringBuilder text = new StringBuilder();
        contents.forEach(r -> r.forEach(c -> text.append(c.toString()).append('|')));
        assertThat(text).contains(RenderedSet.fixture().data().provenance().runId(), "2023-06-30 00:00 UTC",
                "figures", "coverage");
    }
}
