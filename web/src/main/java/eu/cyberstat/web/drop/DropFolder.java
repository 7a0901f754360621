package eu.cyberstat.web.drop;

import eu.cyberstat.app.Receipt;
import eu.cyberstat.failure.CyberstatException;
import eu.cyberstat.reference.Countries;
import eu.cyberstat.web.account.Account;
import eu.cyberstat.web.account.AccountStore;
import eu.cyberstat.web.account.Role;
import eu.cyberstat.web.audit.AuditEvent;
import eu.cyberstat.web.audit.AuditLog;
import eu.cyberstat.web.page.Problem;
import eu.cyberstat.web.upload.Upload;
import eu.cyberstat.web.upload.UploadStore;
import eu.cyberstat.web.upload.Uploads;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drop folder, for systems that push files: a file put in {@code inbox/CC/} is taken as an
 * upload for CC by the configured account, validated and submitted (without {@code replace}: a
 * file that would withdraw figures in force is not loaded), then moved to {@code processed/CC/}
 * (accepted, or a duplicate) or {@code rejected/CC/} with its report beside it
 * ({@code NAME.report.json}: validation, revisions, receipt). A file is taken only once it has kept
 * its size and modification time across two looks at least one interval apart and is not hidden or
 * named {@code *.part}/{@code *.tmp}: a file still being written is left alone.
 */
public final class DropFolder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DropFolder.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** What a file looked like at the last look: it is taken when the next look finds it the same. */
    private record Seen(long size, Instant modified, Instant at) {
    }

    private final Path root;
    private final String accountName;
    private final AccountStore accounts;
    private final Uploads uploads;
    private final AuditLog audit;
    private final Countries countries;
    private final Clock clock;
    private final Duration interval;
    private final Map<Path, Seen> seen = new HashMap<>();
    private ScheduledExecutorService timer;

    public DropFolder(Path root, String accountName, AccountStore accounts, Uploads uploads, AuditLog audit,
                      Countries countries, Clock clock, Duration interval) {
        this.root = root;
        this.accountName = accountName;
        this.accounts = accounts;
        this.uploads = uploads;
        this.audit = audit;
        this.countries = countries;
        this.clock = clock;
        this.interval = interval;
    }

    /** Looks at the drop folder every interval, on a thread of its own, until closed. */
    public DropFolder start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cyberstat-drop-folder");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                scan();
            } catch (RuntimeException e) {
                LOG.error("The drop folder {} could not be processed", root, e);
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One look: takes every file that has not changed since the previous look; returns what it took. */
    public synchronized List<Path> scan() {
        Path inbox = root.resolve("inbox");
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Path> taken = new java.util.ArrayList<>();
        Map<Path, Seen> still = new HashMap<>();
        try (Stream<Path> folders = Files.list(inbox)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                String geo = folder.getFileName().toString();
                if (!countries.isKnown(geo)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(Files::isRegularFile).filter(DropFolder::isOffered).sorted().toList()) {
                        Seen now1 = new Seen(Files.size(file), Files.getLastModifiedTime(file).toInstant(), now);
                        Seen before = seen.get(file);
                        if (before != null && before.size() == now1.size() && before.modified().equals(now1.modified())
                                && !now.isBefore(before.at().plus(interval))) {
                            take(geo, file);
                            taken.add(file);
                        } else {
                            still.put(file, before != null && before.size() == now1.size()
                                    && before.modified().equals(now1.modified()) ? before : now1);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the drop folder " + inbox + ": " + e.getMessage(), e);
        }
        seen.clear();
        seen.putAll(still);
        return taken;
    }

    /** Hidden files and names of files being written ({@code .part}, {@code .tmp}) are not offered. */
    private static boolean isOffered(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".part") && !name.endsWith(".tmp");
    }

    private void take(String geo, Path file) throws IOException {
        String name = file.getFileName().toString();
        Map<String, Object> report = new LinkedHashMap<>();
        boolean accepted = false;
        Optional<Account> account = accounts.find(accountName).filter(Account::enabled)
                .filter(a -> a.role() == Role.OPERATOR || a.role() == Role.UPLOADER && a.uploadsFor(geo));
        if (account.isEmpty()) {
            report.put("error", "The drop folder's account " + accountName + " may not submit for " + geo + ".");
            audit.record(accountName, "drop-folder", AuditEvent.UPLOAD, geo + " " + name, AuditEvent.REFUSED,
                    "account may not submit for " + geo);
        } else {
            try (InputStream in = Files.newInputStream(file)) {
                Upload upload = uploads.store().receive(in, name, geo, accountName, null, clock.instant());
                audit.record(accountName, "drop-folder", AuditEvent.UPLOAD, geo + " " + upload.id(), AuditEvent.SUCCESS,
                        upload.fileName() + ", " + upload.bytes() + " bytes, sha256 " + upload.sha256());
                Uploads.Outcome o = uploads.preview(upload);
                if (uploads.store().find(upload.id()).map(Upload::isOpen).orElse(false)) {
                    o = uploads.confirm(uploads.store().find(upload.id()).orElseThrow(), null, false);
                }
                Receipt r = o.receipt();
                accepted = Receipt.ACCEPTED.equals(r.status()) || Receipt.DUPLICATE.equals(r.status());
                report.put("validation", UploadStore.JSON.readTree(o.report().toJson()));
                if (o.revisions() != null) {
                    report.put("revisions", o.revisions());
                }
                report.put("receipt", r);
                audit.record(accountName, "drop-folder", AuditEvent.SUBMISSION_ACCEPT, geo + " " + upload.id(),
                        accepted ? AuditEvent.SUCCESS : AuditEvent.FAILURE, r.status() + " " + r.submissionId());
            } catch (Problem p) {
                report.put("error", p.messageKey());
            } catch (CyberstatException e) {
                report.put("error", e.getMessage());
            }
        }
        Path to = Files.createDirectories(root.resolve(accepted ? "processed" : "rejected").resolve(geo))
                .resolve(STAMP.format(clock.instant()) + "-" + UploadStore.displayName(name)
                        .replaceAll("[^A-Za-z0-9._-]", "_"));
        Path reportFile = to.resolveSibling(to.getFileName() + ".report.json");
        UploadStore.JSON.writerWithDefaultPrettyPrinter().writeValue(reportFile.toFile(), report);
        Files.move(file, to, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
