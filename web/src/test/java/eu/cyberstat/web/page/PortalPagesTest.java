package eu.cyberstat.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.web.ServedDemo;
import eu.cyberstat.web.TestPortal;
import eu.cyberstat.web.WebClient;
import eu.cyberstat.web.account.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages' language, and what they say when there is nothing yet or the report set is being replaced. */
class PortalPagesTest {

    private static final String PASSWORD = "a long enough password";

    @TempDir
    Path dir;

    @Test
    void theBrowsersLanguageThenTheVisitorsChoice() {
        try (TestPortal p = TestPortal.start(dir, Map.of())) {
            WebClient c = new WebClient(p.url("/"));
            assertThat(c.get("/login", "Accept-Language", "de-AT,de;q=0.9,en;q=0.5").html().selectFirst("h1").text())
                    .isEqualTo("Anmelden");
            assertThat(c.get("/login", "Accept-Language", "fr-BE, en;q=0.8").html().selectFirst("html").attr("lang"))
                    .isEqualTo("fr");
            assertThat(c.get("/login", "Accept-Language", "it-IT").html().selectFirst("h1").text()).isEqualTo("Log in");
            assertThat(c.get("/login", "Accept-Language", ";;;=garbage").status()).isEqualTo(200);
            WebClient.Page chosen = c.post("/language", "lang", "de", "back", "/login");
            assertThat(chosen.status()).isEqualTo(303);
            assertThat(chosen.header("Location")).contains("/login");
            assertThat(c.get("/login", "Accept-Language", "fr").html().selectFirst("h1").text())
                    .as("the choice wins over the browser").isEqualTo("Anmelden");
            p.add("op", Role.OPERATOR, null, PASSWORD);
            c.login("op", PASSWORD);
            assertThat(c.get("/countries").html().selectFirst("h1").text()).as("kept across the login").isEqualTo("Länder");
            WebClient.Page bad = c.post("/language", "lang", "xx", "back", "/countries");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.text()).contains("Wählen Sie English, Français oder Deutsch");
            assertThat(c.post("/language", "lang", "en", "back", "https://evil.example/").header("Location"))
                    .contains("/");
        }
    }

    @Test
    void withNoWarehouseAndNoRunThePagesSaySo() {
        try (TestPortal p = TestPortal.start(dir.resolve("portal"), dir.resolve("no-warehouse"), dir.resolve("no-out"),
                Map.of())) {
            p.add("de", Role.UPLOADER, "DE", PASSWORD);
            p.add("rd", Role.READER, null, PASSWORD);
            WebClient de = new WebClient(p.url("/"));
            de.login("de", PASSWORD);
            assertThat(de.get("/countries/DE").text()).contains("There are no figures in force for Germany yet.")
                    .contains("No annual run has produced a feedback sheet for this country yet.");
            assertThat(de.get("/countries/DE/feedback").status()).isEqualTo(404);
            WebClient rd = new WebClient(p.url("/"));
            rd.login("rd", PASSWORD);
            assertThat(rd.get("/reports").text()).contains("No annual run has written its report set yet.");
            assertThat(rd.get("/reports/report-2022-en.pdf").status()).isEqualTo(404);
        }
    }

    @Test
    void aReportFileReplacedSinceItsManifestIsNotHandedOut() throws Exception {
        Path reports = dir.resolve("out");
        try (Stream<Path> files = Files.walk(ServedDemo.get().reports)) {
            for (Path f : files.toList()) {
                Path target = reports.resolve(ServedDemo.get().reports.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        try (TestPortal p = TestPortal.start(dir.resolve("portal"), reports, Map.of())) {
            p.add("rd", Role.READER, null, PASSWORD);
            WebClient c = new WebClient(p.url("/"));
            c.login("rd", PASSWORD);
            assertThat(c.download("/reports/sdmx-2022.csv")).isEqualTo(Files.readAllBytes(reports.resolve("sdmx-2022.csv")));
            Files.writeString(reports.resolve("sdmx-2022.csv"), "being rewritten by a new run");
            WebClient.Page conflict = c.get("/reports/sdmx-2022.csv");
            assertThat(conflict.status()).isEqualTo(409);
            assertThat(conflict.text()).contains("A new annual run is replacing the report set. Try again in a minute.");
            Files.delete(reports.resolve("metrics-2022.csv"));
            assertThat(c.get("/reports/metrics-2022.csv").status()).isEqualTo(409);
        }
    }
}
