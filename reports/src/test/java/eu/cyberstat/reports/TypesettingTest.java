package eu.cyberstat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The finished reports never break a number or a French punctuation mark from its word: read
 * glyph by glyph (PDFBox, which keeps no-break spaces apart from spaces), "100 000" is written
 * with narrow no-break spaces in every language, French counts group with them too, and in
 * French every ":" ";" "!" "?" "%" "»" of the text has a no-break space before it, never a
 * breakable one and never a line break.
 */
class TypesettingTest {

    @Test
    void numbersAreNeverSplitAcrossLinesInAnyLanguage() throws IOException {
        PdfTools.require();
        for (String lang : List.of("en", "fr", "de")) {
            List<String> pages = PdfText.glyphs(RenderedSet.file("report-2022-" + lang + ".pdf"));
            int kept = 0;
            for (int p = 0; p < pages.size(); p++) {
                String text = pages.get(p);
                // A narrow no-break space offers no break: where there is no breakable space, no line can break.
                assertThat(find(text, "\\d \\d{3}(?!\\d)")).as(lang + " page " + (p + 1)
                        + ": digit groups joined by a breakable space").isEmpty();
                kept += PdfText.count(text, "100\u202F000");
            }
            assertThat(kept).as(lang + ": '100 000' with a narrow no-break space").isGreaterThan(30);
        }
        String fr = String.join("", PdfText.glyphs(RenderedSet.file("report-2022-fr.pdf")));
        assertThat(fr).as("French counts group with U+202F").containsPattern("\\d\u202F\\d{3}\u202F\\d{3}");
        // The feedback sheets too, their title and running head included.
        for (String geo : List.of("FR", "BE", "DE", "AT", "PL")) {
            List<String> pages = PdfText.glyphs(RenderedSet.file("feedback/" + geo + "-2022.pdf"));
            for (int p = 0; p < pages.size(); p++) {
                assertThat(find(pages.get(p), "\\d \\d{3}(?!\\d)")).as(geo + " sheet page " + (p + 1)).isEmpty();
            }
        }
    }

    @Test
    void frenchPunctuationHasItsNoBreakSpaceEverywhere() throws IOException {
        PdfTools.require();
        assertThat(frenchMarks("report-2022-fr.pdf")).as("colons and semicolons set with their spaces").isGreaterThan(50);
        // The French feedback sheets, from their title ("Retour sur les données : France, 2022") on.
        for (String geo : List.of("FR", "BE", "LU")) {
            String first = PdfText.glyphs(RenderedSet.file("feedback/" + geo + "-2022.pdf")).get(0);
            assertThat(first).as(geo + ": the title").contains("Retour sur les données\u00A0:");
            assertThat(frenchMarks("feedback/" + geo + "-2022.pdf")).as(geo).isGreaterThan(5);
        }
    }

    /** Checks every page of a French PDF; how many colons and semicolons it sets with their spaces. */
    private static int frenchMarks(String file) throws IOException {
        List<String> pages = PdfText.glyphs(RenderedSet.file(file));
        int marks = 0;
        for (int p = 0; p < pages.size(); p++) {
            String text = pages.get(p);
            assertThat(find(text, "(?m)(?: [:;!?%»]|« |^[;!?%»])")).as(file + " page " + (p + 1)
                    + ": a breakable space before, or a line break before, a punctuation mark").isEmpty();
            // A mark of running text (followed by a space or the end of a line) that follows a word.
            assertThat(find(text, "(?m)[\\p{L}\\d)»][:;!?](?=[ \\n]|$)")).as(file + " page " + (p + 1)
                    + ": a punctuation mark with no space before it").allMatch(s -> s.matches("\\d:.*"));
            marks += PdfText.count(text, "\u00A0:") + PdfText.count(text, "\u202F;");
        }
        return marks;
    }

    private static List<String> find(String text, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 25);
            int to = Math.min(text.length(), m.end() + 10);
            out.add(m.group() + "  in: " + text.substring(from, to).replace("\n", "⏎"));
        }
        return out;
    }
}
