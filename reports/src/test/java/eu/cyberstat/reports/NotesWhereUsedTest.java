package eu.cyberstat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.reference.Language;
import eu.cyberstat.reports.template.ReportTemplates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a reader needs to read a page is on that page: Kosovo's designation footnote wherever
 * "Kosovo*" is printed (tables, charts, its profile, the contents) and on the map, which draws
 * it; and the meaning of every flag printed after a figure, on the page where it is printed.
 */
class NotesWhereUsedTest {

    /** Flags are set small: in tables two points under their figure, in charts with the value labels. */
    private static final float FLAG_SIZE = 6.6f;

    @Test
    void kosovoCarriesItsFootnoteOnEveryPageThatNamesOrDrawsIt() throws IOException {
        PdfTools.require();
        ReportTemplates templates = ReportTemplates.load(TestPaths.templates(), RenderedSet.fixture().data().reference());
        for (Language lang : Language.values()) {
            Path pdf = RenderedSet.file("report-2022-" + lang.code() + ".pdf");
            String note = PdfText.squash(templates.message(lang, "country.note.XK"));
            String name = RenderedSet.fixture().data().reference().countries().get("XK").name().in(lang);
            assertThat(note).startsWith("* ").contains("1244/1999");
            List<String> pages = PdfText.pages(pdf, false);
            int mapPage = ReportContentsTest.bookmarks(pdf).stream()
                    .filter(e -> e.title().matches("Map of Europe|Carte de l'Europe|Karte Europas")).findFirst().orElseThrow().page();
            List<Integer> naming = new ArrayList<>();
            for (int p = 1; p <= pages.size(); p++) {
                String text = PdfText.squash(pages.get(p - 1));
                boolean names = text.replace(note, "").contains(name);
                if (names) {
                    naming.add(p);
                }
                boolean shouldCarry = names || p == mapPage;
                assertThat(text.contains(note)).as(lang + " page " + p + (names ? " names " + name : " does not name " + name))
                        .isEqualTo(shouldCarry);
                assertThat(PdfText.count(text, note)).as(lang + " page " + p + ": once").isLessThanOrEqualTo(1);
            }
            // The contents, the country-rate tables and charts, the coverage table and the profile.
            assertThat(naming).as(lang + ": pages naming Kosovo").hasSizeGreaterThan(5);
        }
    }

    /**
     * Every flag printed after a figure, in a table (or the part of a table a page holds: see
     * {@code pdf.TableAcrossPagesTest} for tables that run over pages) or a chart's value labels,
     * is explained on the page where it is printed: in the annual report in each language and on
     * every country's feedback sheet.
     */
    @Test
    void everyFlagPrintedAfterAFigureIsExplainedOnItsPage() throws IOException {
        PdfTools.require();
        for (Language lang : Language.values()) {
            int explained = flagsExplainedPageByPage(RenderedSet.file("report-2022-" + lang.code() + ".pdf"), lang, 2);
            assertThat(explained).as(lang + ": flags found and explained").isGreaterThan(50);
        }
        int onSheets = 0;
        List<Path> sheets;
        try (var files = java.nio.file.Files.list(RenderedSet.dir().resolve("feedback"))) {
            sheets = files.sorted().toList();
        }
        var definition = ReportTemplates.load(TestPaths.templates(), RenderedSet.fixture().data().reference()).definition();
        for (Path sheet : sheets) {
            String geo = sheet.getFileName().toString().substring(0, 2);
            onSheets += flagsExplainedPageByPage(sheet, definition.feedback().languageOf(geo), 1);
        }
        assertThat(sheets).hasSizeGreaterThan(20);
        assertThat(onSheets).as("flags found and explained on the feedback sheets").isGreaterThan(100);
    }

    private static int flagsExplainedPageByPage(Path pdf, Language lang, int firstPage) throws IOException {
        var flagLabels = RenderedSet.fixture().data().reference().flagLabels();
        int explained = 0;
        for (int p = firstPage; p <= PdfText.pages(pdf); p++) {
            String text = PdfText.squash(PdfText.page(pdf, p));
            for (char flag : PdfText.flagsAfterFigures(pdf, p, FLAG_SIZE)) {
                String meaning = flag + " = " + flagLabels.get(flag).in(lang);
                assertThat(text).as(pdf.getFileName() + " page " + p + ": flag " + flag + " is printed, so explained")
                        .contains(meaning);
                explained++;
            }
        }
        return explained;
    }
}
