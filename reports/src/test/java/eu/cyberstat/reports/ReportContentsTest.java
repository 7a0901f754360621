package eu.cyberstat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The contents page and the bookmarks of each finished report point to the pages that hold
 * their headings: the page a reader turns to (or a bookmark jumps to) shows the heading, set as
 * a heading, not merely the same words somewhere in a table. The fixture's contents list
 * exactly fills its page, the case that once put every entry one page too far.
 */
class ReportContentsTest {

    /** Headings are set at 12 pt (sections) and 17 pt (chapters); running text is smaller. */
    private static final float HEADING_SIZE = 12f;
    private static final Pattern CONTENTS_LINE = Pattern.compile("^\\s*(\\S.*?)\\s{2,}(\\d+)\\s*$");

    record Entry(String title, int page) {
    }

    @Test
    void everyContentsEntryAndBookmarkLeadsToItsHeadingInEveryLanguage() throws IOException {
        PdfTools.require();
        for (String lang : List.of("en", "fr", "de")) {
            Path pdf = RenderedSet.file("report-2022-" + lang + ".pdf");
            List<Entry> marks = bookmarks(pdf);
            assertThat(marks).as(lang + " bookmarks").hasSizeGreaterThan(8 + 32);
            // Every section and the 32 countries of the fixture (as many as the demo's) on one contents
            // page: not a second page holding the last entry alone.
            assertThat(marks.get(0).page()).as(lang + ": cover, one page of contents, then the summary").isEqualTo(3);
            List<Entry> contents = contents(pdf, marks.get(0).page());
            assertThat(contents).as(lang + ": the contents list the bookmarks, in order, with the same pages")
                    .containsExactlyElementsOf(marks);
            List<PdfText.Run> runs = PdfText.runs(pdf);
            for (Entry e : contents) {
                assertThat(PdfText.headings(runs, e.page(), HEADING_SIZE)).as(lang + ": page " + e.page()
                        + " holds the heading '" + e.title() + "'").contains(PdfText.squash(e.title()));
            }
        }
    }

    /** The bookmarks, depth first, with the page each one jumps to. */
    static List<Entry> bookmarks(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf.toString());
        List<Map<String, Object>> marks;
        try {
            marks = SimpleBookmark.getBookmarkList(reader);
        } finally {
            reader.close();
        }
        List<Entry> out = new ArrayList<>();
        flatten(marks, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(List<Map<String, Object>> marks, List<Entry> out) {
        if (marks == null) {
            return;
        }
        for (Map<String, Object> m : marks) {
            out.add(new Entry(PdfText.squash((String) m.get("Title")), Integer.parseInt(((String) m.get("Page")).split(" ")[0])));
            flatten((List<Map<String, Object>>) m.get("Kids"), out);
        }
    }

    /** The entries of the contents pages (page 2 up to the first heading's page), as printed. */
    static List<Entry> contents(Path pdf, int firstBodyPage) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (int page = 2; page < firstBodyPage; page++) {
            String pending = "";
            List<String> lines = PdfTools.text(pdf, page, true).lines().toList();
            // Skip the running head and the title; stop at the footer.
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank() || line.strip().matches("(Contents|Table des matières|Inhalt)")) {
                    continue;
                }
                if (line.contains(" · ")) {
                    break;
                }
                Matcher m = CONTENTS_LINE.matcher(line);
                if (m.matches()) {
                    out.add(new Entry(PdfText.squash(pending + " " + m.group(1)), Integer.parseInt(m.group(2))));
                    pending = "";
                } else {
                    pending = pending + " " + line; // a long title wrapped onto the next line
                }
            }
        }
        return out;
    }
}
