package eu.cyberstat.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every input that once broke a reader's promise, kept gzipped under
 * src/test/resources/fuzz-regressions/TARGET/ (found by {@link ReadersFuzzTest} or written for a
 * defect found by hand), replayed through the same checks and time bound on every build.
 */
class FuzzRegressionTest {

    private static final Path REGRESSIONS = Targets.HOME.resolve("ingest/src/test/resources/fuzz-regressions");

    @TestFactory
    Stream<DynamicTest> everyInputThatOnceFailedIsNowAcceptedOrRejectedWithAMessage() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.walk(REGRESSIONS)) {
            inputs = files.filter(Files::isRegularFile).sorted().toList();
        }
        return inputs.stream().map(file -> DynamicTest.dynamicTest(REGRESSIONS.relativize(file).toString(), () -> {
            FuzzTarget target = Targets.byName(file.getParent().getFileName().toString());
            Harness.check(target, new FuzzInput("regression " + file.getFileName(), List.of(), bytes(file)));
        }));
    }

    @Test
    void everyReaderHasRegressionInputs() throws IOException {
        try (Stream<Path> dirs = Files.list(REGRESSIONS)) {
            assertThat(dirs.map(d -> d.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Targets.all().stream().map(FuzzTarget::name).toList());
        }
    }

    @AfterAll
    static void writeCounts() {
        Harness.writeReport();
    }

    private static byte[] bytes(Path file) throws IOException {
        if (!file.toString().endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
