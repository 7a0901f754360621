package eu.cyberstat.reports;

import java.nio.file.Path;

/** Where the tests find the project's templates and write their outputs. */
final class TestPaths {

    private TestPaths() {
    }

    static Path projectDir() {
        String dir = System.getProperty("cyberstat.project.dir");
        return dir != null ? Path.of(dir) : Path.of("..").toAbsolutePath().normalize();
    }

    static Path templates() {
        return projectDir().resolve("templates/report");
    }
}
