package eu.cyberstat.web.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberstat.web.Multipart;
import eu.cyberstat.web.PortalSettings;
import eu.cyberstat.web.TestPortal;
import eu.cyberstat.web.UploadFixture;
import eu.cyberstat.web.WebClient;
import eu.cyberstat.web.account.Role;
import eu.cyberstat.web.audit.AuditEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OWASP file-upload rules over real HTTP, one attack each: a file over the limit (declared, and
 * streamed without a length), a name that is a path, content that is not what its name says, a
 * zip bomb in a workbook, another country, no CSRF token, no session.
 */
class UploadSafetyTest {

    private static final String PASSWORD = "a long enough password";
    private static final int LIMIT = 200_000;

    @TempDir
    static Path dir;

    private static TestPortal portal;
    private static Path uploads;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dir.resolve("portal"), UploadFixture.warehouseCopy(dir), dir.resolve("out"),
                Map.of(PortalSettings.MAX_UPLOAD_BYTES, LIMIT));
        portal.add("de-up", Role.UPLOADER, "DE", PASSWORD);
        portal.add("fr-up", Role.UPLOADER, "FR", PASSWORD);
        uploads = dir.resolve("portal").resolve("uploads");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static WebClient loggedIn(String name) {
        WebClient c = new WebClient(portal.url("/"));
        assertThat(c.login(name, PASSWORD).status()).isEqualTo(303);
        c.get("/countries/" + (name.startsWith("de") ? "DE" : "FR") + "/upload");
        return c;
    }

    /** Every file the portal keeps for uploads (none of them outside its own folder). */
    private static List<Path> kept() throws IOException {
        if (!Files.isDirectory(uploads)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(uploads)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".lock")).toList();
        }
    }

    private static long uploadsOf(String geo) {
        return new UploadStore(dir.resolve("portal"), LIMIT).of(geo).size();
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingOfItIsKept() throws IOException {
        WebClient de = loggedIn("de-up");
        long before = uploadsOf("DE");
        byte[] big = new byte[LIMIT + 1];
        Arrays.fill(big, (byte) 'a');
        WebClient.Page declared = de.upload("/countries/DE/uploads", "big.csv", big);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.text()).contains("The file is larger than the portal accepts");

        // Without a Content-Length (chunked), the limit is enforced while the bytes arrive.
        Multipart body = Multipart.of(Map.of("csrf", declared.csrf() == null ? "" : declared.csrf()), "big.csv",
                new byte[0]);
        String text = new String(body.bytes(), StandardCharsets.ISO_8859_1);
        int cut = text.indexOf("\r\n--", text.indexOf("filename="));
        byte[] head = Arrays.copyOf(body.bytes(), cut);
        byte[] tail = Arrays.copyOfRange(body.bytes(), cut, body.bytes().length);
        byte[] huge = new byte[5 * LIMIT];
        Arrays.fill(huge, (byte) 'b');
        WebClient.Page chunked = de.send(HttpRequest.newBuilder(URI.create(portal.url("/countries/DE/uploads")))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(java.util.Collections
                        .enumeration(List.of(new ByteArrayInputStream(head), new ByteArrayInputStream(huge),
                                new ByteArrayInputStream(tail)))))));
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(uploadsOf("DE")).isEqualTo(before);
        assertThat(kept()).allSatisfy(f -> assertThat(Files.size(f)).isLessThanOrEqualTo(LIMIT));
        assertThat(portal.audit()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditEvent.UPLOAD);
            assertThat(e.outcome()).isEqualTo(AuditEvent.REFUSED);
        });
    }

    @Test
    void aPathAsTheFileNameIsOnlyShownAndNeverUsedAsAPath() throws IOException {
        WebClient de = loggedIn("de-up");
        byte[] bytes = UploadFixture.badFile("DE");
        WebClient.Page received = de.upload("/countries/DE/uploads", "../../../../tmp/evil\\..\\x.csv", bytes);
        assertThat(received.status()).isEqualTo(303);
        WebClient.Page page = de.get(received.header("Location").orElseThrow());
        assertThat(page.html().select("dl.facts dd.file").text()).isEqualTo("x.csv");
        assertThat(Files.exists(dir.resolve("x.csv"))).isFalse();
        assertThat(Files.exists(Path.of("/tmp/evil"))).isFalse();
        String id = received.header("Location").orElseThrow().replaceAll(".*/", "");
        try (Stream<Path> files = Files.list(uploads.resolve(id))) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("content", "upload.json")
                    .noneMatch(n -> n.contains("x.csv"));
        }
    }

    @Test
    void contentIsCheckedNotTheName() {
        WebClient de = loggedIn("de-up");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        WebClient.Page refused = de.upload("/countries/DE/uploads", "figures.csv", png);
        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.text()).contains("This file is not one the portal reads");
        // A text file named .xlsx is read as the text it is.
        WebClient.Page text = de.upload("/countries/DE/uploads", "figures.xlsx", UploadFixture.badFile("DE"));
        assertThat(text.status()).isEqualTo(303);
        assertThat(de.get(text.header("Location").orElseThrow()).text()).contains("E_NEGATIVE");
    }

    @Test
    void aZipBombInAWorkbookIsRejectedByTheValidatorsGuard() throws Exception {
        WebClient de = loggedIn("de-up");
        WebClient.Page received = de.upload("/countries/DE/uploads", "bomb.xlsx", zipBomb());
        assertThat(received.status()).isEqualTo(303);
        String path = received.header("Location").orElseThrow();
        JsonNode report = new ObjectMapper().readTree(de.download(path + "/report.json"));
        assertThat(report.get("status").asText()).isEqualTo("rejected");
        assertThat(report.get("errors").get(0).get("code").asText()).isEqualTo("E_SPREADSHEET_TOO_LARGE");
    }

    @Test
    void anotherCountryNoTokenAndNoSessionAreRefused() {
        WebClient fr = loggedIn("fr-up");
        WebClient.Page other = fr.upload("/countries/DE/uploads", "fr-for-de.csv", UploadFixture.badFile("DE"));
        assertThat(other.status()).isEqualTo(403);
        assertThat(fr.get("/countries/DE/upload").status()).isEqualTo(403);
        assertThat(portal.audit()).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("fr-up");
            assertThat(e.action()).isEqualTo(AuditEvent.ACCESS);
            assertThat(e.target()).isEqualTo("/countries/DE/uploads");
        });

        WebClient de = loggedIn("de-up");
        WebClient.Page noToken = de.upload("/countries/DE/uploads", "x.csv", UploadFixture.badFile("DE"), "csrf", "");
        assertThat(noToken.status()).isEqualTo(403);
        WebClient.Page wrongToken = de.upload("/countries/DE/uploads", "x.csv", UploadFixture.badFile("DE"), "csrf",
                "not-the-token");
        assertThat(wrongToken.status()).isEqualTo(403);

        WebClient anonymous = new WebClient(portal.url("/"));
        assertThat(anonymous.get("/countries/DE/upload").status()).isEqualTo(303);
        assertThat(anonymous.upload("/countries/DE/uploads", "x.csv", UploadFixture.badFile("DE")).status())
                .isEqualTo(403);
    }

    /** A real workbook (POI's) whose sheet is padded with 100 MB of spaces: it packs into about 100 kB. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream small = new ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            book.createSheet("Figures").createRow(0).createCell(0).setCellValue("country");
            book.write(small);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(small.toByteArray()));
             ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    zip.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 100; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        assertThat(bytes.size()).isLessThan(LIMIT);
        return bytes.toByteArray();
    }
}
