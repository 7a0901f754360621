package eu.cyberstat.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One catalogue of problems: a code names one check, whether raised on a statistics file or an alert export. */
class ProblemCatalogueTest {

    @Test
    void aCodeNamesOneCheckWhereverItIsRaised() {
        Map<String, Check> byCode = new HashMap<>();
        Stream.concat(Checks.all().stream(), AlertChecks.all().stream()).forEach(c -> {
            Check earlier = byCode.putIfAbsent(c.code(), c);
            assertThat(earlier == null || earlier == c).as("two checks with the code " + c.code()).isTrue();
        });
        assertThat(AlertChecks.E_FIELD_COUNT).isSameAs(Checks.E_FIELD_COUNT);
    }

    @Test
    void docsAlertsDocumentsEveryAlertCheck() throws Exception {
        String doc = Files.readString(Path.of(System.getProperty("cyberstat.project.dir", "..")).resolve("docs/alerts.md"));
        List<String> codes = AlertChecks.all().stream().map(Check::code).toList();
        assertThat(codes).allSatisfy(code -> assertThat(doc).contains("`" + code + "`"));
    }
}
