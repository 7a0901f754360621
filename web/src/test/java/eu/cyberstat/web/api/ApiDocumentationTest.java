package eu.cyberstat.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.web.Multipart;
import eu.cyberstat.web.ServedDemo;
import eu.cyberstat.web.TestPortal;
import eu.cyberstat.web.UploadFixture;
import eu.cyberstat.web.WebClient;
import eu.cyberstat.web.account.Role;
import eu.cyberstat.web.audit.AuditEvent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/api.md as a client reads it: every curl example run as written against a portal, every
 * route of its table in the OpenAPI description the service serves (and back), and every status
 * it documents for POST /api/v1/submissions answered as it says; another country's token refused
 * and audited.
 */
class ApiDocumentationTest {

    private static final String PASSWORD = "a long enough password";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DOC = ServedDemo.PROJECT.resolve("docs/api.md");

    @TempDir
    static Path dir;

    private static TestPortal portal;
    private static Path warehouse;
    private static String deToken;
    private static String frToken;
    private static String opToken;

    @BeforeAll
    static void start() {
        warehouse = UploadFixture.warehouseCopy(dir);
        portal = TestPortal.start(dir.resolve("portal"), warehouse, dir.resolve("out"), Map.of());
        portal.add("de-up", Role.UPLOADER, "DE", PASSWORD);
        portal.add("fr-up", Role.UPLOADER, "FR", PASSWORD);
        portal.add("op", Role.OPERATOR, null, PASSWORD);
        deToken = portal.token("de-up");
        frToken = portal.token("fr-up");
        opToken = portal.token("op");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    /** A revision of a year in force: CYB RECORDED up by {@code by}, the last figure left out. */
    private static byte[] revision(int year, long by) {
        List<Observation> inForce = UploadFixture.inForce(warehouse, "DE", year);
        List<Observation> file = new ArrayList<>();
        for (Observation o : inForce.subList(0, inForce.size() - 1)) {
            file.add(o.offence().equals("CYB") && o.indicator().equals("RECORDED")
                    ? UploadFixture.withValue(o, o.value() + by) : o);
        }
        return UploadFixture.projectCsv(file);
    }

    private static WebClient.Page post(String token, String fileName, byte[] content, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        Multipart body = Multipart.of(form, fileName, content);
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(portal.url("/api/v1/submissions")))
                .header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return new WebClient(portal.url("/")).send(r);
    }

    private static WebClient.Page get(String token, String path) {
        return new WebClient(portal.url("/")).get(path, "Authorization", "Bearer " + token);
    }

    @Test
    void everyCurlExampleRunsAsWritten() throws Exception {
        Path work = Files.createDirectories(dir.resolve("curl"));
        byte[] file = revision(2021, 5);
        Files.write(work.resolve("de-2021.csv"), file);
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher blocks = Pattern.compile("```bash\n(.*?)```", Pattern.DOTALL).matcher(doc);
        int run = 0;
        while (blocks.find()) {
            String block = blocks.group(1);
            if (block.contains("export ")) {
                continue; // the placeholders: the test gives PORTAL and TOKEN
            }
            ProcessBuilder pb = new ProcessBuilder("bash", "-euo", "pipefail", "-c", block).directory(work.toFile())
                    .redirectErrorStream(true);
            pb.environment().put("PORTAL", portal.url("").replaceAll("/$", ""));
            pb.environment().put("TOKEN", deToken);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(block + "\n" + out).isZero();
            run++;
        }
        assertThat(run).isEqualTo(4);
        JsonNode receipt = JSON.readTree(work.resolve("receipt.json").toFile());
        assertThat(receipt.get("status").asText()).isEqualTo("accepted");
        assertThat(receipt.get("sha256").asText()).isEqualTo(UploadFixture.sha256(file));
        assertThat(receipt.get("note").asText()).isEqualTo("Recount of 2021");
        assertThat(JSON.readTree(work.resolve("answer.json").toFile()).get("revisions").get("dropped").asInt())
                .isEqualTo(1);
    }

    @Test
    void theTableTheOpenApiDescriptionAndTheServiceAgree() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Set<String> documented = new TreeSet<>();
        Matcher rows = Pattern.compile("\\| `(GET|POST) (/api/v1/[^`\\[]*)(\\[[^`]*])?` \\|").matcher(doc);
        while (rows.find()) {
            documented.add(rows.group(1) + " " + rows.group(2).replace("{CC}", "{country}").replace("{id}", "{submission}"));
        }
        JsonNode openApi = JSON.readTree(new WebClient(portal.url("/")).get("/api/v1/openapi.json").body());
        Set<String> described = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> e = paths.next();
            e.getValue().fieldNames().forEachRemaining(m -> described.add(m.toUpperCase(java.util.Locale.ROOT) + " " + e.getKey()));
        }
        assertThat(documented).hasSize(7).isEqualTo(described);
        for (String route : documented) {
            if (route.startsWith("GET") && !route.contains("{submission}")) {
                String path = route.substring(4).replace("{country}", "DE");
                WebClient.Page page = get(deToken, path);
                assertThat(page.status()).as(route).isEqualTo(200);
                assertThat(page.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            }
        }
    }

    @Test
    void eachDocumentedStatusOfASubmission() throws IOException {
        byte[] file = revision(2020, 7);
        WebClient.Page validated = post(deToken, "de-2020.csv", file, "mode", "validate");
        assertThat(validated.status()).isEqualTo(200);
        assertThat(JSON.readTree(validated.body()).get("validation").get("status").asText()).isEqualTo("accepted");
        WebClient.Page previewed = post(deToken, "de-2020.csv", file, "mode", "preview");
        assertThat(previewed.status()).isEqualTo(200);
        JsonNode preview = JSON.readTree(previewed.body());
        assertThat(preview.get("revisions").get("changed").asInt()).isEqualTo(1);
        assertThat(preview.get("revisions").get("dropped").asInt()).isEqualTo(1);
        assertThat(preview.get("receipt").get("status").asText()).isEqualTo("unconfirmed");

        WebClient.Page notLoaded = post(deToken, "de-2020.csv", file);
        assertThat(notLoaded.status()).isEqualTo(409);
        WebClient.Page accepted = post(deToken, "de-2020.csv", file, "replace", "true");
        assertThat(accepted.status()).isEqualTo(201);
        String id = JSON.readTree(accepted.body()).get("receipt").get("submissionId").asText();
        assertThat(accepted.header("Location")).hasValue("/api/v1/submissions/" + id);
        assertThat(post(deToken, "de-2020.csv", file, "replace", "true").status()).as("duplicate").isEqualTo(200);
        WebClient.Page rejected = post(deToken, "bad.csv", UploadFixture.badFile("DE"));
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(JSON.readTree(rejected.body()).get("validation").get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(post(deToken, "x.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}).status()).isEqualTo(415);
        assertThat(post(null, "de-2020.csv", file).status()).isEqualTo(401);
        assertThat(post(opToken, "de-2020.csv", file).status()).as("an operator names the country").isEqualTo(400);

        JsonNode submission = JSON.readTree(get(deToken, "/api/v1/submissions/" + id).body());
        assertThat(submission.get("submission").get("sha256").asText()).isEqualTo(UploadFixture.sha256(file));
        assertThat(submission.get("inForce").toString()).isEqualTo("[[\"DE\",\"2020\"]]");
        JsonNode receipt = JSON.readTree(get(deToken, "/api/v1/submissions/" + id + "/receipt").body());
        assertThat(receipt.get("rows").asInt()).isEqualTo(UploadFixture.inForce(warehouse, "DE", 2020).size());

        // France: another country's submission and uploads are refused, and the refusals audited.
        assertThat(get(frToken, "/api/v1/submissions/" + id).status()).isEqualTo(403);
        assertThat(get(frToken, "/api/v1/submissions/" + id + "/receipt").status()).isEqualTo(403);
        assertThat(post(frToken, "de.csv", file, "country", "DE").status()).isEqualTo(403);
        assertThat(portal.audit()).filteredOn(e -> e.actor().equals("fr-up") && e.action().equals(AuditEvent.ACCESS))
                .hasSizeGreaterThanOrEqualTo(3);
        JsonNode deliveries = JSON.readTree(get(frToken, "/api/v1/deliveries").body());
        assertThat(deliveries.get("countries")).hasSize(1);
        assertThat(deliveries.get("countries").get(0).get("country").asText()).isEqualTo("FR");
    }
}
