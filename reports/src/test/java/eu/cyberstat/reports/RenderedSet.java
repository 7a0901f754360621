package eu.cyberstat.reports;

import java.nio.file.Path;
import java.util.List;

/** The full report set rendered once per test JVM from the fixture (rendering takes seconds). */
final class RenderedSet {

    private static ReportFixtures.Fixture fixture;
    private static List<Path> files;

    private RenderedSet() {
    }

    static synchronized ReportFixtures.Fixture fixture() {
        if (fixture == null) {
            fixture = ReportFixtures.realistic();
        }
        return fixture;
    }

    static synchronized List<Path> files() {
        if (files == null) {
            files = ReportFiles.render(fixture().data(), dir(), TestPaths.templates());
        }
        return files;
    }

    static Path dir() {
        return Path.of("target/report-test/first");
    }

    static Path file(String name) {
        files();
        return dir().resolve(name);
    }
}
