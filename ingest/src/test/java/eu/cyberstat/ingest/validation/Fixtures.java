package eu.cyberstat.ingest.validation;

import eu.cyberstat.problem.Issue;
import eu.cyberstat.reference.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Files written for a test, validated, and their issues in a form tests can compare exactly. */
public final class Fixtures {

    public static final ReferenceData REFERENCE = ReferenceData.shipped();
    public static final String HEADER = "country,year,offence,indicator,value,flags,note\n";

    private Fixtures() {
    }

    public static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path dir, String name, String content, Charset charset) {
        return write(dir, name, content.getBytes(charset));
    }

    public static Path write(Path dir, String name, byte[] bytes) {
        try {
            Path file = dir.resolve(name);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ValidatedFile validate(Path file) {
        return validate(file, ValidationRequest.detect());
    }

    public static ValidatedFile validate(Path file, ValidationRequest request) {
        return new StatisticsValidator(REFERENCE, PriorFigures.NONE).validate(file, request);
    }

    public static ValidatedFile validate(Path file, ValidationRequest request, ValidationSettings settings,
                                         PriorFigures prior) {
        return new StatisticsValidator(REFERENCE, prior, settings).validate(file, request);
    }

    /** Validates a project CSV given as text (header included). */
    public static ValidatedFile csv(Path dir, String content) {
        return validate(write(dir, "figures.csv", content));
    }

    /** Every issue as "CODE line column", errors then warnings. */
    public static List<String> issues(ValidatedFile result) {
        List<String> all = new ArrayList<>();
        result.report().errors().forEach(i -> all.add(i.code() + " " + i.line() + " " + i.column()));
        result.report().warnings().forEach(i -> all.add(i.code() + " " + i.line() + " " + i.column()));
        return all;
    }

    /** The message of the only issue with this code. */
    public static String message(ValidatedFile result, String code) {
        List<Issue> found = new ArrayList<>();
        result.report().errors().stream().filter(i -> i.code().equals(code)).forEach(found::add);
        result.report().warnings().stream().filter(i -> i.code().equals(code)).forEach(found::add);
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + code + " but found " + found + " in " + issues(result));
        }
        return found.get(0).message();
    }

    /** A file of ../shared (the real data), or the test is skipped where it is absent. */
    public static Path shared(String relative) {
        String root = System.getProperty("cyberstat.shared", "../../shared");
        Path file = Path.of(root).resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file),
                "../shared is absent (a user's clone): skipping the test on the real file " + relative);
        return file;
    }

    /** The project's root folder (Surefire sets cyberstat.project.dir; else the module's parent). */
    public static Path projectDir() {
        String dir = System.getProperty("cyberstat.project.dir");
        return dir != null ? Path.of(dir) : Path.of("..").toAbsolutePath().normalize();
    }
}
