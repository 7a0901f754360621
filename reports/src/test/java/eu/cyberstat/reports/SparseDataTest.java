package eu.cyberstat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import eu.cyberstat.figure.Figure;
import eu.cyberstat.reference.Countries;
import eu.cyberstat.reports.model.ReportData;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A thin year: few countries, no EU aggregate, no alert figures, no findings, no checks. */
class SparseDataTest {

    @TempDir
    Path out;

    @Test
    void rendersWithoutAlertsFindingsChecksOrEuRows() throws IOException {
        ReportData full = RenderedSet.fixture().data();
        Set<String> keep = Set.of("BE", "LU", "IS");
        List<Figure> few = full.figures().stream()
                .filter(f -> keep.contains(f.geo()) && !f.geo().equals(Countries.EU27_2020)).toList();
        ReportData sparse = new ReportData(full.provenance(), full.reference(), few, List.of(), List.of(), List.of());
        List<String> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Path> files = ReportFiles.render(sparse, out, TestPaths.templates(), new ReportSet.Progress() {
            @Override
            public void rendering(int total) {
                progress.add("of " + total);
            }

            @Override
            public void rendered(String name) {
                progress.add(name);
            }
        });
        assertThat(files.stream().map(p -> out.relativize(p).toString()))
                .containsExactly("report-2022-en.pdf", "report-2022-fr.pdf", "report-2022-de.pdf", "report-2022-en.xlsx",
                        "report-2022-fr.xlsx", "report-2022-de.xlsx", "feedback/BE-2022.pdf", "feedback/LU-2022.pdf");
        // The progress display hears of every document (in the order they finish, after the total).
        assertThat(progress.get(0)).isEqualTo("of 8");
        assertThat(progress.subList(1, progress.size())).containsExactlyInAnyOrder("report-2022-en.pdf",
                "report-2022-fr.pdf", "report-2022-de.pdf", "report-2022-en.xlsx", "report-2022-fr.xlsx",
                "report-2022-de.xlsx", "feedback/BE-2022.pdf",
                "feedback/LU-2022.pdf");
        PdfReader reader = new PdfReader(out.resolve("report-2022-en.pdf").toString());
        List<Map<String, Object>> marks = SimpleBookmark.getBookmarkList(reader);
        reader.close();
        // The titles as the templates write them, so that renaming a section cannot make this pass unchecked.
        Properties en = new Properties();
        try (Reader r = Files.newBufferedReader(TestPaths.templates().resolve("messages/messages_en.properties"))) {
            en.load(r);
        }
        assertThat(en.getProperty("section.alerts.title")).isNotBlank();
        assertThat(marks).extracting(m -> m.get("Title")).doesNotContain(en.getProperty("section.alerts.title"))
                .contains("Executive summary", "Country profiles", "Methodology");
    }
}
