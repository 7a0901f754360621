package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as the launcher runs it, in a JVM of its own with the product's logging
 * configuration (not the tests'): an ordinary command prints cyberstat's messages only, even
 * though it reads a workbook (POI) and starts Spark; --verbose lets the libraries' warnings through.
 */
class QuietCommandLineTest {

    private static final Path PROJECT = Path.of(System.getProperty("cyberstat.project.dir", ".."));

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run cyberstat(String... args) throws IOException, InterruptedException {
        // The product's classpath: every module's classes and the dependencies, without any test-classes
        // (whose log4j2-test.properties would win over the product's configuration).
        String classpath = Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
        Files.createDirectories(dir.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + PROJECT.resolve("jvm.options"), "-Xmx1g", "-Djava.io.tmpdir=" + dir.resolve("tmp"),
                "-Dcyberstat.home=" + PROJECT, "-cp", classpath, Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("cyberstat finished").isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void anOrdinaryCommandPrintsOnlyItsOwnMessagesAndVerbosePrintsMore() throws Exception {
        String workbook = PROJECT.resolve("data-samples/national/it-2013-2022.xlsx").toString();

        Run quiet = cyberstat("submit", workbook, "--country", "IT", "--warehouse", dir.resolve("quiet").toString());

        assertThat(quiet.status()).as(quiet.err()).isZero();
        assertThat(quiet.out()).contains("Accepted: submission");
        assertThat(quiet.err()).as("Spark, Hadoop and POI stay quiet").isEmpty();
        assertThat(quiet.out()).doesNotContain("\u001b[", "\r");

        // validate reads the same workbook without starting Spark: POI's warning about it shows with --verbose
        Run verbose = cyberstat("validate", workbook, "--country", "IT", "--verbose");
        assertThat(verbose.status()).as(verbose.err()).isZero();
        assertThat(verbose.err()).contains(" WARN ZipSecureFile");
    }
}
