package eu.cyberstat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import eu.cyberstat.figure.Figure;
import eu.cyberstat.reference.Countries;
import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Language;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.reports.model.KeyFinding;
import eu.cyberstat.reports.model.ReportData;
import eu.cyberstat.reports.model.RunProvenance;
import eu.cyberstat.reports.template.ReportTemplates;
import eu.cyberstat.reports.template.NumberStyle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A part larger than its whole never stands on a page without the words that say why: EU27
 * figures of different offences cover the Member States that reported each. The data have a
 * country reporting the total and some offences but no group (as Germany does), one reporting a
 * group without the total (as Cyprus does), and one with a group in part, so that the EU27
 * fraud figure exceeds its group's and the groups do not add up to the total.
 */
class EuCoverageOnPagesTest {

    private static final ReferenceData REFERENCE = ReferenceData.shipped();
    private static final int YEAR = 2022;
    /** Reported figures, geo → offence → value (2021 is 90 % of 2022). */
    private static final Map<String, Map<String, Long>> REPORTED = new LinkedHashMap<>();

    /** Kept after the run, to look at. */
    private static final Path out = Path.of("target/report-test/coverage");

    private static ReportData data;
    private static ReportTemplates templates;

    static {
        Map<String, Long> fr = new LinkedHashMap<>();
        REFERENCE.offences().leaves().forEach(o -> fr.put(o.code(), 1000L + 10L * o.code().length()));
        REPORTED.put("FR", fr);
        Map<String, Long> dk = new LinkedHashMap<>();
        REFERENCE.offences().leaves().forEach(o -> dk.put(o.code(), 300L + 7L * o.code().length()));
        REPORTED.put("DK", dk);
        // Germany: the total and four offences, no group complete.
        REPORTED.put("DE", new LinkedHashMap<>(Map.of("CYB", 500_000L, "CIA_ACCESS", 80_000L, "CIA_DATA", 60_000L,
                "COMP_FORGERY", 16_000L, "COMP_FRAUD", 224_000L)));
        // Cyprus: one group, no total.
        REPORTED.put("CY", new LinkedHashMap<>(Map.of("CIA", 700L)));
        // Austria: the total, CIA in full, COMP in part.
        Map<String, Long> at = new LinkedHashMap<>(Map.of("CYB", 11_000L, "COMP_FORGERY", 680L, "COMP_FRAUD", 6_100L));
        REFERENCE.offences().children("CIA").forEach(o -> at.put(o.code(), 400L + o.code().length()));
        REPORTED.put("AT", at);
    }

    @BeforeAll
    static void render() throws IOException {
        List<Figure> figures = new ArrayList<>();
        Map<String, Map<String, Long>> complete = new TreeMap<>();
        REPORTED.forEach((geo, values) -> complete.put(geo, withDerivedParents(values)));
        for (int year : List.of(YEAR - 1, YEAR)) {
            double scale = year == YEAR ? 1.0 : 0.9;
            complete.forEach((geo, values) -> values.forEach((offence, v) -> figures.add(
                    country(geo, offence, year, Math.round(v * scale)))));
            for (Offence o : REFERENCE.offences().all()) {
                long sum = 0;
                int covered = 0;
                long population = 0;
                for (Map.Entry<String, Map<String, Long>> e : complete.entrySet()) {
                    Long v = e.getValue().get(o.code());
                    if (v != null) {
                        sum += Math.round(v * scale);
                        covered++;
                        population += REFERENCE.population().populationOf(e.getKey(), year).orElseThrow();
                    }
                }
                if (covered > 0) {
                    figures.add(new Figure(Countries.EU27_2020, o.code(), o.iccs(), "RECORDED", year, sum,
                            sum * 100_000.0 / population, null, null, null, null, null, null, null, "", covered,
                            population * 100.0 / euPopulation(year)));
                }
            }
        }
        Figure euFraud = eu(figures, "COMP_FRAUD");
        Figure euComp = eu(figures, "COMP");
        assertThat(euFraud.value()).as("the case under test: an offence above its group").isGreaterThan(euComp.value());
        List<KeyFinding> findings = List.of(
                new KeyFinding(1, KeyFinding.EU_TOTAL_TREND, Countries.EU27_2020, "CYB", "RECORDED", YEAR,
                        Map.of("value", (double) eu(figures, "CYB").value(), "yoyPct", 11.1)),
                new KeyFinding(2, KeyFinding.EU_LARGEST_INCREASE, Countries.EU27_2020, "COMP_FRAUD", "RECORDED", YEAR,
                        Map.of("value", (double) euFraud.value(), "yoyPct", 11.1,
                                "countries", (double) euFraud.countriesCovered())),
                new KeyFinding(3, KeyFinding.EU_LARGEST_INCREASE, Countries.EU27_2020, "COMP", "RECORDED", YEAR,
                        Map.of("value", (double) euComp.value(), "yoyPct", 11.0,
                                "countries", (double) euComp.countriesCovered())));
        RunProvenance provenance = new RunProvenance("R2022-coverage", YEAR, Instant.parse("2023-06-30T00:00:00Z"),
                Instant.parse("2023-06-30T00:00:00Z"), "test");
        data = new ReportData(provenance, REFERENCE, figures, findings, List.of(), List.of());
        templates = ReportTemplates.load(TestPaths.templates(), REFERENCE);
        ReportFiles.render(data, out, TestPaths.templates());
    }

    private static Map<String, Long> withDerivedParents(Map<String, Long> reported) {
        Map<String, Long> all = new LinkedHashMap<>(reported);
        for (int level = Offence.GROUP; level >= Offence.TOTAL; level--) {
            for (Offence parent : REFERENCE.offences().all()) {
                List<Offence> children = REFERENCE.offences().children(parent.code());
                if (parent.level() == level && !all.containsKey(parent.code()) && !children.isEmpty()
                        && children.stream().allMatch(c -> all.containsKey(c.code()))) {
                    all.put(parent.code(), children.stream().mapToLong(c -> all.get(c.code())).sum());
                }
            }
        }
        return all;
    }

    private static Figure country(String geo, String offence, int year, long v) {
        double rate = v * 100_000.0 / REFERENCE.population().populationOf(geo, year).orElseThrow();
        return new Figure(geo, offence, REFERENCE.offences().get(offence).iccs(), "RECORDED", year, v, rate, null,
                null, null, null, null, null, null, "", null, null);
    }

    private static long euPopulation(int year) {
        return REFERENCE.countries().eu27().stream().map(Country::geo)
                .mapToLong(g -> REFERENCE.population().populationOf(g, year).orElseThrow()).sum();
    }

    private static Figure eu(List<Figure> figures, String offence) {
        return figures.stream().filter(f -> f.geo().equals(Countries.EU27_2020) && f.offence().equals(offence)
                && f.year() == YEAR).findFirst().orElseThrow();
    }

    private static String msg(Language l, String key, Object... args) {
        return templates.message(l, key, args);
    }

    /** Page texts with every run of white space as one space: wrapped lines read as one sentence. */
    private static List<String> pages(Language l) throws IOException {
        Path pdf = out.resolve("report-" + YEAR + "-" + l.code() + ".pdf");
        PdfReader reader = new PdfReader(pdf.toString());
        int n = reader.getNumberOfPages();
        reader.close();
        List<String> pages = new ArrayList<>();
        for (int p = 1; p <= n; p++) {
            pages.add(flat(PdfTools.text(pdf, p)));
        }
        return pages;
    }

    private static String flat(String s) {
        return s.replaceAll("[\\s\\u00a0\\u202f\\u2009]+", " ").replace("- ", "-").strip();
    }

    @Test
    void everyPageWithTheEuTotalAndItsGroupsSaysWhyTheyDoNotAddUp() throws IOException {
        PdfTools.require();
        for (Language l : List.of(Language.EN, Language.FR, Language.DE)) {
            List<String> pages = pages(l);
            String sum = flat(msg(l, "coverage.sum"));
            String why = flat(msg(l, "coverage.total-only.many", YEAR,
                    String.join(", ", List.of(country(l, "DE"))) + " " + msg(l, "list.and") + " " + country(l, "AT")));
            String groupsOnly = flat(msg(l, "coverage.groups-only.one", YEAR, country(l, "CY")));
            List<String> body = pages.stream().filter(p -> !isContents(l, p)).toList();
            List<String> withTable = body.stream().filter(p -> p.contains(flat(msg(l, "table.eu-trend.title")))).toList();
            List<String> overview = body.stream().filter(p -> p.contains(flat(msg(l, "section.eu-overview.title")))).toList();
            assertThat(withTable).as(l + ": the EU trend table").isNotEmpty();
            assertThat(overview).as(l + ": the EU overview").isNotEmpty();
            for (String page : concat(withTable, overview)) {
                assertThat(page).as(l.code()).contains(sum).contains(why).contains(groupsOnly);
            }
            // Each group's figure with the Member States it adds up.
            assertThat(overview.get(0)).as(l.code()).contains("(2 " + msg(l, "coverage.row") + ")");
        }
    }

    @Test
    void theKeyFindingsGiveEachEuFigureItsCoverageAndSayWhyAnOffenceCanExceedItsGroup() throws IOException {
        PdfTools.require();
        for (Language l : List.of(Language.EN, Language.FR, Language.DE)) {
            String summary = pages(l).stream().filter(p -> p.contains(flat(msg(l, "table.key-findings.title"))))
                    .findFirst().orElseThrow();
            NumberStyle fmt = new NumberStyle(l);
            Figure fraud = eu(data.figures(), "COMP_FRAUD");
            assertThat(summary).as(l.code()).contains(flat(fmt.count(fraud.value()) + " "))
                    .contains("(" + fraud.countriesCovered() + " " + msg(l, "coverage.row") + ")")
                    .contains(flat(msg(l, "coverage.offences")));
        }
    }

    @Test
    void germanysProfileListsTheOffencesItReportedUnderGroupsWithoutAFigure() throws IOException {
        PdfTools.require();
        for (Language l : List.of(Language.EN, Language.FR, Language.DE)) {
            NumberStyle fmt = new NumberStyle(l);
            String germany = pages(l).stream().filter(p -> p.startsWith(flat(msg(l, "report.running-head", YEAR))
                    + " " + country(l, "DE") + " ")).findFirst().orElseThrow();
            for (String offence : List.of("CIA_ACCESS", "CIA_DATA", "COMP_FORGERY", "COMP_FRAUD")) {
                long v = REPORTED.get("DE").get(offence);
                assertThat(germany).as(l.code() + " " + offence).contains(flat(fmt.count(v)));
            }
            assertThat(germany).as(l.code()).contains(flat(msg(l, "table.profile.partial")));
        }
    }

    @Test
    void theWorkbookGivesEveryEuFigureItsMemberStatesAndTheNote() throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve("report-" + YEAR + "-en.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(msg(Language.EN, "sheet.name.eu-trend"));
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains(msg(Language.EN, "coverage.sum"));
            int column = -1;
            for (org.apache.poi.ss.usermodel.Cell c : sheet.getRow(3)) {
                if (c.getStringCellValue().equals(String.valueOf(YEAR))) {
                    column = c.getColumnIndex();
                }
            }
            List<Integer> coverage = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 3 && row.getCell(0) != null
                        && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && row.getCell(0).getStringCellValue().strip()
                        .equals(msg(Language.EN, "coverage.row"))) {
                    coverage.add((int) row.getCell(column).getNumericCellValue());
                }
            }
            List<Integer> expected = new ArrayList<>();
            expected.add(eu(data.figures(), "CYB").countriesCovered());
            REFERENCE.offences().groups().forEach(g -> expected.add(eu(data.figures(), g.code()).countriesCovered()));
            assertThat(coverage).isEqualTo(expected);
        }
    }

    private static boolean isContents(Language l, String page) {
        return page.startsWith(flat(msg(l, "report.running-head", YEAR)) + " " + msg(l, "contents") + " ");
    }

    private static String country(Language l, String geo) {
        return REFERENCE.countries().get(geo).name().in(l);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
