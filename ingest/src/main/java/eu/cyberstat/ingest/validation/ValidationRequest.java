package eu.cyberstat.ingest.validation;

import eu.cyberstat.ingest.format.InputFormat;
import java.nio.file.Path;

/**
 * What the uploader says about a file.
 *
 * @param country the uploader's country: every figure must be for it (null: any country, an
 *                operator importing a Eurostat dataset)
 * @param profile a mapping profile for a national layout (null: none)
 * @param format  the format, forced (null: detect it)
 * @param name    the file's name as its uploader gave it, for the report and the receipt (null: the
 *                name of the file on disk); the portal keeps an upload under a name of its own
 */
public record ValidationRequest(String country, Path profile, InputFormat format, String name) {

    public ValidationRequest(String country, Path profile, InputFormat format) {
        this(country, profile, format, null);
    }

    /** The name the report and the receipt give the file. */
    public String nameOf(Path file) {
        return name != null ? name : file.getFileName().toString();
    }

    /** Any country, no profile, format detected. */
    public static ValidationRequest detect() {
        return new ValidationRequest(null, null, null);
    }

    public static ValidationRequest forCountry(String country) {
        return new ValidationRequest(country, null, null);
    }
}
