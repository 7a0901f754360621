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
 * No word of the finished reports is printed over another, on any page, in any language: charts'
 * labels included ("break in seriesbreak in series" at two adjacent breaks was the case that
 * prompted it). Words and their boxes come from pdftotext -bbox.
 */
class NoOverprintTest {

    private static final Pattern PAGE = Pattern.compile("<page [^>]*>(.*?)</page>", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");

    record Word(double x0, double y0, double x1, double y1, String text) {
        boolean overlaps(Word o) {
            double w = Math.min(x1, o.x1) - Math.max(x0, o.x0);
            double h = Math.min(y1, o.y1) - Math.max(y0, o.y0);
            // Glyph boxes include the font's ascent and descent: lines of one paragraph touch;
            // a real overprint shares a good part of both words' height.
            return w > 0.5 && h > 0.5 * Math.min(y1 - y0, o.y1 - o.y0);
        }
    }

    @Test
    void noWordOverprintsAnotherOnAnyPage() throws IOException {
        PdfTools.require();
        for (String lang : List.of("en", "fr", "de")) {
            Path pdf = RenderedSet.file("report-2022-" + lang + ".pdf");
            List<String> overprints = overprints(pdf);
            assertThat(overprints).as(lang + ": words printed over others").isEmpty();
        }
    }

    static List<String> overprints(Path pdf) throws IOException {
        PdfTools.Result r = PdfTools.run(List.of("pdftotext", "-bbox", pdf.toString(), "-"), 300);
        assertThat(r.exit()).isZero();
        List<String> found = new ArrayList<>();
        Matcher pages = PAGE.matcher(r.out());
        int page = 0;
        while (pages.find()) {
            page++;
            List<Word> words = new ArrayList<>();
            Matcher w = WORD.matcher(pages.group(1));
            while (w.find()) {
                words.add(new Word(Double.parseDouble(w.group(1)), Double.parseDouble(w.group(2)),
                        Double.parseDouble(w.group(3)), Double.parseDouble(w.group(4)), w.group(5)));
            }
            for (int i = 0; i < words.size(); i++) {
                for (int j = i + 1; j < words.size(); j++) {
                    if (words.get(i).overlaps(words.get(j))) {
                        found.add("page " + page + ": '" + words.get(i).text() + "' and '" + words.get(j).text() + "'");
                    }
                }
            }
        }
        return found;
    }
}
