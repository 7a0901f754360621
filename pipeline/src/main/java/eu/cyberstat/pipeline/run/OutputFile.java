package eu.cyberstat.pipeline.run;

import eu.cyberstat.ingest.OutputMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * A file a run wrote into its output folder, with the SHA-256 the manifest records.
 *
 * @param name   file name relative to the output folder
 * @param sha256 lower-case hex digest of the bytes
 * @param bytes  size
 * @param rows   data rows or entries it holds (null where that means nothing)
 */
public record OutputFile(String name, String sha256, long bytes, Long rows) {

    /** Writes the bytes a writer produces into a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code dir/name} whole or not at all: into a temporary file of the same folder,
     * flushed to disk, then renamed over the target in one step. A crash leaves the previous
     * file (or none), never half of one. The file gets the {@link OutputMode} of every output.
     */
    public static OutputFile write(Path dir, String name, Long rows, Content content) {
        Path target = dir.resolve(name);
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            // A fresh name beside the target: two runs writing to one folder never share a temporary file.
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            OutputMode.apply(tmp);
            // A rename within one folder is atomic on every POSIX file system; no non-atomic fallback.
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return describe(dir, name, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException ignored) {
                // Only a leftover temporary file; the output itself is complete or absent.
            }
        }
    }

    /** The record of a file already in the output folder (e.g. written by a later step). */
    public static OutputFile describe(Path dir, String name, Long rows) {
        Path file = dir.resolve(name);
        try (InputStream in = Files.newInputStream(file)) {
            return new OutputFile(name, DigestUtils.sha256Hex(in), Files.size(file), rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
