package eu.cyberstat.web.drop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.web.TestPortal;
import eu.cyberstat.web.UploadFixture;
import eu.cyberstat.web.account.Role;
import eu.cyberstat.web.audit.AuditEvent;
import eu.cyberstat.web.upload.UploadStore;
import eu.cyberstat.web.upload.Uploads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drop folder, looked at by hand with the test's clock: a file is taken only when it has not
 * changed for one interval; a good file is submitted for its folder's country as the configured
 * account and moved to processed/ with its report, a bad one to rejected/; the same use case as
 * the pages, so the figures are in force at once.
 */
class DropFolderTest {

    private static final Duration INTERVAL = Duration.ofSeconds(10);

    @TempDir
    static Path dir;

    private static TestPortal portal;
    private static Path warehouse;
    private static DropFolder drop;
    private static Path root;

    @BeforeAll
    static void start() {
        warehouse = UploadFixture.warehouseCopy(dir);
        portal = TestPortal.start(dir.resolve("portal"), warehouse, dir.resolve("out"), Map.of());
        portal.add("de-system", Role.UPLOADER, "DE", "a long enough password");
        root = dir.resolve("drop");
        Uploads uploads = new Uploads(portal.app, new UploadStore(dir.resolve("portal"), 1 << 20),
                portal.settings.uploads().profilesDir());
        drop = new DropFolder(root, "de-system", portal.accounts, uploads, portal.audit,
                ReferenceData.shipped().countries(), portal.clock, INTERVAL);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aFileIsTakenOnceItStopsChangingAndEndsInProcessedOrRejected() throws IOException {
        Path inbox = Files.createDirectories(root.resolve("inbox/DE"));
        List<Observation> inForce = UploadFixture.inForce(warehouse, "DE", 2019);
        List<Observation> changed = new ArrayList<>();
        for (Observation o : inForce) {
            changed.add(o.offence().equals("CYB") && o.indicator().equals("RECORDED")
                    ? UploadFixture.withValue(o, o.value() + 3) : o);
        }
        byte[] good = UploadFixture.projectCsv(changed);
        Path goodFile = inbox.resolve("de-2019.csv");
        Files.write(goodFile, good);
        Files.write(inbox.resolve("being-written.csv.part"), good);
        Path growing = inbox.resolve("growing.csv");
        Files.write(growing, UploadFixture.badFile("DE"));

        assertThat(drop.scan()).as("first look: nothing has been seen unchanged yet").isEmpty();
        portal.clock.advance(INTERVAL.minusSeconds(1));
        assertThat(drop.scan()).as("unchanged, but not for a whole interval").isEmpty();
        portal.clock.advance(Duration.ofSeconds(1));
        // Meanwhile the writer appends to growing.csv: it is not taken.
        Files.writeString(growing, "DE,2022,CYB,SUSPECTS,1,,\n", java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(growing, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertThat(drop.scan()).containsExactly(goodFile);

        assertThat(files(inbox)).extracting(p -> p.getFileName().toString())
                .containsExactly("being-written.csv.part", "growing.csv");
        List<Path> processed = files(root.resolve("processed/DE"));
        assertThat(processed).hasSize(2);
        Path moved = processed.stream().filter(p -> !p.toString().endsWith(".report.json")).findFirst().orElseThrow();
        assertThat(moved.getFileName().toString()).endsWith("-de-2019.csv");
        assertThat(Files.readAllBytes(moved)).isEqualTo(good);
        JsonNode report = new ObjectMapper().readTree(moved.resolveSibling(moved.getFileName() + ".report.json").toFile());
        assertThat(report.get("receipt").get("status").asText()).isEqualTo("accepted");
        assertThat(report.get("receipt").get("sha256").asText()).isEqualTo(UploadFixture.sha256(good));
        assertThat(report.get("revisions").get("changed").asInt()).isEqualTo(1);
        assertThat(UploadFixture.inForce(warehouse, "DE", 2019)).isEqualTo(changed);
        assertThat(portal.audit()).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("de-system");
            assertThat(e.action()).isEqualTo(AuditEvent.SUBMISSION_ACCEPT);
            assertThat(e.outcome()).isEqualTo(AuditEvent.SUCCESS);
        });

        // The growing file, once it stops growing, is taken: it is bad, so it goes to rejected/ with its report.
        portal.clock.advance(INTERVAL);
        assertThat(drop.scan()).containsExactly(growing);
        List<Path> rejected = files(root.resolve("rejected/DE"));
        assertThat(rejected).hasSize(2);
        JsonNode bad = new ObjectMapper().readTree(rejected.stream().filter(p -> p.toString().endsWith(".report.json"))
                .findFirst().orElseThrow().toFile());
        assertThat(bad.get("receipt").get("status").asText()).isEqualTo("rejected");
        assertThat(bad.get("validation").get("errors").get(0).get("line").asInt()).isEqualTo(3);

        // A country the account may not submit for: rejected, saying why.
        Path fr = Files.createDirectories(root.resolve("inbox/FR")).resolve("fr.csv");
        Files.write(fr, good);
        drop.scan();
        portal.clock.advance(INTERVAL);
        assertThat(drop.scan()).containsExactly(fr);
        JsonNode refused = new ObjectMapper().readTree(files(root.resolve("rejected/FR")).stream()
                .filter(p -> p.toString().endsWith(".report.json")).findFirst().orElseThrow().toFile());
        assertThat(refused.get("error").asText()).contains("may not submit for FR");
    }
}
