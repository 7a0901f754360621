package eu.cyberstat.web.query;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.ListSubmissions;
import eu.cyberstat.app.SubmitFile;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.web.ServedDemo;
import eu.cyberstat.web.TestPortal;
import eu.cyberstat.web.UploadFixture;
import eu.cyberstat.web.WebClient;
import eu.cyberstat.web.account.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's deliveries over HTTP on the served demo (Germany 2013–2022, France 2013–2022 with
 * 2021–2022 revised): the page, its CSV and its workbook say the same, checked against the
 * submissions the use case lists; an uploader may not open it.
 */
class DeliveriesPageTest {

    private static final String PASSWORD = "a long enough password";

    @TempDir
    static Path dir;

    private static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dir.resolve("portal"), Map.of());
        portal.add("op", Role.OPERATOR, null, PASSWORD);
        portal.add("de-up", Role.UPLOADER, "DE", PASSWORD);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static Element row(WebClient.Page page, String geo) {
        return page.html().select("table.deliveries tbody tr").stream()
                .filter(r -> r.select("th span.meta").text().equals(geo)).findFirst().orElseThrow();
    }

    @Test
    void thePageTheCsvAndTheWorkbookAgreeWithTheSubmissions() throws Exception {
        WebClient op = new WebClient(portal.url("/"));
        op.login("op", PASSWORD);
        // The test clock stands on 1 March 2026: 2024's figures were due on 30 June 2025, 2025's are not yet.
        WebClient.Page page = op.get("/deliveries");
        assertThat(page.status()).isEqualTo(200);
        List<String> header = page.html().select("table.deliveries thead th").eachText();
        assertThat(header.get(1)).isEqualTo("2013");
        assertThat(header.get(header.size() - 1)).isEqualTo("2024");
        Element de = row(page, "DE");
        Element fr = row(page, "FR");
        List<String> deCells = de.select("td").stream().map(Element::ownText).toList();
        List<String> frCells = fr.select("td").stream().map(Element::ownText).toList();

        // Expected from the submissions themselves: a warning count decides delivered or with warnings.
        int deWarnings;
        int frFirstWarnings;
        try (Application app = Application.start(Settings.defaults().with(Settings.WAREHOUSE_DIR,
                ServedDemo.get().warehouse), "deliveries test")) {
            List<ListSubmissions.Entry> all = new ListSubmissions(app).list(new ListSubmissions.Query(null, null, null))
                    .submissions();
            deWarnings = all.stream().filter(e -> e.submission().submission().fileName().equals("de-pks-style.csv"))
                    .findFirst().orElseThrow().submission().submission().warnings();
            frFirstWarnings = all.stream().filter(e -> e.submission().submission().fileName().equals("fr-2013-2022.csv"))
                    .findFirst().orElseThrow().submission().submission().warnings();
        }
        String deStatus = deWarnings > 0 ? "delivered with warnings" : "delivered";
        String frStatus = frFirstWarnings > 0 ? "delivered with warnings" : "delivered";
        for (int i = 0; i < 10; i++) {
            assertThat(deCells.get(i)).as("DE " + (2013 + i)).isEqualTo(deStatus);
            assertThat(frCells.get(i)).as("FR " + (2013 + i)).isEqualTo(i >= 8 ? "revised" : frStatus);
        }
        assertThat(deCells.subList(10, 12)).containsOnly("late");
        // The groups without figures, worked out from the figures in force: an offence code's group is
        // the part before its underscore (CIA_ACCESS: CIA), the total CYB belongs to none.
        for (String geo : List.of("DE", "FR")) {
            for (int i = 0; i < 10; i++) {
                Set<String> given = UploadFixture.inForce(ServedDemo.get().warehouse, geo, 2013 + i).stream()
                        .map(o -> o.offence().split("_")[0]).collect(Collectors.toSet());
                List<String> none = List.of("CIA", "COMP", "CONT", "IP", "OTHER").stream()
                        .filter(g -> !given.contains(g)).toList();
                assertThat(row(page, geo).select("td").get(i).select(".groups-none").text()).as(geo + " " + (2013 + i))
                        .isEqualTo(none.isEmpty() ? "" : "no figures for " + String.join(", ", none));
            }
        }
        Element cy = row(page, "CY");
        assertThat(cy.select("td").eachText()).containsOnly("late");

        String csv = new String(op.download("/deliveries.csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("country,group," + String.join(",",
                header.subList(1, header.size())));
        String frLine = csv.lines().filter(l -> l.startsWith("FR,all,")).findFirst().orElseThrow();
        assertThat(frLine.split(",")[10]).isEqualTo("revised");
        assertThat(frLine.split(",")[12]).isEqualTo("late");
        // Per country: the year as a whole, then the five groups of the classification.
        assertThat(csv.lines().count()).isEqualTo(1 + 27 * 6);
        assertThat(csv.lines().filter(l -> l.startsWith("DE,")).map(l -> l.split(",")[1]))
                .containsExactly("all", "CIA", "COMP", "CONT", "IP", "OTHER");
        assertWorkbookIsTheCsv(op.download("/deliveries.xlsx"), csv);

        WebClient.Page revisedOnly = op.get("/deliveries?status=revised&from=2020&to=2022");
        assertThat(revisedOnly.html().select("table.deliveries tbody tr")).hasSize(1);
        assertThat(revisedOnly.html().select("table.deliveries thead th").eachText()).containsExactly("Country", "2020",
                "2021", "2022");
        assertThat(op.get("/deliveries?from=20x").status()).isEqualTo(400);

        WebClient uploader = new WebClient(portal.url("/"));
        uploader.login("de-up", PASSWORD);
        assertThat(uploader.get("/deliveries").status()).isEqualTo(403);
    }

    /** Every cell of the workbook's sheet is the CSV's, the years as numbers in the header. */
    private static void assertWorkbookIsTheCsv(byte[] workbook, String csv) throws Exception {
        List<String[]> lines = csv.lines().map(l -> l.split(",")).toList();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheet("Deliveries");
            assertThat(sheet.getLastRowNum()).isEqualTo(lines.size() - 1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("country");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("group");
            for (int c = 2; c < lines.get(0).length; c++) {
                assertThat((int) sheet.getRow(0).getCell(c).getNumericCellValue()).isEqualTo(
                        Integer.parseInt(lines.get(0)[c]));
            }
            for (int r = 1; r < lines.size(); r++) {
                String[] cells = lines.get(r);
                assertThat(sheet.getRow(r).getLastCellNum()).isEqualTo((short) cells.length);
                for (int c = 0; c < cells.length; c++) {
                    assertThat(sheet.getRow(r).getCell(c).getStringCellValue()).as("row " + r + " column " + c)
                            .isEqualTo(cells[c]);
                }
            }
        }
    }

    /**
     * Offence groups from figures set up by hand: Luxembourg delivers 2024 with a child sexual abuse
     * figure only (content-related, CONT) and 2025 with illegal access (CIA) and computer-related
     * fraud (COMP). On 1 March 2026, 2024's figures were due (30 June 2025), 2025's are not yet: the
     * groups LU did not give are late for 2024 and missing for 2025, on the page (filtered by
     * group, by group and status, and in the whole-year view's note), in the CSV and the workbook.
     */
    @Test
    void offenceGroupsFromFiguresSetUpByHand() throws Exception {
        Path own = dir.resolve("groups");
        try (TestPortal groups = TestPortal.start(own.resolve("portal"), UploadFixture.warehouseCopy(own),
                own.resolve("out"), Map.of())) {
            groups.add("op", Role.OPERATOR, null, PASSWORD);
            submit(groups, own.resolve("lu-2024.csv"), "LU,2024,CONT_CSAM,RECORDED,12,,\n");
            submit(groups, own.resolve("lu-2025.csv"), "LU,2025,CIA_ACCESS,RECORDED,30,,\n"
                    + "LU,2025,COMP_FRAUD,RECORDED,45,,\n");
            WebClient op = new WebClient(groups.url("/"));
            op.login("op", PASSWORD);

            WebClient.Page whole = op.get("/deliveries?from=2024&to=2025");
            List<String> lu = row(whole, "LU").select("td").eachText();
            String lu2024 = row(whole, "LU").select("td").get(0).ownText();
            String lu2025 = row(whole, "LU").select("td").get(1).ownText();
            assertThat(lu2024).isIn("delivered", "delivered with warnings");
            assertThat(lu2025).isIn("delivered", "delivered with warnings");
            assertThat(lu.get(0)).isEqualTo(lu2024 + " no figures for CIA, COMP, IP, OTHER");
            assertThat(lu.get(1)).isEqualTo(lu2025 + " no figures for CONT, IP, OTHER");
            assertThat(row(whole, "DE").select("td").eachText()).containsExactly("late", "missing");

            WebClient.Page cia = op.get("/deliveries?from=2024&to=2025&group=CIA");
            assertThat(cia.status()).isEqualTo(200);
            assertThat(cia.html().select("#group option[selected]").attr("value")).isEqualTo("CIA");
            assertThat(cia.html().select("caption").text()).endsWith("(CIA)");
            assertThat(row(cia, "LU").select("td").eachText()).containsExactly("late", lu2025);
            WebClient.Page cont = op.get("/deliveries?from=2024&to=2025&group=cont");
            assertThat(row(cont, "LU").select("td").eachText()).containsExactly(lu2024, "missing");
            // By group and status: only Luxembourg has 2025 figures of the CIA group.
            String code = lu2025.equals("delivered") ? "delivered" : "warnings";
            WebClient.Page ciaDelivered = op.get("/deliveries?from=2025&to=2025&group=CIA&status=" + code);
            assertThat(ciaDelivered.html().select("table.deliveries tbody th span.meta").eachText())
                    .containsExactly("LU");
            assertThat(op.get("/deliveries?from=2025&to=2025&group=CONT&status=" + code).html()
                    .select("table.deliveries tbody tr")).isEmpty();
            assertThat(op.get("/deliveries?group=NOPE").status()).isEqualTo(400);

            String csv = new String(op.download("/deliveries.csv?from=2024&to=2025"), StandardCharsets.UTF_8);
            String code2024 = lu2024.equals("delivered") ? "delivered" : "warnings";
            assertThat(csv.lines().filter(l -> l.startsWith("LU,")).toList()).containsExactly(
                    "LU,all," + code2024 + "," + code,
                    "LU,CIA,late," + code,
                    "LU,COMP,late," + code,
                    "LU,CONT," + code2024 + ",missing",
                    "LU,IP,late,missing",
                    "LU,OTHER,late,missing");
            assertWorkbookIsTheCsv(op.download("/deliveries.xlsx?from=2024&to=2025"), csv);
            String onlyCont = new String(op.download("/deliveries.csv?from=2024&to=2025&group=CONT"),
                    StandardCharsets.UTF_8);
            assertThat(onlyCont.lines().count()).isEqualTo(1 + 27);
            assertThat(onlyCont.lines().filter(l -> l.startsWith("LU,"))).containsExactly(
                    "LU,CONT," + code2024 + ",missing");
            assertWorkbookIsTheCsv(op.download("/deliveries.xlsx?from=2024&to=2025&group=CONT"), onlyCont);

            // Luxembourg's uploader sees on its start page what it still owes: the matrix's row for LU
            // from the first year in force (2013, Germany's and France's) to the year being collected
            // (2025, due on 30 June 2026), the latest first.
            groups.add("lu-up", Role.UPLOADER, "LU", PASSWORD);
            WebClient uploader = new WebClient(groups.url("/"));
            uploader.login("lu-up", PASSWORD);
            assertThat(uploader.get("/").header("Location")).hasValue("/countries/LU");
            WebClient.Page start = uploader.get("/countries/LU");
            assertThat(start.status()).isEqualTo(200);
            assertThat(start.html().select("h2#expected").text()).isEqualTo("Still expected");
            List<List<String>> expected = start.html().select("table.expected tbody tr").stream()
                    .map(r -> r.select("th, td").eachText()).toList();
            var offences = eu.cyberstat.reference.ReferenceData.shipped().offences();
            java.util.function.Function<String, String> named = g -> offences.get(g).label().en() + " (" + g + ")";
            assertThat(expected).hasSize(2025 - 2013 + 1);
            assertThat(expected.get(0)).containsExactly("2025", named.apply("CONT") + "; " + named.apply("IP") + "; "
                    + named.apply("OTHER"), "missing", "30 June 2026");
            assertThat(expected.get(1)).containsExactly("2024", named.apply("CIA") + "; " + named.apply("COMP") + "; "
                    + named.apply("IP") + "; " + named.apply("OTHER"), "late", "30 June 2025");
            for (int i = 2; i < expected.size(); i++) {
                int year = 2025 - i;
                assertThat(expected.get(i)).containsExactly(Integer.toString(year), "all figures of the year", "late",
                        "30 June " + (year + 1));
            }
            // The years in force keep their table above.
            assertThat(start.html().select("table.data:not(.expected) tbody th").eachText())
                    .containsExactly("2025", "2024");

            // In December the year under way is not expected yet: its figures can only come once it has ended.
            groups.clock.advance(java.time.Duration.ofDays(289)); // 1 March → 15 December 2026
            WebClient december = new WebClient(groups.url("/"));
            december.login("lu-up", PASSWORD);
            List<String> years = december.get("/countries/LU").html().select("table.expected tbody tr th").eachText();
            assertThat(years).first().isEqualTo("2025");
            assertThat(years).doesNotContain("2026");
        }
    }

    private static void submit(TestPortal portal, Path file, String lines) throws Exception {
        Files.writeString(file, "country,year,offence,indicator,value,flags,note\n" + lines);
        new SubmitFile(portal.app).submit(new SubmitFile.Request(file, ValidationRequest.detect(), false, false));
    }
}
