package eu.cyberstat.web.upload;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.cyberstat.warehousing.CountryYear;
import eu.cyberstat.web.PortalFiles;
import eu.cyberstat.web.page.Problem;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files the portal receives, kept in its own folder ({@code uploads/} of the portal folder,
 * owner only, never served): one folder per upload named by a random id, the bytes under a fixed
 * name ({@code content}: the client's file name is shown, never used as a path), the record
 * ({@code upload.json}) and what the validation said ({@code report.json}, {@code revisions.json}).
 * Bytes are counted and hashed while they arrive; past the limit the copy stops and is deleted.
 */
public final class UploadStore {

    static final String CONTENT = "content";
    static final String RECORD = "upload.json";
    public static final String REPORT = "report.json";
    public static final String REVISIONS = "revisions.json";
    private static final Pattern ID = Pattern.compile("U[0-9a-f]{24}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_NAME = 200;
    /** Records and previews as JSON; a country-year is written as the warehouse writes it, {@code ["DE","2022"]}. */
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule().addDeserializer(CountryYear.class,
                    new com.fasterxml.jackson.databind.JsonDeserializer<>() {
                        @Override
                        public CountryYear deserialize(com.fasterxml.jackson.core.JsonParser p,
                                                       com.fasterxml.jackson.databind.DeserializationContext c)
                                throws IOException {
                            String[] parts = p.readValueAs(String[].class);
                            return new CountryYear(parts[0], Integer.parseInt(parts[1]));
                        }
                    }))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path dir;
    private final long maxBytes;

    public UploadStore(Path portalDir, long maxBytes) {
        this.dir = portalDir.resolve("uploads");
        this.maxBytes = maxBytes;
    }

    /** Where Jetty may spool a multipart request while it arrives: inside the store, owner only. */
    public Path incoming() {
        return folder(dir.resolve(".incoming"));
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Receives a file: copies at most {@link #maxBytes} bytes of {@code in} into a new upload folder,
     * hashing them on the way, and checks by its first bytes that it is a kind the validator reads.
     *
     * @throws Problem 413 when the stream is longer than the limit, 415 when its content is of no
     *                 kind offered; nothing is kept then
     */
    public Upload receive(InputStream in, String clientName, String country, String account, String profile,
                          Instant now) {
        PortalFiles.folder(dir);
        String id = newId();
        Path folder = folder(dir.resolve(id));
        Path content = folder.resolve(CONTENT);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[ContentKind.SNIFFED];
            int headLength = 0;
            long total = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(content), sha256)) {
                PortalFiles.ownerOnly(content);
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > maxBytes) {
                        throw new Problem(HttpStatus.CONTENT_TOO_LARGE, "error.413.upload", maxBytes / (1024 * 1024));
                    }
                    if (headLength < head.length) {
                        int copied = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, copied);
                        headLength += copied;
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (total == 0) {
                throw new Problem(HttpStatus.BAD_REQUEST, "error.400.empty-upload");
            }
            ContentKind kind = ContentKind.of(head, headLength)
                    .orElseThrow(() -> new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.415.upload"));
            Upload upload = new Upload(id, country, account, displayName(clientName), total,
                    HexFormat.of().formatHex(sha256.digest()), kind, now, profile, Upload.Status.VALIDATED, null, null,
                    null);
            save(upload);
            return upload;
        } catch (RuntimeException e) {
            delete(folder);
            throw e;
        } catch (IOException e) {
            delete(folder);
            throw new UncheckedIOException("Cannot keep an upload in " + folder + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Removes what a service stopped mid-upload left: Jetty's spooled request parts, an upload folder
     * whose record was never written (its bytes arrived, or half of them, but no one was told they
     * were kept), and records half written ({@code .tmp}). Only when no upload can be in flight: at
     * the start of the one service that holds the portal folder. An upload with a record is kept
     * whatever its state; so is everything the warehouse holds, which is the warehouse's own to check.
     *
     * @return how many files and folders were removed
     */
    public int removeLeftovers() {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.equals(".incoming")) {
                    try (Stream<Path> spooled = Files.list(entry)) {
                        for (Path part : spooled.toList()) {
                            delete(part);
                            removed++;
                        }
                    }
                } else if (ID.matcher(name).matches() && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    if (!Files.isRegularFile(entry.resolve(RECORD))) {
                        delete(entry);
                        removed++;
                    } else {
                        removed += removeHalfWritten(entry);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
        return removed;
    }

    private static int removeHalfWritten(Path folder) throws IOException {
        int removed = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(file);
                removed++;
            }
        }
        return removed;
    }

    /** The name a client gave a file, as the portal shows it: its last part, no control character, not endless. */
    public static String displayName(String clientName) {
        String name = clientName == null ? "" : clientName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "upload" : name;
    }

    /** The upload of this id (empty for an id of another form: nothing outside the store is ever read). */
    public Optional<Upload> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Path record = dir.resolve(id).resolve(RECORD);
        if (!Files.isRegularFile(record)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(record.toFile(), Upload.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + record + ": " + e.getMessage(), e);
        }
    }

    /** The uploads of a country, latest first. */
    public List<Upload> of(String country) {
        return all().stream().filter(u -> u.country().equals(country)).toList();
    }

    /** Every upload, latest first. */
    public List<Upload> all() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Upload> out = new ArrayList<>();
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path f : folders.toList()) {
                find(f.getFileName().toString()).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(Upload::receivedAt).reversed());
        return out;
    }


    /** The bytes of an upload as received. */
    public Path content(Upload upload) {
        return dir.resolve(upload.id()).resolve(CONTENT);
    }

    /** A file kept beside an upload's bytes ({@link #REPORT}, {@link #REVISIONS}). */
    public Path beside(Upload upload, String name) {
        return dir.resolve(upload.id()).resolve(name);
    }

    public void write(Upload upload, String name, Object value) {
        Path file = beside(upload, name);
        try {
            Path temp = Files.createTempFile(file.getParent(), name, ".tmp");
            if (value instanceof String text) {
                Files.writeString(temp, text);
            } else {
                JSON.writeValue(temp.toFile(), value);
            }
            PortalFiles.ownerOnly(temp);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public void save(Upload upload) {
        write(upload, RECORD, upload);
    }

    /** Discards an upload: its bytes are deleted, its record says so. */
    public Upload discard(Upload upload) {
        try {
            Files.deleteIfExists(content(upload));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + content(upload) + ": " + e.getMessage(), e);
        }
        Upload discarded = upload.with(Upload.Status.DISCARDED, null, null, null);
        save(discarded);
        return discarded;
    }

    private static String newId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return "U" + HexFormat.of().formatHex(bytes);
    }

    private static Path folder(Path folder) {
        return PortalFiles.folder(folder);
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder + ": " + e.getMessage(), e);
        }
    }
}
