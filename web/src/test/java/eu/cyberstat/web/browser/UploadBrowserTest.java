package eu.cyberstat.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.web.TestPortal;
import eu.cyberstat.web.UploadFixture;
import eu.cyberstat.web.account.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Uploading as a Member State's contact does it, in a real headless Chromium: Germany uploads a
 * good file, reads its report and the revisions preview, confirms, and downloads the receipt whose
 * SHA-256 is the file's; then a bad file, whose errors are on the page with their lines; France
 * cannot see Germany's history. Every new page: a screenshot and axe-core with no serious or
 * critical violation. A portal of its own over a copy of the demo's warehouse.
 */
class UploadBrowserTest {

    private static final String PASSWORD = "a long enough password";

    @TempDir
    static Path dir;

    private static TestPortal portal;
    private static Path warehouse;
    private static Browser browser;

    @BeforeAll
    static void start() {
        Browser.require();
        warehouse = UploadFixture.warehouseCopy(dir);
        portal = TestPortal.start(dir.resolve("portal"), warehouse, dir.resolve("out"), Map.of());
        portal.add("de-up", "Uploader, Germany", Role.UPLOADER, "DE", PASSWORD);
        portal.add("fr-up", "Uploader, France", Role.UPLOADER, "FR", PASSWORD);
        portal.add("op", "Operator", Role.OPERATOR, null, PASSWORD);
        browser = Browser.start();
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (portal != null) {
            portal.close();
        }
    }

    private static void go(By what) {
        browser.go(what);
    }

    private static void check(String name) {
        browser.check(name);
    }

    private static String mainText() {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    private static void logIn(String account) {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(portal.url("/login"));
        browser.driver.findElement(By.id("name")).sendKeys(account);
        browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
        go(By.cssSelector("form.form button[type=submit]"));
    }

    /** A download with the browser's session, as the browser would save it. */
    private static byte[] download(String path) throws IOException, InterruptedException {
        Cookie session = browser.driver.manage().getCookies().stream().filter(c -> c.getName().contains("cyberstat-session"))
                .findFirst().orElseThrow();
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portal.url(path)))
                .header("Cookie", session.getName() + "=" + session.getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    void germanyUploadsConfirmsAndKeepsItsReceiptThenABadFileAndFranceSeesNone() throws Exception {
        List<Observation> inForce = UploadFixture.inForce(warehouse, "DE", 2022);
        List<Observation> revised = new ArrayList<>();
        for (Observation o : inForce) {
            revised.add(o.offence().equals("CYB") && o.indicator().equals("SUSPECTS")
                    ? UploadFixture.withValue(o, o.value() - 12) : o);
        }
        byte[] good = UploadFixture.projectCsv(revised);
        Path goodFile = Files.write(dir.resolve("de-2022-revision.csv"), good);
        Path badFile = Files.write(dir.resolve("de-2022-bad.csv"), UploadFixture.badFile("DE"));

        logIn("de-up");
        go(By.linkText("Upload a file"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Upload a file for Germany");
        check("upload-form");
        browser.driver.findElement(By.id("file")).sendKeys(goodFile.toString());
        go(By.cssSelector("form[enctype] button[type=submit]"));

        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Upload of de-2022-revision.csv");
        assertThat(mainText()).contains("Valid.", "Format Project CSV: ", UploadFixture.sha256(good),
                "Against the figures in force for DE 2022: 1 changed, 0 added, 0 no longer published, "
                        + (inForce.size() - 1) + " unchanged.");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("table.revisions tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).startsWith("DE 2022 CYB SUSPECTS changed").contains("−12");
        check("upload-report-and-preview");
        browser.driver.findElement(By.id("note")).sendKeys("Suspects recounted after a duplicate was found.");
        go(By.id("confirm-button"));

        assertThat(browser.driver.getCurrentUrl()).matches(".*/countries/DE/submissions/S\\d{8}T\\d{9}-[0-9a-f]{8}");
        assertThat(mainText()).contains(UploadFixture.sha256(good), "Suspects recounted after a duplicate was found.");
        check("receipt");
        String receiptPath = URI.create(browser.driver.getCurrentUrl()).getPath();
        JsonNode receipt = new ObjectMapper().readTree(download(receiptPath + "/receipt.json"));
        assertThat(receipt.get("sha256").asText()).isEqualTo(UploadFixture.sha256(Files.readAllBytes(goodFile)));
        byte[] pdf = download(receiptPath + "/receipt.pdf");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.write(Browser.SCREENSHOTS.resolve("receipt.pdf"), pdf);

        go(By.linkText("Submissions"));
        assertThat(browser.driver.findElement(By.cssSelector("table.history tbody tr")).getText())
                .contains("de-2022-revision.csv");
        check("history");

        go(By.linkText("Upload a file"));
        browser.driver.findElement(By.id("file")).sendKeys(badFile.toString());
        go(By.cssSelector("form[enctype] button[type=submit]"));
        assertThat(mainText()).contains("Rejected.", "E_NEGATIVE", "E_UNKNOWN_OFFENCE");
        WebElement negative = browser.driver.findElement(By.xpath(
                "//section[.//h4[contains(., 'E_NEGATIVE')]]//tbody/tr"));
        assertThat(negative.findElement(By.cssSelector("td.num")).getText()).isEqualTo("3");
        WebElement unknown = browser.driver.findElement(By.xpath(
                "//section[.//h4[contains(., 'E_UNKNOWN_OFFENCE')]]//tbody/tr"));
        assertThat(unknown.findElement(By.cssSelector("td.num")).getText()).isEqualTo("4");
        assertThat(browser.driver.findElements(By.id("confirm-button"))).isEmpty();
        check("upload-rejected");

        logIn("fr-up");
        browser.driver.get(portal.url("/countries/DE/submissions"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("You cannot open this page");
        browser.driver.get(portal.url(receiptPath));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("You cannot open this page");
        go(By.linkText("Submissions"));
        assertThat(mainText()).doesNotContain("de-2022-revision.csv");
        check("history-fr");

        logIn("op");
        go(By.linkText("Deliveries"));
        assertThat(mainText()).contains("Deliveries by country and reference year");
        check("deliveries");
        // The matrix for one offence group, chosen in the form (no script: the form is sent as is).
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("group"))).selectByValue("CONT");
        browser.driver.findElement(By.id("from")).clear();
        browser.driver.findElement(By.id("from")).sendKeys("2019");
        go(By.cssSelector("form.filters button[type=submit]"));
        assertThat(browser.driver.getCurrentUrl()).contains("group=CONT").contains("from=2019");
        assertThat(browser.driver.findElement(By.tagName("caption")).getText())
                .isEqualTo("Deliveries by country and reference year: Content-related offences (CONT)");
        assertThat(browser.driver.findElements(By.cssSelector("table.deliveries thead th")).get(1).getText())
                .isEqualTo("2019");
        check("deliveries-group");
    }
}
