package eu.cyberstat.web.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.web.ServedDemo;
import eu.cyberstat.web.TestPortal;
import eu.cyberstat.web.UploadFixture;
import eu.cyberstat.web.WebClient;
import eu.cyberstat.web.account.Role;
import eu.cyberstat.web.audit.AuditEvent;
import eu.cyberstat.web.cli.Cyberstat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An uploader's file over real HTTP, from the form to the receipt: the validation report (the same
 * as cyberstat validate --json), the revisions preview computed against the figures in force, the
 * confirmation that needs replace when figures would be dropped, the receipt (page, JSON, PDF) whose
 * SHA-256 is the file's, the history and the raw file; and another country kept out of all of it.
 */
class UploadFlowTest {

    private static final String PASSWORD = "a long enough password";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static TestPortal portal;
    private static Path warehouse;

    @BeforeAll
    static void start() {
        warehouse = UploadFixture.warehouseCopy(dir);
        portal = TestPortal.start(dir.resolve("portal"), warehouse, dir.resolve("out"), Map.of());
        portal.add("de-up", Role.UPLOADER, "DE", PASSWORD);
        portal.add("fr-up", Role.UPLOADER, "FR", PASSWORD);
        portal.add("op", Role.OPERATOR, null, PASSWORD);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static WebClient loggedIn(String name) {
        WebClient c = new WebClient(portal.url("/"));
        assertThat(c.login(name, PASSWORD).status()).isEqualTo(303);
        return c;
    }

    @Test
    void aRevisionIsPreviewedConfirmedWithReplaceAndReceipted() throws Exception {
        List<Observation> inForce = UploadFixture.inForce(warehouse, "DE", 2021);
        assertThat(inForce).hasSizeGreaterThan(3);
        Observation changed = inForce.stream().filter(o -> o.offence().equals("CYB") && o.indicator().equals("RECORDED"))
                .findFirst().orElseThrow();
        Observation dropped = inForce.get(inForce.size() - 1);
        assertThat(dropped).isNotEqualTo(changed);
        List<Observation> file = new ArrayList<>();
        for (Observation o : inForce) {
            if (o == changed) {
                file.add(UploadFixture.withValue(o, o.value() + 10));
            } else if (o != dropped) {
                file.add(o);
            }
        }
        byte[] bytes = UploadFixture.projectCsv(file);
        String name = "de-2021 <revised>.csv";

        WebClient de = loggedIn("de-up");
        WebClient.Page form = de.get("/countries/DE/upload");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().select("form[enctype=multipart/form-data] input[type=file][name=file]")).hasSize(1);
        assertThat(form.html().select("select#profile option")).extracting(Element::val).contains("de-pks.yaml")
                .doesNotContain("at-bk.yaml");

        WebClient.Page received = de.upload("/countries/DE/uploads", name, bytes);
        assertThat(received.status()).isEqualTo(303);
        String uploadPath = received.header("Location").orElseThrow();
        assertThat(uploadPath).matches("/countries/DE/uploads/U[0-9a-f]{24}");

        WebClient.Page page = de.get(uploadPath);
        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.select("h1").text()).isEqualTo("Upload of " + name);
        assertThat(page.body()).contains("de-2021 &lt;revised&gt;.csv").doesNotContain("<revised>");
        assertThat(page.text()).contains("Valid.", UploadFixture.sha256(bytes), (file.size()) + " figures accepted");
        // The preview, counted by hand: one changed, one no longer carried, the rest unchanged.
        assertThat(page.text()).contains("Against the figures in force for DE 2021: 1 changed, 0 added, "
                + "1 no longer published, " + (inForce.size() - 2) + " unchanged.");
        List<Element> rows = html.select("table.revisions tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select("th").text()).isEqualTo("DE 2021 CYB RECORDED");
        assertThat(rows.get(0).select("td").eachText()).containsExactly("changed",
                String.format(java.util.Locale.ROOT, "%,d", changed.value()),
                String.format(java.util.Locale.ROOT, "%,d", changed.value() + 10), "+10", changed.flags());
        assertThat(rows.get(1).select("th").text()).isEqualTo(dropped.geo() + " 2021 " + dropped.offence() + " "
                + dropped.indicator());
        assertThat(rows.get(1).select("td").get(0).text()).isEqualTo("no longer published");
        assertThat(rows.get(1).select("td").get(2).text()).isEmpty();
        assertThat(html.select("input#replace[type=checkbox]")).hasSize(1);

        // The JSON report is the command line's: cyberstat validate --json on the same file, same warehouse.
        Path same = Files.createDirectories(dir.resolve("cli")).resolve(name);
        Files.write(same, bytes);
        StringWriter out = new StringWriter();
        int exit = Cyberstat.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "validate", "--json",
                "--country", "DE", "--warehouse", warehouse.toString(), same.toString());
        assertThat(exit).isZero();
        byte[] reportJson = de.download(uploadPath + "/report.json");
        assertThat(JSON.readTree(reportJson)).isEqualTo(JSON.readTree(out.toString()));
        List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(new String(de.download(uploadPath + "/report.csv"),
                        StandardCharsets.UTF_8))).getRecords();
        assertThat(csv).hasSize(JSON.readTree(reportJson).get("warnings").size());

        // Without replace nothing is loaded: back to the page, which says why.
        WebClient.Page refused = de.post(uploadPath + "/confirm", "note", "first try");
        assertThat(refused.status()).isEqualTo(303);
        assertThat(refused.header("Location")).hasValue(uploadPath + "?replace-needed");
        assertThat(de.get(uploadPath + "?replace-needed").text()).contains("The file leaves out 1 figures in force");
        assertThat(UploadFixture.inForce(warehouse, "DE", 2021)).isEqualTo(inForce);

        String note = "Recount of 2021 <script>alert(1)</script> & corrections";
        WebClient.Page accepted = de.post(uploadPath + "/confirm", "note", note, "replace", "yes");
        assertThat(accepted.status()).isEqualTo(303);
        String receiptPath = accepted.header("Location").orElseThrow();
        assertThat(receiptPath).matches("/countries/DE/submissions/S\\d{8}T\\d{9}-[0-9a-f]{8}");
        String id = receiptPath.substring(receiptPath.lastIndexOf('/') + 1);
        assertThat(UploadFixture.inForce(warehouse, "DE", 2021)).hasSize(inForce.size() - 1)
                .contains(UploadFixture.withValue(changed, changed.value() + 10)).doesNotContain(dropped);

        WebClient.Page receipt = de.get(receiptPath);
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.text()).contains(id, name, UploadFixture.sha256(bytes), note,
                String.format(java.util.Locale.UK, "%,d bytes", bytes.length), "Format Project CSV: ")
                .doesNotContain("PROJECT_CSV");
        assertThat(receipt.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
        JsonNode receiptJson = JSON.readTree(de.download(receiptPath + "/receipt.json"));
        assertThat(receiptJson.get("status").asText()).isEqualTo("accepted");
        assertThat(receiptJson.get("submissionId").asText()).isEqualTo(id);
        assertThat(receiptJson.get("file").asText()).isEqualTo(name);
        assertThat(receiptJson.get("sha256").asText()).isEqualTo(UploadFixture.sha256(bytes));
        assertThat(receiptJson.get("bytes").asLong()).isEqualTo(bytes.length);
        assertThat(receiptJson.get("rows").asLong()).isEqualTo(file.size());
        assertThat(receiptJson.get("note").asText()).isEqualTo(note);
        assertThat(receiptJson.get("uploadedBy").asText()).isEqualTo("de-up");
        String deSubmission = new eu.cyberstat.warehousing.SubmissionStore(warehouse).history().stream()
                .filter(s -> s.fileName().equals("de-pks-style.csv")).findFirst().orElseThrow().id();
        assertThat(receiptJson.get("supersedes").toString()).isEqualTo("{\"" + deSubmission + "\":[[\"DE\",\"2021\"]]}");
        assertThat(new eu.cyberstat.warehousing.SubmissionStore(warehouse).history().stream()
                .filter(s -> s.id().equals(id)).findFirst().orElseThrow().note())
                .as("the note is kept with the submission, for the report's revision notes").isEqualTo(note);
        assertThat(de.download(receiptPath + "/raw")).isEqualTo(bytes);

        byte[] pdf = de.download(receiptPath + "/receipt.pdf");
        String pdfText = PdfText.of(pdf);
        assertThat(pdfText).contains(id, UploadFixture.sha256(bytes), name, deSubmission + " for DE 2021");

        WebClient.Page history = de.get("/countries/DE/submissions");
        assertThat(history.html().select("table.history tbody tr").first().text()).contains(id, name, "2021");
        // Other tests of the class upload for DE with their own clock: find this upload's row by its name.
        assertThat(history.html().select("table.uploads tbody tr").eachText()).filteredOn(row -> row.contains(name))
                .singleElement().satisfies(row -> assertThat(row).contains("accepted"));

        assertThat(portal.audit()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditEvent.UPLOAD);
            assertThat(e.actor()).isEqualTo("de-up");
            assertThat(e.detail()).contains(UploadFixture.sha256(bytes));
        }).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditEvent.SUBMISSION_ACCEPT);
            assertThat(e.outcome()).isEqualTo(AuditEvent.SUCCESS);
            assertThat(e.detail()).contains(id);
        });

        // France sees none of it: 403 by the access rule, 404 for the id under its own country.
        WebClient fr = loggedIn("fr-up");
        assertThat(fr.get("/countries/DE/submissions").status()).isEqualTo(403);
        assertThat(fr.get(receiptPath).status()).isEqualTo(403);
        assertThat(fr.get(uploadPath).status()).isEqualTo(403);
        assertThat(fr.get("/countries/FR/submissions/" + id).status()).isEqualTo(404);
        assertThat(fr.get("/countries/FR/uploads/" + uploadPath.substring(uploadPath.lastIndexOf('/') + 1)).status())
                .isEqualTo(404);
        assertThat(fr.get("/countries/FR/submissions").text()).doesNotContain(id);
    }

    @Test
    void aBadFileShowsItsErrorsWithTheirLinesAndCannotBeConfirmed() throws Exception {
        WebClient de = loggedIn("de-up");
        de.get("/countries/DE/upload");
        WebClient.Page received = de.upload("/countries/DE/uploads", "bad.csv", UploadFixture.badFile("DE"));
        String path = received.header("Location").orElseThrow();
        WebClient.Page page = de.get(path);
        assertThat(page.text()).contains("Rejected.", "The file is rejected: nothing was loaded.");
        Document html = page.html();
        assertThat(html.select("h4").eachText()).anySatisfy(t -> assertThat(t).startsWith("E_NEGATIVE"))
                .anySatisfy(t -> assertThat(t).startsWith("E_UNKNOWN_OFFENCE"));
        assertThat(html.select("section.check-group:has(h4:contains(E_NEGATIVE)) tbody td.num").eachText())
                .containsExactly("3");
        assertThat(html.select("section.check-group:has(h4:contains(E_UNKNOWN_OFFENCE)) tbody td.num").eachText())
                .containsExactly("4");
        assertThat(html.select("form[action$=/confirm]")).isEmpty();
        assertThat(de.post(path + "/confirm").status()).isEqualTo(409);
        JsonNode report = JSON.readTree(de.download(path + "/report.json"));
        assertThat(report.get("status").asText()).isEqualTo("rejected");
        String csv = new String(de.download(path + "/report.csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines().skip(1).map(l -> l.split(",")[0] + " " + l.split(",")[1] + " " + l.split(",")[3]))
                .contains("error 3 E_NEGATIVE", "error 4 E_UNKNOWN_OFFENCE");
    }

    @Test
    void aValidUploadCanBeDiscardedAndNothingIsLoaded() {
        List<Observation> before = UploadFixture.inForce(warehouse, "FR", 2020);
        List<Observation> changed = new ArrayList<>(before);
        int total = before.indexOf(before.stream().filter(o -> o.offence().equals("CYB")
                && o.indicator().equals("RECORDED")).findFirst().orElseThrow());
        changed.set(total, UploadFixture.withValue(before.get(total), before.get(total).value() + 1));
        WebClient fr = loggedIn("fr-up");
        fr.get("/countries/FR/upload");
        String path = fr.upload("/countries/FR/uploads", "fr.csv", UploadFixture.projectCsv(changed))
                .header("Location").orElseThrow();
        WebClient.Page preview = fr.get(path);
        assertThat(preview.html().select("table.revisions tbody tr")).as(preview.text()).hasSize(1);
        WebClient.Page discarded = fr.post(path + "/discard");
        assertThat(discarded.status()).isEqualTo(303);
        assertThat(fr.get(discarded.header("Location").orElseThrow()).text())
                .contains("The upload was discarded: nothing was loaded.");
        assertThat(UploadFixture.inForce(warehouse, "FR", 2020)).isEqualTo(before);
        assertThat(fr.get(path).text()).contains("You discarded this upload");
        assertThat(fr.post(path + "/confirm").status()).isEqualTo(409);
    }

    /**
     * The report names the file's format for people, in the page's language, never by its code
     * (PROJECT_CSV): a project CSV, and Germany's national layout read with its mapping profile,
     * whose name the page gives.
     */
    @Test
    void theFileFormatIsNamedForPeopleInEachLanguage() throws Exception {
        WebClient fr = loggedIn("fr-up");
        fr.get("/countries/FR/upload");
        String csvPath = fr.upload("/countries/FR/uploads", "fr-format.csv",
                UploadFixture.projectCsv(UploadFixture.inForce(warehouse, "FR", 2019))).header("Location").orElseThrow();
        WebClient.Page csv = fr.get(csvPath);
        assertThat(csv.text()).contains("Format Project CSV: ").doesNotContain("PROJECT_CSV");
        assertThat(textIn(fr, "fr", csvPath)).contains("Format CSV du projet : ");
        assertThat(textIn(fr, "de", csvPath)).contains("Format Projekt-CSV: ");
        fr.get(csvPath);
        fr.post(csvPath + "/discard");

        WebClient de = loggedIn("de-up");
        de.get("/countries/DE/upload");
        byte[] national = Files.readAllBytes(ServedDemo.PROJECT.resolve("data-samples/national/de-pks-style.csv"));
        String profilePath = de.upload("/countries/DE/uploads", "pks.csv", national, "profile", "de-pks.yaml")
                .header("Location").orElseThrow();
        WebClient.Page profile = de.get(profilePath);
        assertThat(profile.text()).contains("Format National layout (profile de-pks.yaml): ")
                .doesNotContain("PROFILE");
        assertThat(textIn(de, "de", profilePath)).contains("Format Nationales Layout (Profil de-pks.yaml): ");
        assertThat(textIn(de, "fr", profilePath)).contains("Format Présentation nationale (profil de-pks.yaml) : ");
        de.get(profilePath);
        de.post(profilePath + "/discard");
    }

    /** The text of a page in another language, chosen as the language form does. */
    private static String textIn(WebClient client, String lang, String path) {
        client.post("/language", "lang", lang, "back", path);
        return client.get(path).text();
    }
}
