package eu.cyberstat.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.web.ServedDemo;
import eu.cyberstat.web.WebClient;
import eu.cyberstat.web.account.AccountStore;
import eu.cyberstat.web.account.DemoAccounts;
import eu.cyberstat.web.account.Role;
import eu.cyberstat.web.audit.AuditLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@code cyberstat serve --demo} as a user starts it: the samples loaded by the demo's own code,
 * the demo accounts with passwords only the owner can read, each landing on its role's start
 * page, and the pages showing what the warehouse holds, checked against the sample files
 * themselves and against {@code cyberstat submissions}.
 */
class ServeDemoTest {

    private final ServedDemo demo = ServedDemo.get();

    @Test
    void loadsTheSamplesAsTheDemoDoesAndSaysWhereThePasswordsAre() throws IOException {
        assertThat(demo.output).contains("Loading 3 sample files into").contains("national/de-pks-style.csv")
                .containsPattern("Run R2022-[0-9a-f]{12}: reference year 2022")
                .contains("Demo accounts and their passwords (readable by you only): "
                        + demo.portalDir.resolve(DemoAccounts.FILE).toAbsolutePath().normalize());
        assertThat(demo.reports.resolve("manifest.json")).isNotEmptyFile();
        assertThat(demo.reports.resolve("report-2022-en.pdf")).isNotEmptyFile();
        Path passwords = demo.portalDir.resolve(DemoAccounts.FILE);
        assertThat(Files.getPosixFilePermissions(passwords)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(demo.passwords.keySet()).containsExactly("de-uploader", "fr-uploader", "operator", "reader");
        assertThat(demo.passwords.values()).allSatisfy(p -> assertThat(p).hasSize(20).matches("[A-Za-z2-9]+"))
                .doesNotHaveDuplicates();
        assertThat(new AccountStore(demo.portalDir).accounts()).extracting(a -> a.name() + " " + a.role().code()
                + (a.role() == Role.UPLOADER ? " " + a.country() : "")).containsExactly("de-uploader uploader DE",
                "fr-uploader uploader FR", "operator operator", "reader reader");
        assertThat(Files.readString(demo.portalDir.resolve("accounts.json"))).doesNotContain(demo.passwords.values());
        assertThat(new AuditLog(demo.portalDir, Clock.systemUTC()).events())
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("account.demo"));
    }

    @Test
    void everyDemoAccountLogsInWithItsPasswordAndLandsOnItsStartPage() {
        Map<String, String> start = Map.of("de-uploader", "/countries/DE", "fr-uploader", "/countries/FR",
                "operator", "/countries", "reader", "/reports");
        start.forEach((name, page) -> {
            WebClient c = new WebClient(demo.url);
            assertThat(c.login(name, demo.passwords.get(name)).status()).as(name).isEqualTo(303);
            assertThat(c.get("/").header("Location")).as(name).contains(page);
            assertThat(c.get(page).status()).as(name).isEqualTo(200);
        });
    }

    @Test
    void franceShowsTheRevisionForTheYearsItRevisedAndTheFirstFileForTheOthers() throws IOException {
        WebClient c = new WebClient(demo.url);
        c.login("fr-uploader", demo.passwords.get("fr-uploader"));
        List<Element> rows = c.get("/countries/FR").html().select("table.data:not(.expected) tbody tr");
        Map<Integer, String> files = new TreeMap<>();
        Map<Integer, Long> figures = new TreeMap<>();
        for (Element row : rows) {
            int year = Integer.parseInt(row.selectFirst("th").text());
            files.put(year, row.select("td").get(0).text());
            figures.put(year, Long.parseLong(row.select("td").get(2).text()));
        }
        Path samples = ServedDemo.PROJECT.resolve("data-samples/national");
        Map<Integer, Long> original = perYear(samples.resolve("fr-2013-2022.csv"), ";", Charset.forName("windows-1252"));
        Map<Integer, Long> revision = perYear(samples.resolve("revisions/fr-2021-2022-revision.csv"), ",",
                Charset.forName("UTF-8"));
        assertThat(files.keySet()).containsExactlyElementsOf(original.keySet());
        for (int year : original.keySet()) {
            boolean revised = revision.containsKey(year);
            assertThat(files.get(year)).as("%d", year).isEqualTo(revised ? "fr-2021-2022-revision.csv"
                    : "fr-2013-2022.csv");
            assertThat(figures.get(year)).as("%d", year).isEqualTo(revised ? revision.get(year) : original.get(year));
        }
        assertThat(revision.keySet()).containsExactly(2021, 2022);
    }

    @Test
    void germanyShowsWhatTheSubmissionsCommandReports() throws IOException {
        WebClient c = new WebClient(demo.url);
        c.login("de-uploader", demo.passwords.get("de-uploader"));
        List<Element> rows = c.get("/countries/DE").html().select("table.data:not(.expected) tbody tr");
        StringWriter out = new StringWriter();
        Cyberstat.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "submissions", "--country", "DE",
                "--warehouse", demo.warehouse.toString());
        Matcher m = Pattern.compile("(S\\d{8}T\\d{9}-[0-9a-f]{8})\\s+\\S+\\s+(\\d+) yes\\s+de-pks-style.csv")
                .matcher(out.toString());
        assertThat(m.find()).as(out.toString()).isTrue();
        assertThat(rows).hasSize(10).allSatisfy(r -> assertThat(r.selectFirst("code").text()).isEqualTo(m.group(1)));
        assertThat(rows.stream().mapToLong(r -> Long.parseLong(r.select("td").get(2).text())).sum())
                .as("the years' figures add up to the submission's").isEqualTo(Long.parseLong(m.group(2)));
        // The feedback sheet is the run's own file, byte for byte, as a download.
        WebClient.Page feedback = c.get("/countries/DE/feedback");
        assertThat(feedback.status()).isEqualTo(200);
        assertThat(feedback.header("Content-Type")).contains("application/pdf");
        assertThat(feedback.header("Content-Disposition")).contains("attachment; filename=\"DE-2022.pdf\"");
        assertThat(c.download("/countries/DE/feedback")).isEqualTo(Files.readAllBytes(
                demo.reports.resolve("feedback/DE-2022.pdf")));
    }

    @Test
    void aReaderDownloadsTheFilesTheRunWrote() throws IOException {
        WebClient c = new WebClient(demo.url);
        c.login("reader", demo.passwords.get("reader"));
        for (String name : List.of("report-2022-de.pdf", "report-2022-fr.xlsx", "sdmx-2022.csv", "key-findings-2022.json")) {
            assertThat(c.download("/reports/" + name)).as(name).isEqualTo(Files.readAllBytes(demo.reports.resolve(name)));
        }
        assertThat(c.get("/reports/feedback/DE-2022.pdf").status()).as("feedback goes through its country's page")
                .isEqualTo(404);
        assertThat(c.get("/reports/manifest.json").status()).as("only the files the manifest lists").isEqualTo(404);
    }

    private static Map<Integer, Long> perYear(Path csv, String separator, Charset charset) throws IOException {
        Map<Integer, Long> counts = new TreeMap<>();
        List<String> lines = Files.readAllLines(csv, charset);
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                counts.merge(Integer.parseInt(line.split(separator)[1].strip()), 1L, Long::sum);
            }
        }
        return counts;
    }
}
