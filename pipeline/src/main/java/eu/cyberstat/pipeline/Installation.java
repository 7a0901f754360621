package eu.cyberstat.pipeline;

import java.nio.file.Path;

/**
 * Where cyberstat is installed: the folder holding {@code templates/} and {@code data-samples/}.
 * The launcher sets {@code cyberstat.home} (Surefire does too); without it, the working folder.
 */
public final class Installation {

    public static final String HOME_PROPERTY = "cyberstat.home";

    private Installation() {
    }

    public static Path home() {
        return Path.of(System.getProperty(HOME_PROPERTY, ".")).toAbsolutePath().normalize();
    }

    /** {@code path} itself if absolute, else resolved against the installation. */
    public static Path resolve(Path path) {
        return path.isAbsolute() ? path : home().resolve(path).normalize();
    }
}
