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
        return perPage(pdf, s -> s.setSortByPosition(sorted));
    }

    private static List<String> perPage(Path pdf, java.util.function.Consumer<PDFTextStripper> settings) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> out = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper s = new PDFTextStripper();
                settings.accept(s);
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(s.getText(doc));
            }
            return out;
        }
    }

    /** Stands where text merely stands apart (table cells, chart labels) in {@link #glyphs}. */
    static final String GAP = "\u2063";

    /**
     * The glyphs of every page exactly as written, lines separated by newlines and text that
     * merely stands apart (table cells) by {@link #GAP}: every space in the result is a space
     * character of the PDF, and a no-break space is one.
     */
    static List<String> glyphs(Path pdf) throws IOException {
        return perPage(pdf, s -> s.setWordSeparator(GAP));
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

    /**
     * The flags printed after figures on a page: letters of Eurostat's flags set small (at most
     * {@code maxSize} points, as flags in tables and chart labels are, never running text) right
     * after a digit, a per cent sign or the ":" of a missing figure.
     */
    static java.util.Set<Character> flagsAfterFigures(Path pdf, int page, float maxSize) throws IOException {
        java.util.Set<Character> flags = new java.util.TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    // The last word before the letters: a figure ("1,234", "12.3%", ":"), or a year
                    // of running text ("1244/1999 du"), which the report never prints as a count.
                    StringBuilder word = new StringBuilder();
                    int i = 0;
                    while (i < positions.size()) {
                        String u = positions.get(i).getUnicode();
                        if (isSpace(u)) {
                            i++; // a (thin) space may stand between a figure and its flags
                            continue;
                        }
                        int end = i;
                        while (end < positions.size() && "bcdepu".contains(positions.get(end).getUnicode())
                                && positions.get(end).getFontSizeInPt() <= maxSize) {
                            end++;
                        }
                        if (end == i) {
                            boolean afterSpace = i > 0 && isSpace(positions.get(i - 1).getUnicode());
                            if (afterSpace) {
                                word.setLength(0);
                            }
                            word.append(u);
                            i++;
                            continue;
                        }
                        boolean wholeWord = end == positions.size() || isSpace(positions.get(end).getUnicode());
                        String w = word.toString();
                        boolean figure = w.equals(":") || w.matches(".*[\\d%]") && !w.matches(".*\\b\\d{4}");
                        if (wholeWord && figure) {
                            for (int k = i; k < end; k++) {
                                flags.add(positions.get(k).getUnicode().charAt(0));
                            }
                        }
                        word.setLength(0);
                        for (int k = i; k < end; k++) {
                            word.append(positions.get(k).getUnicode());
                        }
                        i = end;
                    }
                }
            };
            s.setStartPage(page);
            s.setEndPage(page);
            s.getText(doc);
        }
        return flags;
    }

    /** Text with every run of spaces, no-break spaces and line breaks made one space (headings and sentences may wrap). */
    static String squash(String s) {
        return s.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }

    /** How many times {@code what} occurs in {@code text}. */
    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static boolean isSpace(String u) {
        return u.isBlank() || u.equals("\u2009") || u.equals("\u00A0") || u.equals("\u202F");
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
