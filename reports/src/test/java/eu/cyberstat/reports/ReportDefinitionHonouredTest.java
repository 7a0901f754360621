package eu.cyberstat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.yaml decides which charts and tables a section shows, and in which order (docs/templates.md). */
class ReportDefinitionHonouredTest {

    private static final String MAP = "All cybercrime: offences recorded per 100 000 inhabitants, 2022";
    private static final String EU_TOTAL = "All cybercrime recorded by the police, EU27, 2013–2022";
    private static final String EU_GROUPS = "Offences recorded by the police by offence group, EU27";
    private static final String EU_YOY = "Change on the previous year by offence group, EU27, 2022";
    private static final String HEADLINE = "Headline figures, 2022";
    private static final String FINDINGS = "Key findings";
    private static final String COVERAGE = "Offence categories reported, by country and year";
    private static final String EU_COVERAGE = "Coverage of the EU27 aggregate";
    private static final String CLASSIFICATION = "Offence classification";
    private static final String REVISIONS = "Revisions: figures replaced after their first delivery";
    private static final String FLAGS = "Several flags may qualify one figure";

    @TempDir
    Path tmp;

    @Test
    void reorderedAndEmptyListsOfChartsAndTablesAreHonoured() throws IOException {
        PdfTools.require();
        // The shipped definition: everything, in the documented order.
        String shipped = AnnualReportPdfTest.squash(PdfTools.text(RenderedSet.file("report-2022-en.pdf"), 0));
        for (String shown : new String[] {MAP, EU_GROUPS, CLASSIFICATION, HEADLINE, FINDINGS}) {
            assertThat(shipped.contains(shown)).as("shipped report shows '" + shown + "'").isTrue();
        }
        assertThat(shipped.indexOf(HEADLINE)).isLessThan(shipped.lastIndexOf(FINDINGS));
        assertThat(shipped.indexOf(EU_TOTAL)).isLessThan(shipped.indexOf(EU_YOY));
        assertThat(shipped.indexOf(COVERAGE)).isLessThan(shipped.indexOf(EU_COVERAGE));

        Path templates = TestPaths.copyOfTemplates(tmp);
        Path yaml = templates.resolve("report.yaml");
        String def = Files.readString(yaml, StandardCharsets.UTF_8);
        def = replace(def, "tables: [headline, key-findings]", "tables: [key-findings, headline]");
        def = replace(def, "charts: [eu-total-trend, eu-group-trend, eu-index, eu-yoy]", "charts: [eu-yoy, eu-total-trend]");
        def = replace(def, "offence: CYB                  # shade countries by their rate for this offence",
                "offence: CYB\n    charts: []");
        def = replace(def, "tables: [coverage, eu-coverage]", "tables: [eu-coverage, coverage]");
        def = replace(def, "tables: [classification, flags, revisions]", "tables: [revisions, flags]");
        Files.writeString(yaml, def, StandardCharsets.UTF_8);

        Path out = tmp.resolve("out");
        ReportFiles.render(RenderedSet.fixture().data(), out, templates);
        String text = AnnualReportPdfTest.squash(PdfTools.text(out.resolve("report-2022-en.pdf"), 0));
        for (String shown : new String[] {HEADLINE, FINDINGS, EU_YOY, EU_TOTAL, COVERAGE, EU_COVERAGE}) {
            assertThat(text.contains(shown)).as("still shows '" + shown + "'").isTrue();
        }
        for (String left : new String[] {MAP, EU_GROUPS, CLASSIFICATION}) {
            assertThat(text.contains(left)).as("leaves out '" + left + "'").isFalse();
        }
        assertThat(text.lastIndexOf(FINDINGS)).as("key findings before the headline table").isLessThan(text.indexOf(HEADLINE));
        assertThat(text.indexOf(EU_YOY)).isLessThan(text.indexOf(EU_TOTAL));
        assertThat(text.indexOf(EU_COVERAGE)).isLessThan(text.indexOf(COVERAGE));
        assertThat(text.indexOf(REVISIONS)).as("revision notes before the flags").isLessThan(text.lastIndexOf(FLAGS));
    }

    private static String replace(String s, String from, String to) {
        assertThat(s).contains(from);
        return s.replace(from, to);
    }

}
