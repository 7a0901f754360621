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
import eu.cyberstat.reports.view.Footnotes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Draws the running header and footer of every page after the first, and records where each
 * heading landed: its page (for the contents list) and an outline entry (the PDF's bookmarks).
 * Headings announce themselves with a generic tag {@code toc|level|anchor|title}. Text that
 * needs a footnote (a name such as "Kosovo*") carries the tag {@code note|id,...}: each note
 * met on a page is printed at its foot, above the footer line, once. It is printed when its
 * tag is met rather than at the page's end, because OpenPDF ends a page before it writes the
 * page's last lines (and fires their tags).
 */
final class PageFrame extends PdfPageEventHelper {

    static final String TAG = "toc|";
    static final String NOTE_TAG = "note|";
    /** The band for footnotes: between the footer's rule and the bottom of the body (PdfRenderer's margin). */
    private static final float NOTES_TOP = PdfRenderer.MARGIN_BOTTOM - 2f;
    private static final float FOOTER_RULE = 31f;
    private static final float FOOTER_TEXT = 21f;

    private final PdfFonts fonts;
    private final String header;
    private final String footer;
    private final String pageLabel;
    private final int firstNumberedPage;
    private final Footnotes footnotes;
    private final List<TocEntry> entries = new ArrayList<>();
    private final Set<String> notesOfPage = new LinkedHashSet<>();
    private int notesPage;
    private float notesTop;
    private PdfOutline currentChapter;

    PageFrame(PdfFonts fonts, String header, String footer, String pageLabel, int firstNumberedPage) {
        this(fonts, header, footer, pageLabel, firstNumberedPage, Footnotes.none());
    }

    PageFrame(PdfFonts fonts, String header, String footer, String pageLabel, int firstNumberedPage, Footnotes footnotes) {
        this.fonts = fonts;
        this.header = header;
        this.footer = footer;
        this.pageLabel = pageLabel;
        this.firstNumberedPage = firstNumberedPage;
        this.footnotes = footnotes;
    }

    static String tag(int level, String anchor, String title) {
        return TAG + level + "|" + anchor + "|" + title;
    }

    static String noteTag(List<Footnotes.Footnote> notes) {
        return NOTE_TAG + String.join(",", notes.stream().map(Footnotes.Footnote::id).toList());
    }

    List<TocEntry> entries() {
        return entries;
    }

    Footnotes footnotes() {
        return footnotes;
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        if (text.startsWith(NOTE_TAG)) {
            for (String id : text.substring(NOTE_TAG.length()).split(",")) {
                printNote(writer, document, id);
            }
            return;
        }
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
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(footer, small), left, FOOTER_TEXT, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(pageLabel + " " + page, small), right, FOOTER_TEXT, 0);
        cb.saveState();
        cb.setColorStroke(Palette.RULE);
        cb.setLineWidth(0.4f);
        cb.moveTo(left, size.getTop() - 34);
        cb.lineTo(right, size.getTop() - 34);
        cb.moveTo(left, FOOTER_RULE);
        cb.lineTo(right, FOOTER_RULE);
        cb.stroke();
        cb.restoreState();
    }

    /** Prints a note in the band under the body of the current page, unless the page has it already. */
    private void printNote(PdfWriter writer, Document document, String id) {
        int page = writer.getPageNumber();
        if (page != notesPage) {
            notesPage = page;
            notesOfPage.clear();
            notesTop = NOTES_TOP;
        }
        Footnotes.Footnote note = footnotes.byId(id);
        if (note == null || !notesOfPage.add(id)) {
            return;
        }
        ColumnText column = new ColumnText(writer.getDirectContent());
        column.setSimpleColumn(document.left(), FOOTER_RULE + 1f, document.right(), notesTop, 7f, Element.ALIGN_LEFT);
        column.addText(new Phrase(7f, note.text(), fonts.font(Typeface.CONDENSED, 6.5f, Palette.MUTED)));
        try {
            if (ColumnText.hasMoreText(column.go())) {
                throw new IllegalStateException("The footnotes of page " + page + " do not fit above its footer: "
                        + notesOfPage);
            }
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("Cannot print the footnote " + id + " on page " + page, e);
        }
        notesTop = column.getYLine() - 1f;
    }
}
