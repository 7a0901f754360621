package eu.cyberstat.web.query;

import eu.cyberstat.failure.StorageException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.cyberstat.pipeline.run.AnnualRun;
import eu.cyberstat.pipeline.run.RunManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The report set of the latest annual run written into the reports folder, as its
 * {@code manifest.json} describes it. Only files the manifest names can be downloaded, and only
 * while their bytes still have the checksum it records: a file being replaced by a newer run is
 * not handed out half-way.
 */
public final class LatestReports {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A run's report set. */
    public record ReportSet(String runId, int referenceYear, Instant finishedAt, Instant dataVintage,
                            List<ReportFile> files) {

        public Optional<ReportFile> file(String name) {
            return files.stream().filter(f -> f.name().equals(name)).findFirst();
        }

        public Optional<ReportFile> feedbackFor(String geo) {
            return files.stream().filter(f -> f.kind() == ReportFile.Kind.FEEDBACK && geo.equals(f.country())).findFirst();
        }
    }

    /** A report file's bytes no longer match the manifest: a new run is writing the folder. */
    public static final class Replaced extends RuntimeException {
        public Replaced(String message) {
            super(message);
        }
    }

    private final Path dir;

    public LatestReports(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The report set in the folder, if a run has written one there. */
    public Optional<ReportSet> latest() {
        Path manifestFile = dir.resolve(AnnualRun.MANIFEST_FILE);
        RunManifest manifest;
        try {
            manifest = JSON.readValue(manifestFile.toFile(), RunManifest.class);
        } catch (java.io.FileNotFoundException | NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StorageException("Cannot read the run manifest " + manifestFile + ": " + e.getMessage(), e);
        }
        List<ReportFile> files = manifest.outputs().stream().map(o -> ReportFile.of(o.name(), o.bytes(), o.sha256()))
                .toList();
        return Optional.of(new ReportSet(manifest.runId(), manifest.referenceYear(), manifest.finishedAt(),
                manifest.dataVintage(), files));
    }

    /**
     * The bytes of {@code file}, checked against the manifest's checksum.
     *
     * @throws Replaced when they differ (a newer run is replacing the set)
     */
    public byte[] read(ReportFile file) {
        Path path = dir.resolve(file.name()).normalize();
        if (!path.startsWith(dir)) {
            throw new IllegalArgumentException("A manifest entry points outside its folder: " + file.name());
        }
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
            byte[] bytes = in.readAllBytes();
            String sha256 = HexFormat.of().formatHex(in.getMessageDigest().digest());
            if (!sha256.equals(file.sha256())) {
                throw new Replaced(file.name() + " has changed since the run that listed it: a new run is writing "
                        + "the report set.");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new Replaced(file.name() + " is missing from " + dir + ": a new run is writing the report set.");
        } catch (IOException e) {
            throw new StorageException("Cannot read " + path + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
