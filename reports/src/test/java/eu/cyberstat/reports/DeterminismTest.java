package eu.cyberstat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    @Test
    void theSameInputsGiveByteIdenticalFiles() throws IOException {
        List<Path> first = RenderedSet.files();
        Path other = Path.of("target/report-test/second");
        List<Path> second = ReportFiles.render(RenderedSet.fixture().data(), other, TestPaths.templates());
        assertThat(second).hasSameSizeAs(first);
        for (Path a : first) {
            Path b = other.resolve(RenderedSet.dir().relativize(a));
            assertThat(Files.mismatch(a, b)).as(a.getFileName() + " differs between two renders").isEqualTo(-1L);
        }
    }

    @Test
    void writesTheExpectedFileNames() {
        List<String> names = RenderedSet.files().stream().map(p -> RenderedSet.dir().relativize(p).toString()).toList();
        assertThat(names).contains("report-2022-en.pdf", "report-2022-fr.pdf", "report-2022-de.pdf",
                "report-2022-en.xlsx", "report-2022-fr.xlsx", "report-2022-de.xlsx",
                "feedback/DE-2022.pdf", "feedback/MT-2022.pdf", "feedback/SE-2022.pdf");
        assertThat(names.stream().filter(n -> n.startsWith("feedback/"))).hasSize(27);
        assertThat(names).noneMatch(n -> n.startsWith("feedback/NO") || n.startsWith("feedback/CH"));
    }
}
