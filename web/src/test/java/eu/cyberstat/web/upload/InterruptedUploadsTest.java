package eu.cyberstat.web.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.cyberstat.failure.ConflictException;
import eu.cyberstat.web.TestPortal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service killed mid-upload leaves files half received that no record names; the next service
 * on the folder removes them at its start, keeps every recorded upload, and no second service may
 * share the folder while one runs (its uploads in flight would look like leftovers).
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
}
