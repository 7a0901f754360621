package eu.cyberstat.web.query;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.ListSubmissions;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.web.ServedDemo;
import eu.cyberstat.web.TestPortal;
import eu.cyberstat.web.WebClient;
import eu.cyberstat.web.account.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        List<String> deCells = de.select("td").eachText();
        List<String> frCells = fr.select("td").eachText();

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
        Element cy = row(page, "CY");
        assertThat(cy.select("td").eachText()).containsOnly("late");

        String csv = new String(op.download("/deliveries.csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("country," + String.join(",",
                header.subList(1, header.size())));
        String frLine = csv.lines().filter(l -> l.startsWith("FR,")).findFirst().orElseThrow();
        assertThat(frLine.split(",")[9]).isEqualTo("revised");
        assertThat(frLine.split(",")[11]).isEqualTo("late");
        assertThat(csv.lines().count()).isEqualTo(1 + 27);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(op.download("/deliveries.xlsx")))) {
            Sheet sheet = book.getSheet("Deliveries");
            assertThat(sheet.getRow(0).getCell(1).getNumericCellValue()).isEqualTo(2013);
            assertThat(sheet.getLastRowNum()).isEqualTo(27);
            for (int r = 1; r <= 27; r++) {
                String geo = sheet.getRow(r).getCell(0).getStringCellValue();
                String line = csv.lines().filter(l -> l.startsWith(geo + ",")).findFirst().orElseThrow();
                String[] cells = line.split(",");
                for (int c = 1; c < cells.length; c++) {
                    assertThat(sheet.getRow(r).getCell(c).getStringCellValue()).as(geo + " column " + c).isEqualTo(cells[c]);
                }
            }
        }

        WebClient.Page revisedOnly = op.get("/deliveries?status=revised&from=2020&to=2022");
        assertThat(revisedOnly.html().select("table.deliveries tbody tr")).hasSize(1);
        assertThat(revisedOnly.html().select("table.deliveries thead th").eachText()).containsExactly("Country", "2020",
                "2021", "2022");
        assertThat(op.get("/deliveries?from=20x").status()).isEqualTo(400);

        WebClient uploader = new WebClient(portal.url("/"));
        uploader.login("de-up", PASSWORD);
        assertThat(uploader.get("/deliveries").status()).isEqualTo(403);
    }
}
