package eu.cyberstat.reports.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import eu.cyberstat.reports.fonts.Typeface;
import eu.cyberstat.reports.style.Palette;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the running header and footer of every page after the first, and records where each
 * heading landed: its page (for the contents list) and an outline entry (the PDF's bookmarks).
 * Headings announce themselves with a generic tag {@code toc|level|anchor|title}.
 */
final class PageFrame extends PdfPageEventHelper {

    static final String TAG = "toc|";

    private final PdfFonts fonts;
    private final String header;
    private final String footer;
    private final String pageLabel;
    private final int firstNumberedPage;
    private final List<TocEntry> entries = new ArrayList<>();
    private PdfOutline currentChapter;

    PageFrame(PdfFonts fonts, String header, String footer, String pageLabel, int firstNumberedPage) {
        this.fonts = fonts;
        this.header = header;
        this.footer = footer;
        this.pageLabel = pageLabel;
        this.firstNumberedPage = firstNumberedPage;
    }

    static String tag(int level, String anchor, String title) {
        return TAG + level + "|" + anchor + "|" + title;
    }

    List<TocEntry> entries() {
        return entries;
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        if (!text.startsWith(TAG)) {
            return;
        }
        String[] parts = text.split("\\|", 4);
        int level = Integer.parseInt(parts[1]);
        String anchor = parts[2];
        String title = parts[3];
        if (entries.stream().anyMatch(e -> e.anchor().equals(anchor))) {
            return; // a heading chunk split over two lines reports twice
        }
        int page = writer.getPageNumber();
        entries.add(new TocEntry(level, anchor, title, page));
        PdfOutline root = writer.getDirectContent().getRootOutline();
        PdfDestination dest = new PdfDestination(PdfDestination.FITH, rect.getTop() + 18);
        if (level <= 1 || currentChapter == null) {
            currentChapter = new PdfOutline(root, dest, title, false);
        } else {
            new PdfOutline(currentChapter, dest, title);
        }
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (page < firstNumberedPage) {
            return;
        }
        PdfContentByte cb = writer.getDirectContent();
        Rectangle size = document.getPageSize();
        float left = document.left();
        float right = document.right();
        var small = fonts.font(Typeface.SANS, 7f, Palette.MUTED);
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(header, small), left, size.getTop() - 30, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(footer, small), left, 28, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(pageLabel + " " + page, small), right, 28, 0);
        cb.saveState();
        cb.setColorStroke(Palette.RULE);
        cb.setLineWidth(0.4f);
        cb.moveTo(left, size.getTop() - 34);
        cb.lineTo(right, size.getTop() - 34);
        cb.moveTo(left, 38);
        cb.lineTo(right, 38);
        cb.stroke();
        cb.restoreState();
    }
}
