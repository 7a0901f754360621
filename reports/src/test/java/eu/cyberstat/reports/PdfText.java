package eu.cyberstat.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A finished PDF's text read with PDFBox, character for character: unlike pdftotext it keeps
 * no-break spaces (U+00A0, U+202F) apart from spaces, and it knows the size each run of text
 * is set in, so a test can tell a heading from the same words in running text.
 */
final class PdfText {

    private PdfText() {
    }

    /** A run of text as it was set: its page, characters and font size in points. */
    record Run(int page, String text, float size) {
    }

    static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    /** The text of one page (1-based), every character as written. */
    static String page(Path pdf, int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(page);
            s.setEndPage(page);
            return s.getText(doc);
        }
    }

    /** The text of every page, in page order (index 0 is page 1). */
    static List<String> pages(Path pdf, boolean sorted) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> out = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setSortByPosition(sorted);
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(s.getText(doc));
            }
            return out;
        }
    }

    /** Every run of text of the document with the size it is set in. */
    static List<Run> runs(Path pdf) throws IOException {
        List<Run> runs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (!positions.isEmpty()) {
                        runs.add(new Run(getCurrentPageNo(), text, positions.get(0).getFontSizeInPt()));
                    }
                }
            };
            s.getText(doc);
        }
        return runs;
    }

    /** The text set at {@code minSize} points or more on {@code page}: its headings, joined by spaces. */
    static String headings(List<Run> runs, int page, float minSize) {
        StringBuilder out = new StringBuilder();
        for (Run r : runs) {
            if (r.page() == page && r.size() >= minSize - 0.01f) {
                out.append(r.text()).append(' ');
            }
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
