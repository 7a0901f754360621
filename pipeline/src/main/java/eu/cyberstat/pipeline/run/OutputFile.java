package eu.cyberstat.pipeline.run;

import eu.cyberstat.failure.StorageException;
import eu.cyberstat.warehousing.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
    public interface Content extends AtomicFiles.Content {
    }

    /**
     * Writes {@code dir/name} whole or not at all through the {@link AtomicFiles publisher}: a
     * crash leaves the previous file (or none), never half of one. The file gets the mode of
     * every output, {@link AtomicFiles#PUBLISHED}.
     */
    public static OutputFile write(Path dir, String name, Long rows, Content content) {
        AtomicFiles.publish(dir.resolve(name), AtomicFiles.PUBLISHED, content);
        return describe(dir, name, rows);
    }

    /** The record of a file already in the output folder (e.g. written by a later step). */
    public static OutputFile describe(Path dir, String name, Long rows) {
        Path file = dir.resolve(name);
        try (InputStream in = Files.newInputStream(file)) {
            return new OutputFile(name, DigestUtils.sha256Hex(in), Files.size(file), rows);
        } catch (IOException e) {
            throw new StorageException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
