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

    @Test
    void everyFlagPrintedAfterAFigureIsExplainedOnItsPage() throws IOException {
        PdfTools.require();
        var flagLabels = RenderedSet.fixture().data().reference().flagLabels();
        for (Language lang : Language.values()) {
            Path pdf = RenderedSet.file("report-2022-" + lang.code() + ".pdf");
            int pages = PdfText.pages(pdf);
            int explained = 0;
            for (int p = 2; p <= pages; p++) {
                String text = PdfText.squash(PdfText.page(pdf, p));
                for (char flag : PdfText.flagsAfterFigures(pdf, p, FLAG_SIZE)) {
                    String meaning = flag + " = " + flagLabels.get(flag).in(lang);
                    assertThat(text).as(lang + " page " + p + ": flag " + flag + " is printed, so explained").contains(meaning);
                    explained++;
                }
            }
            assertThat(explained).as(lang + ": flags found and explained").isGreaterThan(50);
        }
    }
}
