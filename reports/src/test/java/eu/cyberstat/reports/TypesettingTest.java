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
    }

    @Test
    void frenchPunctuationHasItsNoBreakSpaceEverywhere() throws IOException {
        PdfTools.require();
        List<String> pages = PdfText.glyphs(RenderedSet.file("report-2022-fr.pdf"));
        int marks = 0;
        for (int p = 0; p < pages.size(); p++) {
            String text = pages.get(p);
            assertThat(find(text, "(?m)(?: [:;!?%»]|« |^[;!?%»])")).as("FR page " + (p + 1)
                    + ": a breakable space before, or a line break before, a punctuation mark").isEmpty();
            // A mark of running text (followed by a space or the end of a line) that follows a word.
            assertThat(find(text, "(?m)[\\p{L}\\d)»][:;!?](?=[ \\n]|$)")).as("FR page " + (p + 1)
                    + ": a punctuation mark with no space before it").allMatch(s -> s.matches("\\d:.*"));
            marks += PdfText.count(text, "\u00A0:") + PdfText.count(text, "\u202F;");
        }
        assertThat(marks).as("colons and semicolons set with their spaces").isGreaterThan(50);
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
