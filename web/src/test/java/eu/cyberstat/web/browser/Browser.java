package eu.cyberstat.web.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven headless through its chromedriver (packages {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs): never a browser or driver downloaded by
 * Selenium. Where they are missing a test is skipped, saying so, except under {@code CI=true},
 * where it fails. Also axe-core, injected from its webjar, to check a page against WCAG 2.1 AA.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
    private static final String AXE = "/META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js";

    /** One accessibility problem axe found: its rule, impact, and where. */
    record Violation(String rule, String impact, String help, List<String> targets) {
    }

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static void require() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "Chromium and its driver (" + CHROMIUM + ", " + CHROMEDRIVER + ") are not installed: "
                + "apt-get install chromium chromium-driver (bash .ci/run installs them)";
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(missing + "; with CI=true a missing tool fails instead of skipping");
        }
        assumeTrue(present, missing + " to run this test");
    }

    static Browser start() {
        require();
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-GB");
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page as a PNG under target/screenshots, the window made as tall as the page. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Dimension before = driver.manage().window().getSize();
            long height = (Long) driver.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
            driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.max(height + 100, 600)));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(before);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical violations of WCAG 2.0/2.1 A and AA that axe finds on the page shown. */
    @SuppressWarnings("unchecked")
    List<Violation> accessibilityViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + " targets: v.nodes.map(n => n.target.join(' '))}))))"
                + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]));");
        List<Violation> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            String impact = String.valueOf(v.get("impact"));
            if (impact.equals("serious") || impact.equals("critical")) {
                out.add(new Violation((String) v.get("id"), impact, (String) v.get("help"),
                        (List<String>) v.get("targets")));
            }
        }
        return out;
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test classpath: " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeVersion() {
        // The webjar's own pom.properties names its version: no version written twice.
        try (InputStream in = Browser.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Cannot read the axe-core webjar's version", e);
        }
    }

    /**
     * Clicks what sends a form or follows a link, and waits for the next page to replace this one.
     * The old page's window carries a mark that a new document does not have: waiting for an old
     * element to go stale raced with Chromium, which may answer "Node with given id does not belong
     * to the document" instead of "stale" while the next page loads.
     */
    void go(org.openqa.selenium.By what) {
        driver.executeScript("window.cyberstatPageLeft = true");
        driver.findElement(what).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "return window.cyberstatPageLeft === undefined && document.readyState === 'complete'")));
    }

    /** Screenshot, no script on the page, and no serious or critical accessibility violation. */
    void check(String name) {
        org.assertj.core.api.Assertions.assertThat(driver.findElements(org.openqa.selenium.By.tagName("script")))
                .as(name + ": no script").isEmpty();
        org.assertj.core.api.Assertions.assertThat(screenshot(name)).isNotEmptyFile();
        org.assertj.core.api.Assertions.assertThat(accessibilityViolations())
                .as(name + ": serious or critical WCAG 2.1 AA violations").isEmpty();
    }

    /** The text of the first element of the page with this tag name ({@code h1}, {@code main}). */
    String text(String tag) {
        return driver.findElement(org.openqa.selenium.By.tagName(tag)).getText();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
