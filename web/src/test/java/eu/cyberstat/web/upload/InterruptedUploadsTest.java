package eu.cyberstat.web.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.cyberstat.app.Receipt;
import eu.cyberstat.failure.ConflictException;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.web.TestPortal;
import eu.cyberstat.web.UploadFixture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service killed mid-upload leaves files half received that no record names; the next service
 * on the folder removes them at its start, keeps every recorded upload, and no second service may
 * share the folder while one runs (its uploads in flight would look like leftovers). A service
 * killed after the warehouse committed a confirmation, before the upload's record said so, has its
 * record written at the next start from what the warehouse holds.
 */
class InterruptedUploadsTest {

    @TempDir
    Path dir;

    @Test
    void whatAKilledServiceLeftIsRemovedAtTheNextStartAndRecordedUploadsAreKept() throws IOException {
        Path uploads = dir.resolve("portal/uploads");
        Path recorded = Files.createDirectories(uploads.resolve("U" + "a".repeat(24)));
        Files.writeString(recorded.resolve(UploadStore.RECORD), "{}");
        Files.writeString(recorded.resolve(UploadStore.CONTENT), "country,year\n");
        Path halfWrittenReport = Files.writeString(recorded.resolve("report.json123.tmp"), "{\"sta");
        Path neverRecorded = Files.createDirectories(uploads.resolve("U" + "b".repeat(24)));
        Files.writeString(neverRecorded.resolve(UploadStore.CONTENT), "country,year,offence\nDE,20");
        Path spooled = Files.writeString(Files.createDirectories(uploads.resolve(".incoming"))
                .resolve("MultiPart123.tmp"), "--boundary\r\n");
        Path notAnUpload = Files.writeString(uploads.resolve("README"), "kept");

        try (TestPortal portal = TestPortal.start(dir.resolve("portal"), dir.resolve("out"), Map.of())) {
            assertThat(portal.portal.leftoversRemoved()).isEqualTo(3);
        }
        assertThat(neverRecorded).doesNotExist();
        assertThat(spooled).doesNotExist();
        assertThat(halfWrittenReport).doesNotExist();
        assertThat(recorded.resolve(UploadStore.RECORD)).exists();
        assertThat(recorded.resolve(UploadStore.CONTENT)).hasContent("country,year");
        assertThat(notAnUpload).exists();
    }

    @Test
    void aSecondServiceOnTheSameFolderIsRefusedUntilTheFirstStops() {
        Path portalDir = dir.resolve("portal");
        try (TestPortal first = TestPortal.start(portalDir, dir.resolve("out"), Map.of())) {
            assertThatThrownBy(() -> TestPortal.start(portalDir, dir.resolve("out"), Map.of()))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("Another cyberstat serve is using the portal folder " + portalDir.toAbsolutePath()
                            + ": stop it first, or give this service a folder of its own (the setting portal.dir).");
            assertThat(first.portal.leftoversRemoved()).isZero();
        }
        try (TestPortal again = TestPortal.start(portalDir, dir.resolve("out"), Map.of())) {
            assertThat(again.portal.port()).isPositive();
        }
    }

    @Test
    void aConfirmationCommittedByAKilledServiceIsRecordedAtTheNextStart() {
        Path warehouse = UploadFixture.warehouseCopy(dir);
        List<Observation> revised = new ArrayList<>();
        for (Observation o : UploadFixture.inForce(warehouse, "DE", 2022)) {
            revised.add(o.offence().equals("CYB") && o.indicator().equals("SUSPECTS")
                    ? UploadFixture.withValue(o, o.value() - 12) : o);
        }
        Path portalDir = dir.resolve("portal");
        Upload confirmed;
        Upload stillOpen;
        Receipt committed;
        try (TestPortal first = TestPortal.start(portalDir, warehouse, dir.resolve("out"), Map.of())) {
            Uploads uploads = new Uploads(first.app, new UploadStore(portalDir, first.settings.uploads().maxBytes()),
                    first.settings.uploads().profilesDir());
            confirmed = receive(uploads, first, UploadFixture.projectCsv(revised));
            uploads.preview(confirmed);
            Upload validated = uploads.store().find(confirmed.id()).orElseThrow();
            assertThat(validated.status()).isEqualTo(Upload.Status.VALIDATED);
            committed = uploads.confirm(validated, "corrected suspects", false).receipt();
            assertThat(committed.status()).isEqualTo(Receipt.ACCEPTED);
            // What a kill between the warehouse's commit and the record's update leaves: the record as before.
            uploads.store().save(validated);

            List<Observation> other = new ArrayList<>(revised);
            other.set(0, UploadFixture.withValue(other.get(0), other.get(0).value() + 1));
            stillOpen = receive(uploads, first, UploadFixture.projectCsv(other));
            uploads.preview(stillOpen);
        }

        try (TestPortal again = TestPortal.start(portalDir, warehouse, dir.resolve("out"), Map.of())) {
            assertThat(again.portal.confirmationsRecorded()).isEqualTo(1);
            UploadStore store = new UploadStore(portalDir, again.settings.uploads().maxBytes());
            Upload recorded = store.find(confirmed.id()).orElseThrow();
            assertThat(recorded.status()).isEqualTo(Upload.Status.ACCEPTED);
            assertThat(recorded.submissionId()).isEqualTo(committed.submissionId());
            assertThat(recorded.note()).isEqualTo("corrected suspects");
            assertThat(recorded.receipt()).as("the receipt the killed service would have recorded")
                    .isEqualTo(committed);
            assertThat(committed.supersedes()).as("it superseded Germany's 2022 figures").isNotEmpty();
            assertThat(store.find(stillOpen.id()).orElseThrow().status()).as("a file never confirmed stays open")
                    .isEqualTo(Upload.Status.VALIDATED);
        }
        try (TestPortal third = TestPortal.start(portalDir, warehouse, dir.resolve("out"), Map.of())) {
            assertThat(third.portal.confirmationsRecorded()).as("recorded once").isZero();
        }
    }

    private static Upload receive(Uploads uploads, TestPortal portal, byte[] file) {
        return uploads.store().receive(new ByteArrayInputStream(file), "de-2022.csv", "DE", "de-up", null,
                portal.clock.instant());
    }
}
