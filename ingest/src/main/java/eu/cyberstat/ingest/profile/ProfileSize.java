package eu.cyberstat.ingest.profile;

import eu.cyberstat.failure.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The size limit of a YAML profile (mapping or platform), checked before it is parsed. The YAML
 * parser's cost grows faster than the length of a long value (three megabytes in one string took
 * ten seconds), and the largest real profile is a few kilobytes: anything near the limit is not a
 * profile.
 */
public final class ProfileSize {

    /** 256 KiB: some fifty times the largest shipped profile. */
    public static final long MAX_BYTES = 256 * 1024;

    private ProfileSize() {
    }

    /** Refuses a profile larger than {@link #MAX_BYTES}; {@code what} starts the message ("Profile", "Platform profile"). */
    public static void check(Path file, String what) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(what + " " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new BadInputException("Cannot read " + what.toLowerCase(java.util.Locale.ROOT) + " " + file + ": "
                    + e.getMessage(), e);
        }
        if (size > MAX_BYTES) {
            throw new BadInputException(what + " " + file + " is " + size + " bytes, more than the " + MAX_BYTES
                    + " a profile may have: a profile is a few kilobytes of settings. Check that you picked the right "
                    + "file.");
        }
    }
}
