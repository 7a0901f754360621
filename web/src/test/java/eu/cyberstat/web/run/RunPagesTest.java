package eu.cyberstat.web.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberstat.app.Application;
import eu.cyberstat.app.Runs;
import eu.cyberstat.app.schedule.RunScheduler;
import eu.cyberstat.pipeline.schedule.ScheduleSettings;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.web.TestPortal;
import eu.cyberstat.web.WebClient;
import eu.cyberstat.web.account.Role;
import eu.cyberstat.web.audit.AuditEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's runs over HTTP, as a browser sends them (session, CSRF field of the page): the
 * operator starts a run of 2022 on a copy of the demo warehouse, watches it finish through the
 * API, opens its files, publishes it, asks for a backfill that leaves 2022 out, and reads the page
 * in French; other roles are turned away.
 */
class RunPagesTest {

    private static final String PASSWORD = "a long enough password";

    @TempDir
    Path dir;

    /** An API token for the account, as {@code cyberstat accounts token add} issues one. */
    private static String token(TestPortal p, String account) {
        eu.cyberstat.web.account.ApiTokens.Issued issued = eu.cyberstat.web.account.ApiTokens.issue("runs", p.clock.instant());
        p.accounts.update(account, a -> a.withToken(issued.token()));
        return issued.presented();
    }

    @Test
    void theOperatorStartsARunWatchesItFinishOpensItsFilesAndPublishesIt() throws Exception {
        Path warehouse = RunFixture.warehouseCopy(dir);
        Settings settings = RunFixture.settings(warehouse, dir);
        try (Application app = Application.start(settings, "runs pages test")) {
            Runs runs = new Runs(app);
            try (RunScheduler scheduler = RunScheduler.start(ScheduleSettings.from(settings), app, runs);
                 TestPortal p = TestPortal.start(dir.resolve("portal"), warehouse, dir.resolve("out"), Map.of(), runs,
                         scheduler)) {
                p.add("op", Role.OPERATOR, null, PASSWORD);
                p.add("de", Role.UPLOADER, "DE", PASSWORD);
                WebClient de = new WebClient(p.url("/"));
                de.login("de", PASSWORD);
                assertThat(de.get("/runs").status()).isEqualTo(403);
                String deToken = token(p, "de");
                assertThat(de.get("/api/v1/runs", "Authorization", "Bearer " + deToken).status()).isEqualTo(403);
                String opToken = token(p, "op");

                WebClient op = new WebClient(p.url("/"));
                op.login("op", PASSWORD);
                WebClient.Page empty = op.get("/runs");
                assertThat(empty.status()).isEqualTo(200);
                assertThat(empty.html().selectFirst("h1").text()).isEqualTo("Annual runs");
                assertThat(empty.text()).contains("No run is recorded yet.");
                assertThat(empty.html().select("nav a[href=/runs]")).isNotEmpty();

                WebClient.Page started = op.post("/runs", "year", "2022");
                assertThat(started.status()).isEqualTo(303);
                assertThat(started.header("Location")).contains("/runs/1");
                assertThat(p.audit()).anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditEvent.RUN_QUEUE));

                ObjectMapper json = new ObjectMapper();
                Instant end = Instant.now().plus(Duration.ofMinutes(5));
                JsonNode run;
                do {
                    Thread.sleep(500);
                    run = json.readTree(op.get("/api/v1/runs", "Authorization", "Bearer " + opToken).body()).get(0);
                } while (!run.get("status").asText().matches("SUCCEEDED|FAILED") && Instant.now().isBefore(end));
                assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
                assertThat(run.get("trigger").asText()).isEqualTo("PAGE");
                assertThat(run.get("requestedBy").asText()).isEqualTo("op");

                WebClient.Page page = op.get("/runs/1");
                assertThat(page.html().selectFirst("h1").text()).isEqualTo("Run 1 of 2022");
                assertThat(page.html().selectFirst(".run-status").text()).isEqualTo("succeeded");
                assertThat(page.html().select("a[href=/runs/1/files/report-2022-en.pdf]")).isNotEmpty();
                assertThat(page.html().select("a[href=/runs/1/files/manifest.json]")).isNotEmpty();
                Path kept = runs.folderOf(1);
                try (java.util.stream.Stream<Path> inRuns = Files.list(kept.getParent())) {
                    assertThat(inRuns.map(f -> f.getFileName().toString()))
                            .as("the run published its folder straight into the history, its log beside, nothing left over")
                            .containsExactlyInAnyOrder("1", "1.log");
                }
                assertThat(run.get("outDir").asText()).matches(".*/history/runs/1/?");
                byte[] csv = op.download("/runs/1/files/metrics-2022.csv");
                assertThat(csv).isEqualTo(Files.readAllBytes(kept.resolve("metrics-2022.csv")));
                String recorded = null;
                for (JsonNode f : run.get("outputs")) {
                    if (f.get("name").asText().equals("metrics-2022.csv")) {
                        recorded = f.get("sha256").asText();
                    }
                }
                assertThat(DigestUtils.sha256Hex(csv)).isEqualTo(recorded);
                assertThat(new String(op.download("/runs/1/files/run.log"))).contains("stage metrics").contains("succeeded");
                assertThat(op.get("/runs/1/files/..%2F..%2Fhistory.mv.db").status()).isEqualTo(404);
                assertThat(op.get("/runs/99").status()).isEqualTo(404);

                assertThat(page.html().select("form[action=/runs/1/publish]")).hasSize(1);
                WebClient.Page published = op.post("/runs/1/publish");
                assertThat(published.status()).isEqualTo(303);
                WebClient.Page after = op.get("/runs/1");
                assertThat(after.text()).contains("Published on").contains("by op");
                assertThat(after.html().select("form[action=/runs/1/publish]")).isEmpty();
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(kept.resolve("metrics-2022.csv")))).as("frozen").isEqualTo("r--r--r--");
                assertThat(json.readTree(op.get("/api/v1/runs/1", "Authorization", "Bearer " + opToken).body()).get("run").get("publishedBy").asText())
                        .isEqualTo("op");

                WebClient.Page backfill = op.post("/runs/backfill", "from", "2022", "to", "2022");
                assertThat(backfill.status()).isEqualTo(303);
                assertThat(op.get(backfill.header("Location").orElseThrow()).text())
                        .contains("0 run(s) queued, 1 year(s) left out.");
                assertThat(op.post("/runs/backfill", "from", "2023", "to", "2022").status()).isEqualTo(400);
                assertThat(op.post("/runs", "year", "twenty").status()).isEqualTo(400);

                op.post("/language", "lang", "fr", "back", "/runs");
                WebClient.Page french = op.get("/runs");
                assertThat(french.html().selectFirst("h1").text()).isEqualTo("Exécutions annuelles");
                assertThat(french.text()).contains("réussie").contains("publiée");
                op.post("/language", "lang", "de", "back", "/runs");
                assertThat(op.get("/runs").html().selectFirst("h1").text()).isEqualTo("Jahresläufe");
            }
        }
    }
}
