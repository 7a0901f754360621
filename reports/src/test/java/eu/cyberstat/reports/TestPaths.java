package eu.cyberstat.reports;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;

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

    /** A copy of the shipped templates in {@code dir}/report, for a test to edit. */
    static Path copyOfTemplates(Path dir) throws IOException {
        Path target = dir.resolve("report");
        PathUtils.copyDirectory(templates(), target);
        return target;
    }
}
