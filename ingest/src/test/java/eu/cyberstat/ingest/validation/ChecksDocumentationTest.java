package eu.cyberstat.ingest.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.problem.Check;
import eu.cyberstat.problem.Checks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/validation.md and the checks stay in step; and every check is exercised by some test. */
class ChecksDocumentationTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([EW]_[A-Z_]+)` \\| (error|warning) \\| (.*?) \\| (.*) \\|$",
            Pattern.MULTILINE);

    @Test
    void everyCheckIsDocumentedWithItsLevelMeaningAndMessage() throws IOException {
        String doc = Files.readString(Fixtures.projectDir().resolve("docs/validation.md"));
        Map<String, String[]> documented = new HashMap<>();
        Matcher m = ROW.matcher(doc);
        while (m.find()) {
            documented.put(m.group(1), new String[] {m.group(2), m.group(3), m.group(4)});
        }
        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(
                Checks.all().stream().map(Check::code).toList());
        for (Check c : Checks.all()) {
            String[] row = documented.get(c.code());
            assertThat(row[0]).as(c.code()).isEqualTo(c.level().name().toLowerCase());
            assertThat(row[1]).as(c.code()).isEqualTo(c.meaning());
            assertThat(row[2].replace("\\|", "|")).as(c.code()).isEqualTo(c.template());
        }
    }

    @Test
    void everyCheckIsAssertedBySomeTest() throws IOException {
        Path tests = Fixtures.projectDir().resolve("ingest/src/test/java");
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(tests)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (!f.getFileName().toString().equals("ChecksDocumentationTest.java")) {
                    all.append(Files.readString(f));
                }
            }
        }
        try (Stream<Path> files = Files.list(Fixtures.projectDir().resolve("data-samples/bad"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".expected.json")).toList()) {
                all.append(Files.readString(f));
            }
        }
        List<String> untested = Checks.all().stream().map(Check::code).filter(code -> all.indexOf("\"" + code) < 0).toList();
        assertThat(untested).as("checks no test asserts").isEmpty();
    }
}
