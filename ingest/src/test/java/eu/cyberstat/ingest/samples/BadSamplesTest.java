package eu.cyberstat.ingest.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberstat.ingest.format.InputFormat;
import eu.cyberstat.ingest.validation.Fixtures;
import eu.cyberstat.ingest.validation.ValidatedFile;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.problem.Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Each deliberately bad sample produces exactly the issues written next to it ({@code NAME.expected.json}). */
class BadSamplesTest {

    private static final Path BAD = Fixtures.projectDir().resolve("data-samples/bad");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyBadSampleProducesItsExpectedIssues() throws IOException {
        List<Path> expectations;
        try (Stream<Path> files = Files.list(BAD)) {
            expectations = files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        assertThat(expectations).hasSizeGreaterThanOrEqualTo(13);
        return expectations.stream().map(e -> DynamicTest.dynamicTest(e.getFileName().toString(), () -> check(e)));
    }

    private static void check(Path expectation) throws IOException {
        JsonNode expected = JSON.readTree(expectation.toFile());
        String name = expectation.getFileName().toString().replace(".expected.json", "");
        JsonNode request = expected.get("request");
        ValidationRequest req = new ValidationRequest(text(request, "country"),
                text(request, "profile") == null ? null : BAD.resolve(text(request, "profile")),
                text(request, "format") == null ? null : InputFormat.valueOf(text(request, "format")));

        ValidatedFile result = Fixtures.validate(BAD.resolve(name), req);

        assertThat(result.report().status()).as(name + " status").isEqualTo(expected.get("status").asText());
        assertThat(result.report().rows()).as(name + " rows").isEqualTo(expected.get("rows").asLong());
        assertThat(found(result.report().errors())).as(name + " errors").isEqualTo(listed(expected.get("errors")));
        assertThat(found(result.report().warnings())).as(name + " warnings").isEqualTo(listed(expected.get("warnings")));
    }

    @Test
    void everyBadFileHasItsExpectationAndIsInTheReadme() throws IOException {
        String readme = Files.readString(BAD.resolve("README.md"));
        try (Stream<Path> files = Files.list(BAD)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".expected.json") || n.endsWith(".yaml") || n.equals("README.md")) {
                    continue;
                }
                assertThat(BAD.resolve(n + ".expected.json")).as("expectation of " + n).isRegularFile();
                assertThat(readme).as("README row of " + n).contains("`" + n + "`");
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> found(List<Issue> issues) {
        return issues.stream().map(i -> i.line() + " " + i.column() + " " + i.code()).sorted().toList();
    }

    private static List<String> listed(JsonNode issues) {
        List<String> list = new ArrayList<>();
        issues.forEach(i -> list.add(i.get("line").asLong() + " " + i.get("column").asText() + " " + i.get("code").asText()));
        return list.stream().sorted().toList();
    }
}
