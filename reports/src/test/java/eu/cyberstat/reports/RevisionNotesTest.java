package eu.cyberstat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.reference.Language;
import eu.cyberstat.reports.model.ReportData;
import eu.cyberstat.reports.pdf.AnnualReportPdf;
import eu.cyberstat.reports.template.ReportTemplates;
import eu.cyberstat.reports.view.ReportBasis;
import eu.cyberstat.reports.view.ReportContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The revision notes of the annual report: figures a later delivery replaced, with the notes given with them. */
class RevisionNotesTest {

    private static String methodology(String lang, String heading) throws IOException {
        String text = AnnualReportPdfTest.squash(PdfTools.text(RenderedSet.file("report-2022-" + lang + ".pdf"), 0));
        int at = text.lastIndexOf(heading);
        assertThat(at).as(lang + ": " + heading).isNotNegative();
        return text.substring(at);
    }

    @Test
    void listEveryRevisedCountryAndYearsWithTheNotesAsWritten() throws IOException {
        PdfTools.require();
        String en = methodology("en", "Revisions: figures replaced after their first delivery");
        assertThat(en).contains("France", "2021–2022", "fr-2021-2022-revision.csv", "2023-05-15",
                        ReportFixtures.FR_REVISION_NOTE, "Germany", "de-2021-2022-revision.csv", "no note given",
                        "Netherlands", "nl-2021-2022-revision.csv")
                // A hostile note stays text: no markup applied, its terminal escape written as a code.
                .contains("=HYPERLINK(\"http://evil.example\",\"x\") **bold** <b>tag</b> \\u001B[2J")
                .doesNotContain("\u001B", "Portugal");
        // Countries in protocol order: Germany, France, the Netherlands.
        assertThat(en.indexOf("Germany")).isLessThan(en.indexOf("France"));
        assertThat(en.indexOf("France")).isLessThan(en.indexOf("Netherlands"));
        assertThat(methodology("fr", "Révisions : chiffres remplacés après leur première transmission"))
                .contains("Allemagne", "aucune note", ReportFixtures.FR_REVISION_NOTE);
        assertThat(methodology("de", "Revisionen: nach der ersten Lieferung ersetzte Zahlen"))
                .contains("Frankreich", "keine Anmerkung", ReportFixtures.FR_REVISION_NOTE);
    }

    @Test
    void aReportWithoutRevisionsSaysSo(@TempDir Path dir) throws IOException {
        PdfTools.require();
        ReportData full = RenderedSet.fixture().data();
        ReportData none = new ReportData(full.provenance(), full.reference(), full.figures(), full.keyFindings(),
                full.alertFigures(), full.checks(), full.submissions().stream().filter(s -> !s.isRevision()).toList());
        ReportTemplates templates = ReportTemplates.load(TestPaths.templates(), none.reference());
        Path en = dir.resolve("report-2022-en.pdf");
        Files.write(en, new AnnualReportPdf(new ReportContext(new ReportBasis(none, templates), Language.EN)).render());
        String text = AnnualReportPdfTest.squash(PdfTools.text(en, 0));
        assertThat(text).contains("No figure in this report was revised after its first delivery.")
                .doesNotContain("fr-2021-2022-revision.csv");
    }
}
