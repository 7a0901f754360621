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
import com.lowagie.text.pdf.PdfTemplate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Draws the running header and footer of every page after the first, and records where each
 * heading landed: its page (for the contents list) and an outline entry (the PDF's bookmarks).
 * Headings announce themselves with a generic tag {@code toc|level|anchor|title}.
 *
 * <p>What a reader needs to read a page is at its foot, above the footer line: the note of a name
 * printed on it ("Kosovo*") and the meaning of the marks printed after its figures (":" and each
 * flag), whichever table, chart or part of a table split across pages printed them. Text that
 * needs either carries the tag {@code foot|ids|marks} ({@link #footTag}); the page frame gathers
 * the tags met on each page and, once the document is complete, writes each page's notes and one
 * line of its marks into a band reserved on that page. The band is reserved when the first tag of
 * the page is met, and written at the end, because OpenPDF ends a page before it writes the
 * page's last lines (and fires their tags): only then are a page's marks all known.
 */
final class PageFrame extends PdfPageEventHelper {

    static final String TAG = "toc|";
    static final String FOOT_TAG = "foot|";
    /** The band for footnotes: between the footer's rule and the bottom of the body (PdfRenderer's margin). */
    private static final float NOTES_TOP = PdfRenderer.MARGIN_BOTTOM - 2f;
    private static final float FOOTER_RULE = 31f;
    private static final float FOOTER_TEXT = 21f;
    private static final float NOTE_SIZE = 6.5f;
    private static final float NOTE_LEADING = 7f;

    private final PdfFonts fonts;
    private final String header;
    private final String footer;
    private final String pageLabel;
    private final int firstNumberedPage;
    private final Footnotes footnotes;
    private final Function<String, String> marksExplained;
    private final List<TocEntry> entries = new ArrayList<>();
    private final Map<Integer, PageFoot> feet = new TreeMap<>();
    private PdfOutline currentChapter;

    /** What the foot of one page says: the notes met on it (in order) and the marks printed on it. */
    private record PageFoot(PdfTemplate band, Set<String> notes, StringBuilder marks) {
    }

    PageFrame(PdfFonts fonts, String header, String footer, String pageLabel, int firstNumberedPage) {
        this(fonts, header, footer, pageLabel, firstNumberedPage, Footnotes.none(), marks -> "");
    }

    /**
     * @param marksExplained the line that explains a page's marks, given them as one string
     *                       (":" for a missing figure, then the flags, "bp")
     */
    PageFrame(PdfFonts fonts, String header, String footer, String pageLabel, int firstNumberedPage, Footnotes footnotes,
              Function<String, String> marksExplained) {
        this.fonts = fonts;
        this.header = header;
        this.footer = footer;
        this.pageLabel = pageLabel;
        this.firstNumberedPage = firstNumberedPage;
        this.footnotes = footnotes;
        this.marksExplained = marksExplained;
    }

    static String tag(int level, String anchor, String title) {
        return TAG + level + "|" + anchor + "|" + title;
    }

    /**
     * The tag of text whose page needs {@code notes} at its foot and an explanation of
     * {@code marks} (":" for a missing figure and flag letters, in any order; "" for none).
     */
    static String footTag(List<Footnotes.Footnote> notes, String marks) {
        return FOOT_TAG + String.join(",", notes.stream().map(Footnotes.Footnote::id).toList()) + "|" + marks;
    }

    List<TocEntry> entries() {
        return entries;
    }

    Footnotes footnotes() {
        return footnotes;
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        if (text.startsWith(FOOT_TAG)) {
            String[] parts = text.substring(FOOT_TAG.length()).split("\\|", -1);
            PageFoot foot = footOf(writer, document);
            for (String id : parts[0].split(",")) {
                if (!id.isEmpty() && footnotes.byId(id) != null) {
                    foot.notes().add(id);
                }
            }
            foot.marks().append(parts[1]);
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

    /** The foot of the current page; the first time, its band is reserved on the page, to be written at the end. */
    private PageFoot footOf(PdfWriter writer, Document document) {
        return feet.computeIfAbsent(writer.getPageNumber(), page -> {
            PdfTemplate band = writer.getDirectContent().createTemplate(document.right() - document.left(),
                    NOTES_TOP - FOOTER_RULE - 1f);
            writer.getDirectContent().addTemplate(band, document.left(), FOOTER_RULE + 1f);
            return new PageFoot(band, new LinkedHashSet<>(), new StringBuilder());
        });
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

    /** Every page's foot, now that all its tags have been met: its notes, then the line explaining its marks. */
    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        feet.forEach((page, foot) -> {
            List<String> lines = new ArrayList<>();
            foot.notes().forEach(id -> lines.add(footnotes.byId(id).text()));
            String marks = ordered(foot.marks().toString());
            if (!marks.isEmpty()) {
                lines.add(marksExplained.apply(marks));
            }
            PdfTemplate band = foot.band();
            ColumnText column = new ColumnText(band);
            column.setSimpleColumn(0, 0, band.getWidth(), band.getHeight(), NOTE_LEADING, Element.ALIGN_LEFT);
            for (String line : lines) {
                column.addText(new Phrase(NOTE_LEADING, line + "\n", fonts.font(Typeface.CONDENSED, NOTE_SIZE, Palette.MUTED)));
            }
            try {
                if (ColumnText.hasMoreText(column.go())) {
                    throw new IllegalStateException("The notes at the foot of page " + page + " do not fit above its footer: "
                            + lines);
                }
            } catch (com.lowagie.text.DocumentException e) {
                throw new IllegalStateException("Cannot print the notes at the foot of page " + page, e);
            }
        });
    }

    /** The marks of a page each once: ":" first, then the flags in alphabetical order. */
    static String ordered(String marks) {
        StringBuilder out = new StringBuilder();
        if (marks.indexOf(':') >= 0) {
            out.append(':');
        }
        marks.chars().filter(Character::isLetter).sorted().distinct().forEach(c -> out.append((char) c));
        return out.toString();
    }
}
