package eu.cyberstat.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.web.PortalSettings;
import eu.cyberstat.web.ServedDemo;
import eu.cyberstat.web.TestPortal;
import eu.cyberstat.web.account.Role;
import eu.cyberstat.web.security.SessionCookie;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal as its users see it: {@code cyberstat serve --demo} driven by a real headless
 * Chromium, logging in with the passwords the demo wrote, on every page: what it shows, a
 * screenshot under target/screenshots, and axe-core's WCAG 2.1 AA check (no serious or critical
 * violation). No page has a script: they work with JavaScript off.
 */
class PortalBrowserTest {

    private static ServedDemo demo;
    private static Browser browser;

    @BeforeAll
    static void start() {
        Browser.require();
        demo = ServedDemo.get();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshVisitor() {
        browser.driver.manage().deleteAllCookies();
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private static void open(String path) {
        browser.driver.get(demo.url + path.substring(1));
    }

    private static void go(By what) {
        browser.go(what);
    }

    private static String heading() {
        return browser.driver.findElement(By.tagName("h1")).getText();
    }

    private static String mainText() {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    private static void check(String name) {
        browser.check(name);
    }

    private static void logIn(String account) {
        open("/login");
        browser.driver.findElement(By.id("name")).sendKeys(account);
        browser.driver.findElement(By.id("password")).sendKeys(demo.passwords.get(account));
        go(By.cssSelector("form.form button[type=submit]"));
    }

    @Test
    void theLoginPageInEachLanguageAndAWrongPassword() {
        open("/");
        assertThat(browser.driver.getCurrentUrl()).contains("/login?next=%2F");
        assertThat(heading()).isEqualTo("Log in");
        // A field is drawn red only when it is in error (the style once coloured every text field red).
        assertThat(browser.driver.findElement(By.id("name")).getCssValue("border-top-color"))
                .isEqualTo("rgba(27, 27, 27, 1)");
        check("login-en");
        go(By.cssSelector("form.language button[value=fr]"));
        assertThat(heading()).isEqualTo("Connexion");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        check("login-fr");
        go(By.cssSelector("form.language button[value=de]"));
        assertThat(heading()).isEqualTo("Anmelden");
        check("login-de");
        go(By.cssSelector("form.language button[value=en]"));

        browser.driver.findElement(By.id("name")).sendKeys("de-uploader");
        browser.driver.findElement(By.id("password")).sendKeys("not the password");
        go(By.cssSelector("form.form button[type=submit]"));
        assertThat(browser.driver.findElement(By.cssSelector(".error-summary")).getText())
                .isEqualTo("The user name or the password is not right. Check both and try again.");
        assertThat(browser.driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("de-uploader");
        assertThat(browser.driver.findElement(By.id("password")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver.findElement(By.id("password")).getCssValue("border-top-color"))
                .isEqualTo("rgba(164, 0, 28, 1)");
        check("login-wrong-password");
    }

    @Test
    void withTheDefaultSecureCookieABrowserOnLoopbackStillLogsIn(@TempDir Path own) {
        // Browsers treat http://127.0.0.1 as a secure context: the Secure, __Host- cookie is kept there,
        // so serve on this machine works with the default portal.secure-cookies = true.
        try (TestPortal p = TestPortal.start(own, Map.of(PortalSettings.SECURE_COOKIES, true))) {
            p.add("op", Role.OPERATOR, null, "a long enough password");
            browser.driver.get(p.url("/login"));
            browser.driver.findElement(By.id("name")).sendKeys("op");
            browser.driver.findElement(By.id("password")).sendKeys("a long enough password");
            go(By.cssSelector("form.form button[type=submit]"));
            assertThat(browser.driver.getCurrentUrl()).endsWith("/countries");
            assertThat(browser.driver.manage().getCookies()).singleElement().satisfies(c -> {
                assertThat(c.getName()).isEqualTo(SessionCookie.SECURE_NAME);
                assertThat(c.isSecure()).isTrue();
                assertThat(c.isHttpOnly()).isTrue();
                assertThat(c.getSameSite()).isEqualTo("Strict");
            });
        }
    }

    @Test
    void theSkipLinkIsTheFirstThingTheKeyboardReaches() {
        open("/login");
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.driver.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to the main content");
        assertThat(focused.getRect().getY()).as("shown on screen when focused").isGreaterThanOrEqualTo(0);
        browser.screenshot("login-skip-link-focused");
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.driver.getCurrentUrl()).endsWith("#main");
    }

    @Test
    void anUploaderSeesItsCountrysFiguresInForceAndIsRefusedAnother() {
        logIn("de-uploader");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/countries/DE");
        assertThat(heading()).isEqualTo("Germany");
        List<WebElement> years = browser.driver.findElements(By.cssSelector("table.data:not(.expected) tbody th"));
        assertThat(years).extracting(WebElement::getText).containsExactly("2022", "2021", "2020", "2019", "2018",
                "2017", "2016", "2015", "2014", "2013");
        // Still expected: from the last year that has ended (its figures due on 30 June of this year:
        // missing until then, late after) down, each missing or late; the demo runs on the machine's clock.
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        int lastEnded = today.getYear() - 1;
        String status = today.isAfter(java.time.LocalDate.of(today.getYear(), 6, 30)) ? "late" : "missing";
        List<WebElement> expected = browser.driver.findElements(By.cssSelector("table.expected tbody tr"));
        assertThat(expected).isNotEmpty();
        assertThat(expected.get(0).findElement(By.tagName("th")).getText()).isEqualTo(Integer.toString(lastEnded));
        assertThat(expected.get(0).getText()).contains("all figures of the year", status, "30 June " + today.getYear());
        assertThat(expected).extracting(r -> r.findElement(By.cssSelector("td.cell")).getText())
                .isSubsetOf("missing", "late");
        assertThat(mainText()).contains("de-pks-style.csv").contains("Feedback sheet for Germany, 2022");
        assertThat(browser.driver.findElement(By.cssSelector("nav a[aria-current=page]")).getText()).isEqualTo("Germany");
        check("uploader-country");

        open("/countries/FR");
        assertThat(heading()).isEqualTo("You cannot open this page");
        assertThat(mainText()).contains("Your account gives access to your own country’s data only.");
        check("uploader-other-country-403");

        open("/account");
        assertThat(mainText()).contains("de-uploader", "Demo uploader, Germany", "Member State uploader", "Germany");
        check("uploader-account");

        go(By.cssSelector(".who button"));
        assertThat(browser.driver.findElement(By.cssSelector(".notice")).getText()).isEqualTo("You have logged out.");
        check("logged-out");
    }

    @Test
    void anOperatorSeesEveryCountry() {
        logIn("operator");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/countries");
        assertThat(mainText()).contains("2 of 27 Member States have figures in force.");
        check("operator-countries");
        go(By.linkText("France"));
        assertThat(heading()).isEqualTo("France");
        // The revision supplies 2021 and 2022; the first file the years before.
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("table.data:not(.expected) tbody tr"));
        assertThat(rows.get(0).getText()).startsWith("2022 fr-2021-2022-revision.csv");
        assertThat(rows.get(1).getText()).startsWith("2021 fr-2021-2022-revision.csv");
        assertThat(rows.get(2).getText()).startsWith("2020 fr-2013-2022.csv");
        check("operator-country");

        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.screenshot("operator-country-narrow");
        browser.driver.manage().window().setSize(new Dimension(1280, 900));

        open("/reports");
        assertThat(mainText()).contains("Feedback sheets by country", "France", "Germany");
        check("operator-reports");
        open("/no/such/page");
        assertThat(heading()).isEqualTo("Page not found");
        check("not-found-404");
    }

    @Test
    void aReaderGetsTheReportSetInItsLanguage() {
        logIn("reader");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/reports");
        assertThat(mainText()).contains("for reference year 2022", "English", "Français", "Deutsch",
                "Every published figure (CSV)").doesNotContain("Feedback sheets");
        check("reader-reports");
        go(By.cssSelector("form.language button[value=de]"));
        assertThat(heading()).isEqualTo("Jahresbericht");
        assertThat(browser.driver.getCurrentUrl()).as("back on the same page").endsWith("/reports");
        check("reader-reports-de");
        go(By.cssSelector("form.language button[value=fr]"));
        check("reader-reports-fr");
        Map<String, String> links = Map.of("Deutsch", "report-2022-de.pdf", "English", "report-2022-en.pdf");
        for (Map.Entry<String, String> e : links.entrySet()) {
            assertThat(browser.driver.findElements(By.linkText(e.getKey()))).anySatisfy(l -> {
                assertThat(l.getAttribute("href")).endsWith("/reports/" + e.getValue());
                assertThat(l.getAttribute("lang")).as("read in its own language").isEqualTo(e.getValue().substring(12, 14));
            });
        }
        open("/countries/DE");
        assertThat(heading()).isEqualTo("Vous ne pouvez pas ouvrir cette page");
        check("reader-country-403-fr");
    }
}
