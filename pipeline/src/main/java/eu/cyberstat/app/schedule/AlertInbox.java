package eu.cyberstat.app.schedule;

import eu.cyberstat.pipeline.schedule.ScheduleSettings;
import eu.cyberstat.app.Application;
import eu.cyberstat.app.IngestAlerts;
import eu.cyberstat.failure.StorageException;
import eu.cyberstat.pipeline.history.FailureKind;
import eu.cyberstat.pipeline.history.Notification;
import eu.cyberstat.pipeline.alerts.AlertIngestReceipt;
import eu.cyberstat.pipeline.progress.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alert exports dropped in {@code inbox/alerts/PLATFORM/}: each file that has not changed for
 * the settle time (it is not being copied any more) is ingested with the platform's profile,
 * {@code templates/profiles/alerts-PLATFORM.yaml}, then moved to {@code done/} beside it; a
 * file refused for its content goes to {@code failed/} with {@code NAME.reason.txt} and the
 * operator is told; a file that could not be read for an I/O failure stays for the next look.
 */
final class AlertInbox {

    private static final Logger LOG = LoggerFactory.getLogger(AlertInbox.class);
    static final String DONE = "done";
    static final String FAILED = "failed";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final ScheduleSettings settings;
    private final Application app;

    AlertInbox(ScheduleSettings settings, Application app) {
        this.settings = settings;
        this.app = app;
    }

    /** Ingests what is waiting; returns the receipts of exports that changed the warehouse. */
    List<AlertIngestReceipt> scan() {
        Path alerts = settings.inboxDir().resolve("alerts");
        List<AlertIngestReceipt> changed = new ArrayList<>();
        if (!Files.isDirectory(alerts)) {
            return changed;
        }
        for (Path platformDir : list(alerts)) {
            if (!Files.isDirectory(platformDir)) {
                continue;
            }
            String platform = platformDir.getFileName().toString();
            for (Path file : list(platformDir)) {
                if (Files.isRegularFile(file) && !file.getFileName().toString().startsWith(".") && settled(file)) {
                    ingest(platform, file).ifPresent(changed::add);
                }
            }
        }
        return changed;
    }

    private java.util.Optional<AlertIngestReceipt> ingest(String platform, Path file) {
        try {
            AlertIngestReceipt receipt = new IngestAlerts(app).ingest(
                    new IngestAlerts.Request(List.of(file), platform, null, false, false), Progress.NONE);
            LOG.info("Inbox: {} ingested for {}: {} rows, {} accepted", file.getFileName(), platform, receipt.rowsRead(),
                    receipt.accepted());
            move(file, DONE, null);
            return receipt.isRepeat() ? java.util.Optional.empty() : java.util.Optional.of(receipt);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            if (FailureKind.of(e) == FailureKind.TRANSIENT) {
                LOG.warn("Inbox: {} could not be ingested now, tried again later: {}", file, reason);
                return java.util.Optional.empty();
            }
            Path kept = move(file, FAILED, reason);
            app.notifier().tell(Notification.Kind.INGEST_FAILED, null, null,
                    "alert export " + file.getFileName() + " of " + platform + " refused",
                    "The alert export " + file + " of platform " + platform + " was refused: " + reason
                            + "\nIt is kept as " + kept + ".");
            return java.util.Optional.empty();
        }
    }

    private boolean settled(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant().plus(settings.settle()).isBefore(Instant.now());
        } catch (IOException e) {
            return false;
        }
    }

    /** Moves a file into {@code done/} or {@code failed/}, its name prefixed with the time (a later export may have the same name). */
    private static Path move(Path file, String folder, String reason) {
        Path dir = file.resolveSibling(folder);
        Path target = dir.resolve(STAMP.format(Instant.now()) + "-" + file.getFileName());
        try {
            Files.createDirectories(dir);
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            if (reason != null) {
                Files.writeString(dir.resolve(target.getFileName() + ".reason.txt"), reason + "\n", StandardCharsets.UTF_8);
            }
            return target;
        } catch (IOException e) {
            throw new StorageException("Cannot move " + file + " to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new StorageException("Cannot read the inbox folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
