package eu.cyberstat.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.reports.template.ReportTemplates;
import eu.cyberstat.reports.template.SectionKind;
import eu.cyberstat.reports.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {

    @TempDir
    Path tmp;


    private static void replace(Path file, String from, String to) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(s).contains(from);
        Files.writeString(file, s.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void theShippedTemplatesLoad() {
        ReportTemplates t = ReportTemplates.load(TestPaths.templates(), ReferenceData.shipped());
        assertThat(t.definition().sections()).extracting(s -> s.kind())
                .containsExactly(SectionKind.EXECUTIVE_SUMMARY, SectionKind.EU_OVERVIEW, SectionKind.OFFENCE_GROUPS,
                        SectionKind.MAP, SectionKind.ALERTS, SectionKind.COVERAGE, SectionKind.COUNTRY_PROFILES,
                        SectionKind.METHODOLOGY);
        assertThat(t.definition().feedback().languageOf("BE").code()).isEqualTo("fr");
        assertThat(t.definition().feedback().languageOf("AT").code()).isEqualTo("de");
        assertThat(t.definition().feedback().languageOf("PL").code()).isEqualTo("en");
    }

    @Test
    void aNarrativeSyntaxErrorNamesFileAndLine() throws IOException {
        Path dir = TestPaths.copyOfTemplates(tmp);
        Path file = dir.resolve("narrative/fr/summary.ftl");
        String s = Files.readString(file);
        Files.writeString(file, s + "\nUne ligne <#if eu.value>sans fin\n");
        long line = s.lines().count() + 2;
        assertThatThrownBy(() -> ReportTemplates.load(dir, ReferenceData.shipped()))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("narrative/fr/summary.ftl, line ")
                .hasMessageContaining("line " + line);
    }

    @Test
    void anUnknownSectionKindNamesTheLineOfReportYaml() throws IOException {
        Path dir = TestPaths.copyOfTemplates(tmp);
        replace(dir.resolve("report.yaml"), "kind: coverage", "kind: coverrage");
        long line = Files.readAllLines(dir.resolve("report.yaml")).indexOf("    kind: coverrage") + 1;
        assertThatThrownBy(() -> ReportTemplates.load(dir, ReferenceData.shipped()))
                .isInstanceOf(TemplateException.class)
                .hasMessage("report/report.yaml, line " + line + ": unknown section kind 'coverrage'; use one of "
                        + "[executive-summary, eu-overview, offence-groups, map, alerts, coverage, country-profiles, "
                        + "methodology].");
    }

    @Test
    void aChartTheSectionCannotDrawIsRejected() throws IOException {
        Path dir = TestPaths.copyOfTemplates(tmp);
        replace(dir.resolve("report.yaml"), "charts: [alert-volume, alert-offence]", "charts: [alert-volume, pie]");
        assertThatThrownBy(() -> ReportTemplates.load(dir, ReferenceData.shipped()))
                .hasMessageContaining("report.yaml, line ").hasMessageContaining("has no chart 'pie'");
    }

    @Test
    void aMissingTranslationIsNamed() throws IOException {
        Path dir = TestPaths.copyOfTemplates(tmp);
        replace(dir.resolve("messages/messages_de.properties"), "section.map.title = Karte Europas\n", "");
        assertThatThrownBy(() -> ReportTemplates.load(dir, ReferenceData.shipped()))
                .hasMessage("report/messages/messages_de.properties: missing keys that English has: section.map.title. "
                        + "Add a translation for each.");
    }

    @Test
    void aBrokenMessagePatternNamesItsLine() throws IOException {
        Path dir = TestPaths.copyOfTemplates(tmp);
        replace(dir.resolve("messages/messages_fr.properties"), "report.edition = Année de référence {0}",
                "report.edition = Année de référence {0");
        assertThatThrownBy(() -> ReportTemplates.load(dir, ReferenceData.shipped()))
                .hasMessageStartingWith("report/messages/messages_fr.properties, line ")
                .hasMessageContaining("'report.edition'");
    }

    @Test
    void aKeyFindingKindWithoutASentenceIsCaughtAtLoad() throws IOException {
        Path dir = TestPaths.copyOfTemplates(tmp);
        Path file = dir.resolve("narrative/de/findings.ftl");
        String s = Files.readString(file);
        Files.writeString(file, s.lines().filter(l -> !l.contains("\"COVERAGE_CAVEAT\"")).reduce("", (a, b) -> a + b + "\n"));
        assertThatThrownBy(() -> ReportTemplates.load(dir, ReferenceData.shipped()))
                .hasMessageContaining("narrative/de/findings.ftl writes nothing for key findings of kind COVERAGE_CAVEAT");
    }

    @Test
    void aMissingNarrativeFileIsNamed() throws IOException {
        Path dir = TestPaths.copyOfTemplates(tmp);
        Files.delete(dir.resolve("narrative/fr/map.ftl"));
        assertThatThrownBy(() -> ReportTemplates.load(dir, ReferenceData.shipped()))
                .hasMessageStartingWith("narrative/fr/map.ftl is missing");
    }

    @Test
    void aTemplateErrorWritesNothing() throws IOException {
        Path dir = TestPaths.copyOfTemplates(tmp);
        replace(dir.resolve("narrative/en/country.ftl"), "${year}", "${yeer}");
        Path out = tmp.resolve("out");
        assertThatThrownBy(() -> ReportFiles.render(RenderedSet.fixture().data(), out, dir))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("narrative/en/country.ftl, line 2");
        try (Stream<Path> left = Files.exists(out) ? Files.walk(out) : Stream.empty()) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
