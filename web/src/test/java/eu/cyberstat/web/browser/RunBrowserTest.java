package eu.cyberstat.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.Runs;
import eu.cyberstat.app.schedule.RunScheduler;
import eu.cyberstat.failure.CyberstatException;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.history.RunTrigger;
import eu.cyberstat.pipeline.progress.Progress;
import eu.cyberstat.pipeline.schedule.ScheduleSettings;
import eu.cyberstat.web.TestPortal;
import eu.cyberstat.web.account.Role;
import eu.cyberstat.web.run.RunFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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

/**
 * The operator's runs in a real headless Chromium, on a copy of the demo's warehouse with a
 * scheduler of its own: the history shows an earlier failed run; the operator starts a run of
 * 2022, watches it finish with the page's refresh link, opens its report, publishes it, and reads
 * both pages in French and German. Every page: a screenshot and axe-core with no serious or
 * critical violation.
 */
class RunBrowserTest {

    private static final String PASSWORD = "a long enough password";

    @TempDir
    static Path dir;

    private static Application app;
    private static Runs runs;
    private static RunScheduler scheduler;
    private static TestPortal portal;
    private static Browser browser;

    @BeforeAll
    static void start() {
        Browser.require();
        Path warehouse = RunFixture.warehouseCopy(dir);
        Settings settings = RunFixture.settings(warehouse, dir);
        app = Application.start(settings, "runs browser test");
        runs = new Runs(app);
        scheduler = RunScheduler.start(ScheduleSettings.from(settings), app, runs);
        portal = TestPortal.start(dir.resolve("portal"), warehouse, dir.resolve("out"), Map.of(), runs, scheduler);
        portal.add("op", "Operator", Role.OPERATOR, null, PASSWORD);
        browser = Browser.start();
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {browser, portal, scheduler, app}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static String status() {
        return browser.driver.findElement(By.cssSelector(".run-status")).getText();
    }

    /** A download with the browser's session, as the browser would save it. */
    private static byte[] download(String path) throws Exception {
        Cookie session = browser.driver.manage().getCookies().stream()
                .filter(c -> c.getName().contains("cyberstat-session")).findFirst().orElseThrow();
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portal.url(path)))
                .header("Cookie", session.getName() + "=" + session.getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    /** Every cell of the page fits its table: no table wider than the region that holds it. */
    private static void noTableOverflows(String name) {
        for (WebElement table : browser.driver.findElements(By.cssSelector("main table"))) {
            Number overflow = (Number) browser.driver.executeScript(
                    "const t = arguments[0]; const box = t.closest('.table-wrap') || t.parentElement;"
                            + " return t.scrollWidth - box.clientWidth;", table);
            assertThat(overflow.intValue()).as(name + ": a table wider than its region").isLessThanOrEqualTo(0);
        }
        Number page = (Number) browser.driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(page.intValue()).as(name + ": the page scrolls sideways").isLessThanOrEqualTo(0);
    }

    private static void check(String name) {
        browser.screenshot(name);
        noTableOverflows(name);
        browser.check(name);
    }

    @Test
    void theOperatorSeesTheHistoryStartsARunWatchesItFinishOpensItsReportAndPublishesIt() throws Exception {
        // An earlier run on the command line, refused for its data: the history is not empty.
        try {
            runs.runHere(2009, null, dir.resolve("out-2009"), null, RunTrigger.COMMAND, "statistician", Progress.NONE,
                    id -> { });
        } catch (CyberstatException expected) {
            // recorded as failed (bad data)
        }

        browser.driver.get(portal.url("/login"));
        browser.driver.findElement(By.id("name")).sendKeys("op");
        browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.go(By.cssSelector("form.form button[type=submit]"));
        browser.go(By.linkText("Runs"));
        assertThat(browser.text("h1")).isEqualTo("Annual runs");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("table.data tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).startsWith("1 2009 failed (bad data, not tried again)")
                .contains("command line", "statistician");
        assertThat(browser.text("main")).contains("Run failed: Run 1 of 2009");
        check("runs-en-history");
        browser.go(By.linkText("1"));
        assertThat(status()).isEqualTo("failed (bad data, not tried again)");
        assertThat(browser.text("main")).contains("holds no national figures for 2009");
        check("run-en-failed");
        browser.go(By.linkText("All runs"));

        browser.driver.findElement(By.id("year")).sendKeys("2022");
        browser.go(By.cssSelector("form[action='/runs'] button[type=submit]"));
        assertThat(browser.text("h1")).isEqualTo("Run 2 of 2022");
        assertThat(status()).isIn("queued", "running", "succeeded");
        check("run-en-started");

        Instant end = Instant.now().plus(Duration.ofMinutes(5));
        boolean watched = false;
        while (!status().equals("succeeded") && !status().equals("failed") && Instant.now().isBefore(end)) {
            assertThat(browser.text("main")).contains("This page does not refresh by itself");
            Thread.sleep(1000);
            browser.go(By.id("refresh"));
            watched = true;
        }
        assertThat(status()).as(browser.text("main")).isEqualTo("succeeded");
        assertThat(watched).as("the run was still queued or running when its page first showed").isTrue();
        assertThat(browser.driver.findElements(By.id("refresh"))).as("no refresh link once the run has ended").isEmpty();
        assertThat(browser.text("main")).contains("this page, op").contains("Stage timings").contains("Publish this run")
                .contains("Indicators").contains("Report set");
        check("run-en-succeeded");

        WebElement report = browser.driver.findElement(By.linkText("report-2022-en.pdf"));
        String href = URI.create(report.getAttribute("href")).getPath();
        byte[] pdf = download(href);
        assertThat(pdf).isEqualTo(Files.readAllBytes(runs.folderOf(2).resolve("report-2022-en.pdf")));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.write(Browser.SCREENSHOTS.resolve("run-2-report-2022-en.pdf"), pdf);

        browser.go(By.cssSelector("form[action='/runs/2/publish'] button[type=submit]"));
        assertThat(browser.text("h1")).isEqualTo("Run 2 of 2022");
        assertThat(browser.text("main")).contains("Published on").contains("by op");
        assertThat(browser.driver.findElements(By.cssSelector("form[action='/runs/2/publish']"))).isEmpty();
        assertThat(runs.get(2).isPublished()).isTrue();
        check("run-en-published");

        browser.go(By.linkText("All runs"));
        rows = browser.driver.findElements(By.cssSelector("table.data tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).startsWith("2 2022 succeeded — published").contains("this page", "op");
        check("runs-en-published");

        browser.go(By.cssSelector("form.language button[value=fr]"));
        assertThat(browser.text("h1")).isEqualTo("Exécutions annuelles");
        assertThat(browser.driver.findElements(By.cssSelector("table.data tbody tr")).get(0).getText())
                .startsWith("2 2022 réussie — publiée");
        assertThat(browser.text("main")).containsPattern("Exécution terminée[\\s\\u00a0]:\\sExécution 2 de 2022")
                .contains("échouée (données refusées, pas de nouvel essai)").doesNotContain("finished", "failed");
        check("runs-fr");
        browser.go(By.linkText("2"));
        assertThat(status()).isEqualTo("réussie");
        assertThat(browser.text("main")).contains("Indicateurs", "Jeu de rapports").doesNotContain("derive groups");
        check("run-fr");

        browser.go(By.cssSelector("form.language button[value=de]"));
        assertThat(status()).isEqualTo("erfolgreich");
        check("run-de");
        browser.go(By.cssSelector("a[href='/runs']"));
        check("runs-de");
    }
}
