package eu.cyberstat.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The one mode of every file cyberstat publishes into an output folder (the metrics, SDMX and
 * alert CSVs, the key findings, the manifest, the report PDFs, the workbook, the feedback
 * sheets): {@code rw-r--r--} (0644), whatever the umask and however the file was written
 * (a temporary file is created 0600). Outputs are publications, readable by everyone on the
 * machine; only their owner replaces them. Documented in the README.
 */
public final class OutputMode {

    /** {@code rw-r--r--}, octal 0644. */
    public static final Set<PosixFilePermission> PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

    private OutputMode() {
    }

    /** Gives {@code file} the output mode; nothing on a file system without POSIX permissions. */
    public static void apply(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PERMISSIONS);
        }
    }
}
