package eu.cyberstat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.reference.Language;
import eu.cyberstat.reports.model.AlertFigure;
import eu.cyberstat.reports.model.ReportData;
import eu.cyberstat.reports.pdf.AnnualReportPdf;
import eu.cyberstat.reports.template.ReportTemplates;
import eu.cyberstat.reports.template.NumberStyle;
import eu.cyberstat.reports.view.ReportBasis;
import eu.cyberstat.reports.view.ReportContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The alert-platform page of the finished reports names the platforms as readers know them and
 * shows each platform's change on the previous year where both years have alerts; where none
 * has (exports that begin in the reference year, as the demo's do) it says so instead of
 * printing a column of ":".
 */
class AlertsPageTest {

    private static final Map<String, String> PHAROS = Map.of("en", "PHAROS (France)", "fr", "PHAROS (France)",
            "de", "PHAROS (Frankreich)");

    @Test
    void platformsAreNamedAndTheirChangeShownInEveryLanguage() throws IOException {
        PdfTools.require();
        ReportData data = RenderedSet.fixture().data();
        for (String lang : List.of("en", "fr", "de")) {
            Path pdf = RenderedSet.file("report-2022-" + lang + ".pdf");
            String all = PdfText.squash(PdfTools.text(pdf, 0));
            assertThat(all).as(lang + ": the platform's id is not a name").doesNotContain("FR-PHAROS");
            int page = alertsPage(pdf, lang);
            String text = PdfText.squash(PdfText.page(pdf, page));
            assertThat(PdfText.count(text, PHAROS.get(lang))).as(lang + ": in the chart's legend and the table").isEqualTo(2);
            NumberStyle fmt = new NumberStyle(Language.valueOf(lang.toUpperCase(java.util.Locale.ROOT)));
            for (AlertFigure f : data.alertFigures()) {
                if (f.measure().equals(AlertFigure.YOY_PCT) && f.isWholeYear() && f.isAllOffences() && f.isAllCountries()) {
                    assertThat(text).as(lang + ": the change of " + f.platform()).contains(PdfText.squash(fmt.signedPct(f.value())));
                }
            }
        }
    }

    @Test
    void withoutAlertsOfThePreviousYearTheTableSaysSoInsteadOfAColumnOfColons() throws IOException {
        PdfTools.require();
        ReportData fx = RenderedSet.fixture().data();
        List<AlertFigure> noPreviousYear = fx.alertFigures().stream()
                .filter(f -> !f.measure().equals(AlertFigure.YOY_PCT) && f.year() == ReportFixtures.YEAR).toList();
        ReportData data = new ReportData(fx.provenance(), fx.reference(), fx.figures(), fx.keyFindings(), noPreviousYear,
                fx.checks());
        ReportTemplates templates = ReportTemplates.load(TestPaths.templates(), data.reference());
        Path dir = Files.createDirectories(Path.of("target/report-test/alerts"));
        Path pdf = dir.resolve("no-previous-year-en.pdf");
        Files.write(pdf, new AnnualReportPdf(new ReportContext(new ReportBasis(data, templates), Language.EN)).render());
        String text = PdfText.squash(PdfText.page(pdf, alertsPage(pdf, "en")));
        assertThat(text).contains("No change on 2021 is shown: the warehouse holds no alerts of 2021 from these platforms.")
                .doesNotContain("Change (%)").contains("Alerts received").contains(PHAROS.get("en"));
        String table = PdfTools.text(pdf, alertsPage(pdf, "en"), true);
        assertThat(table.lines().map(String::strip).filter(l -> l.matches("(PHAROS \\(France\\)|DE-INTERNETWACHE|All platforms)\\s+\\d.*")))
                .as("no platform row has a ':'").hasSize(3).noneMatch(l -> l.contains(":"));
    }

    private static int alertsPage(Path pdf, String lang) throws IOException {
        String title = Map.of("en", "Alert-platform activity", "fr", "Activité des plateformes de signalement",
                "de", "Tätigkeit der Meldeplattformen").get(lang);
        return ReportContentsTest.bookmarks(pdf).stream().filter(e -> e.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no bookmark " + title)).page();
    }
}
