package eu.cyberstat.web.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.cyberstat.web.PortalFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;

/**
 * The append-only audit log, {@code audit.jsonl} in the portal folder: one JSON object a line,
 * opened for appending only and never rewritten, each line flushed to disk before the request it
 * records is answered. Logins, failed logins, lockouts, logouts, refusals of another country's
 * data, token use and account changes are all recorded.
 */
public final class AuditLog {

    public static final String FILE = "audit.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path file;
    private final Clock clock;

    public AuditLog(Path portalDir, Clock clock) {
        this.file = PortalFiles.folder(portalDir).resolve(FILE);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** Who a command run on this machine acts as: {@code cli:} and the operating-system user. */
    public static String commandLineActor() {
        return "cli:" + System.getProperty("user.name", "?");
    }

    /** Records a change made by a command on this machine. */
    public void recordCommand(String action, String target, String detail) {
        record(commandLineActor(), "cli", action, target, AuditEvent.SUCCESS, detail);
    }

    /** Records an event that happens now. */
    public void record(String actor, String client, String action, String target, String outcome, String detail) {
        append(new AuditEvent(clock.instant(), actor, client, action, target, outcome, detail));
    }

    public void append(AuditEvent event) {
        byte[] line;
        try {
            line = (JSON.writeValueAsString(event) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit event is always JSON", e);
        }
        PortalFiles.locked(file, () -> {
            boolean created = !Files.exists(file);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                if (created) {
                    PortalFiles.ownerOnly(file);
                }
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the audit log " + file + ": " + e.getMessage(), e);
            }
            return null;
        });
    }

    /** Every event recorded so far, oldest first (for the tests and, in time, the operator's page). */
    public List<AuditEvent> events() {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(l -> {
                try {
                    return JSON.readValue(l, AuditEvent.class);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("Line of " + file + " is not an audit event: " + l, e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit log " + file + ": " + e.getMessage(), e);
        }
    }
}
