package eu.cyberstat.reports.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import eu.cyberstat.figure.CellKind;
import eu.cyberstat.reports.chart.Charts;
import eu.cyberstat.reports.fonts.Typeface;
import eu.cyberstat.reports.map.EuropeMap;
import eu.cyberstat.reports.style.Palette;
import eu.cyberstat.reports.template.NumberStyle;
import eu.cyberstat.reports.template.Typography;
import eu.cyberstat.reports.view.Cell;
import eu.cyberstat.reports.view.Column;
import eu.cyberstat.reports.view.Footnotes;
import eu.cyberstat.reports.view.ReportTable;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;

/**
 * The building blocks of the report's pages: headings that register in the contents and
 * bookmarks, narrative paragraphs, tables with flags beside their figures, and charts drawn as
 * vector graphics into PDF templates.
 */
final class PdfBlocks {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private final Document document;
    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final NumberStyle fmt;
    private final Footnotes footnotes;
    private boolean layoutOnly;

    PdfBlocks(Document document, PdfWriter writer, PdfFonts fonts, NumberStyle fmt, Footnotes footnotes) {
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
        this.fmt = fmt;
        this.footnotes = footnotes;
    }

    /**
     * In a layout-only pass (the one that finds the pages of the headings) charts and maps take
     * their place but are not drawn: their size is all that matters there.
     */
    void layoutOnly(boolean on) {
        this.layoutOnly = on;
    }

    Document document() {
        return document;
    }

    PdfFonts fonts() {
        return fonts;
    }

    float width() {
        return document.right() - document.left();
    }

    void newPage() {
        document.newPage();
    }

    /** {@code text} set by the typographic rules of the document's language ({@link Typography}). */
    String typeset(String text) {
        return Typography.apply(fmt.language(), text);
    }

    /** A chapter heading: registered in the contents and bookmarks under {@code anchor}. */
    void heading1(String title, String anchor) {
        heading(1, title, anchor, 17f, 21f, 0f, 10f);
    }

    /** A section heading; registered in the contents and bookmarks when {@code anchor} is given. */
    void heading2(String title, String anchor) {
        keepWithNext(120f);
        heading(2, title, anchor, 12f, 15f, 8f, 5f);
    }

    private void heading(int level, String title, String anchor, float size, float leading, float before, float after) {
        Font font = fonts.font(Typeface.SANS_BOLD, size, Palette.ACCENT);
        List<Chunk> chunks = chunks(title, font);
        if (anchor != null) {
            chunks.get(0).setGenericTag(PageFrame.tag(level, anchor, title));
            chunks.get(0).setLocalDestination(anchor);
        }
        Paragraph p = new Paragraph("", font);
        p.addAll(chunks);
        p.setLeading(leading);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        p.setKeepTogether(true);
        add(p);
    }

    void heading3(String title) {
        keepWithNext(90f);
        add(heading3Paragraph(title));
    }

    private Paragraph heading3Paragraph(String title) {
        Paragraph p = new Paragraph(typeset(title), fonts.font(Typeface.SANS_BOLD, 9.5f, Palette.INK));
        p.setSpacingBefore(6f);
        p.setSpacingAfter(3f);
        return p;
    }

    /** The height a paragraph takes at the body's width, its spacing included. */
    private float heightOf(Paragraph p) {
        ColumnText column = new ColumnText(writer.getDirectContent());
        float top = 10_000f;
        column.setSimpleColumn(document.left(), 0, document.right(), top);
        column.addElement(p);
        try {
            column.go(true);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("Cannot measure a heading", e);
        }
        return top - column.getYLine() + p.getSpacingBefore() + p.getSpacingAfter();
    }

    /** Starts a new page when less than {@code points} are left, so a heading never ends a page. */
    private void keepWithNext(float points) {
        if (writer.getVerticalPosition(false) - document.bottom() < points) {
            document.newPage();
        }
    }

    /**
     * Narrative text as a template wrote it: blank lines separate paragraphs, lines starting
     * with "- " are bullet points, {@code **text**} is bold.
     */
    void narrative(String text) {
        String[] blocks = typeset(text).strip().split("\\R\\s*\\R");
        for (String block : blocks) {
            String b = block.strip();
            if (b.isEmpty()) {
                continue;
            }
            if (b.startsWith("- ")) {
                com.lowagie.text.List list = new com.lowagie.text.List(false, 10f);
                list.setIndentationLeft(0f);
                list.setListSymbol(new Chunk("\u2022", fonts.font(Typeface.SANS, 9.5f, Palette.ACCENT)));
                for (String item : b.split("\\R(?=- )")) {
                    ListItem li = new ListItem(rich(item.strip().substring(2).replaceAll("\\s*\\R\\s*", " "), 9.5f));
                    li.setLeading(13.5f);
                    li.setSpacingAfter(2f);
                    list.add(li);
                }
                add(list);
                Paragraph gap = new Paragraph(" ", fonts.font(Typeface.SANS, 4f));
                add(gap);
            } else {
                Paragraph p = new Paragraph(rich(b.replaceAll("\\s*\\R\\s*", " "), 9.5f));
                p.setLeading(13.5f);
                p.setSpacingAfter(6f);
                p.setAlignment(Element.ALIGN_JUSTIFIED);
                add(p);
            }
        }
    }

    Phrase rich(String text, float size) {
        Font normal = fonts.font(Typeface.SANS, size);
        // Every phrase and paragraph carries our font: OpenPDF would otherwise add Helvetica, not embedded.
        Phrase phrase = new Phrase(size * 1.4f, "", normal);
        Matcher m = BOLD.matcher(text);
        int at = 0;
        Font bold = fonts.font(Typeface.SANS_BOLD, size);
        while (m.find()) {
            phrase.addAll(chunks(text.substring(at, m.start()), normal));
            phrase.addAll(chunks(m.group(1), bold));
            at = m.end();
        }
        phrase.addAll(chunks(text.substring(at), normal));
        return phrase;
    }

    /**
     * Text as chunks in one font; where it names something that needs a footnote ("Kosovo*"),
     * the name's last character (its marker) is a chunk of its own that tells the page frame,
     * so the note is printed at the foot of whichever page the name lands on.
     */
    List<Chunk> chunks(String raw, Font font) {
        String text = typeset(raw);
        List<Chunk> out = new java.util.ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int next = -1;
            Footnotes.Footnote found = null;
            for (Footnotes.Footnote n : footnotes.notes()) {
                int i = text.indexOf(n.name(), at);
                if (i >= 0 && (next < 0 || i < next)) {
                    next = i;
                    found = n;
                }
            }
            if (found == null) {
                break;
            }
            int marker = next + found.name().length() - 1;
            if (marker > at) {
                out.add(new Chunk(text.substring(at, marker), font));
            }
            Chunk tagged = new Chunk(text.substring(marker, marker + 1), font);
            tagged.setGenericTag(PageFrame.footTag(List.of(found), ""));
            out.add(tagged);
            at = marker + 1;
        }
        if (at < text.length() || out.isEmpty()) {
            out.add(new Chunk(text.substring(at), font));
        }
        return out;
    }

    /**
     * A table under its title, both on a new page when the table fits on one page but not in what
     * is left of this one: a table a reader can see whole is never cut. A longer one runs over
     * pages, its header and its note repeated on each ({@link #table}).
     */
    void titledTable(String title, ReportTable table, float[] relativeWidths, float preferredSize) {
        PdfPTable t = build(table, relativeWidths, preferredSize);
        t.setTotalWidth(width());
        Paragraph heading = heading3Paragraph(title);
        float height = heightOf(heading) + t.spacingBefore() + t.calculateHeights(true);
        if (height < document.top() - document.bottom()) {
            keepWithNext(height);
        }
        keepWithNext(90f);
        add(heading);
        add(t);
    }

    /**
     * A table: header row repeated on every page, figures right-aligned with their flags. Its
     * note closes it on every page it runs over (a note never stands apart from its figures), and
     * every mark a figure carries (":" or a flag) is explained at the foot of the page where it is
     * printed ({@link PageFrame}).
     */
    void table(ReportTable table, float[] relativeWidths, float preferredSize) {
        add(build(table, relativeWidths, preferredSize));
    }

    private PdfPTable build(ReportTable table, float[] relativeWidths, float preferredSize) {
        float fontSize = fittingSize(table, relativeWidths, preferredSize);
        PdfPTable t = new PdfPTable(relativeWidths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4f);
        t.setSpacingAfter(2f);
        t.setSplitLate(false);
        float sum = 0;
        for (float w : relativeWidths) {
            sum += w;
        }
        for (int k = 0; k < table.columns().size(); k++) {
            Column c = table.columns().get(k);
            float room = width() * relativeWidths[k] / sum - 5f;
            String header = typeset(c.header());
            PdfPCell cell = new PdfPCell(new Phrase(header, headerFont(header, room, fontSize)));
            cell.setBackgroundColor(Palette.ACCENT);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingTop(3f);
            cell.setPaddingBottom(4f);
            cell.setHorizontalAlignment(c.kind() == CellKind.TEXT ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
            t.addCell(cell);
        }
        boolean noted = table.note() != null && !table.note().isBlank();
        if (noted) {
            // The note is the table's footer: OpenPDF draws it under the last row of every page the
            // table runs over, so it never stands alone on a page of its own.
            Font noteFont = fonts.font(Typeface.SANS_ITALIC, 7f, Palette.MUTED);
            Phrase words = new Phrase("", noteFont);
            words.addAll(chunks(table.note(), noteFont));
            PdfPCell note = new PdfPCell(words);
            note.setColspan(table.columns().size());
            note.setBorder(Rectangle.NO_BORDER);
            note.setPaddingTop(4f);
            note.setPaddingLeft(0);
            note.setLeading(0, 1.35f);
            t.addCell(note);
            t.setSpacingAfter(8f);
        }
        t.setHeaderRows(noted ? 2 : 1);
        t.setFooterRows(noted ? 1 : 0);
        for (int r = 0; r < table.rows().size(); r++) {
            boolean em = table.isEmphasised(r);
            Font font = fonts.font(em ? Typeface.CONDENSED_BOLD : Typeface.CONDENSED, fontSize);
            Font flagFont = fonts.font(Typeface.CONDENSED, fontSize - 2f, Palette.MUTED);
            for (int c = 0; c < table.columns().size(); c++) {
                Column col = table.columns().get(c);
                Cell content = table.rows().get(r).get(c);
                PdfPCell cell = new PdfPCell(phrase(content, col, font, flagFont));
                cell.setBorder(Rectangle.BOTTOM);
                cell.setBorderColor(Palette.RULE);
                cell.setBorderWidth(0.3f);
                cell.setPaddingTop(1.5f);
                cell.setPaddingBottom(3f);
                if (content instanceof Cell.Text text) {
                    // An indented label (an offence under its group) keeps its indent on every line it wraps to.
                    cell.setPaddingLeft(2f + indentOf(text.text(), font));
                }
                if (r % 2 == 1) {
                    cell.setBackgroundColor(Palette.ZEBRA);
                }
                if (table.completeAt() != null && content instanceof Cell.Num n) {
                    cell.setBackgroundColor(coverageShade(n.value(), table.completeAt()));
                    cell.setBorderColor(Palette.WHITE);
                    cell.setBorderWidth(0.8f);
                }
                cell.setHorizontalAlignment(col.kind() == CellKind.TEXT ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                t.addCell(cell);
            }
        }
        return t;
    }

    /** The width of the spaces a label starts with, which {@link #phrase} leaves out. */
    private static float indentOf(String text, Font font) {
        int spaces = 0;
        while (spaces < text.length() && text.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces == 0 ? 0f : font.getBaseFont().getWidthPoint(text.substring(0, spaces), font.getSize());
    }

    /**
     * The body font size at which every figure with its flags fits its column on one line (a
     * figure must never wrap, nor its flags drop under it), at most {@code preferred}.
     */
    private float fittingSize(ReportTable table, float[] relativeWidths, float preferred) {
        float sum = 0;
        for (float w : relativeWidths) {
            sum += w;
        }
        com.lowagie.text.pdf.BaseFont bold = fonts.base(Typeface.CONDENSED_BOLD);
        com.lowagie.text.pdf.BaseFont plain = fonts.base(Typeface.CONDENSED);
        float size = preferred;
        for (int k = 0; k < table.columns().size(); k++) {
            Column col = table.columns().get(k);
            float room = width() * relativeWidths[k] / sum - 5f;
            for (int r = 0; r < table.rows().size(); r++) {
                if (!(table.rows().get(r).get(k) instanceof Cell.Num num) || num.value() == null) {
                    continue;
                }
                String text = format(num.value(), num.kindIn(col));
                com.lowagie.text.pdf.BaseFont font = table.isEmphasised(r) ? bold : plain;
                while (size > 5f && font.getWidthPoint(text, size)
                        + plain.getWidthPoint("\u2009" + num.flags(), size - 2f) > room) {
                    size -= 0.25f;
                }
            }
        }
        return size;
    }

    /**
     * The header font, smaller where a word of the header would not fit its column: German and
     * French headers are longer than English ones, and a word must never break in the middle.
     */
    private Font headerFont(String header, float room, float size) {
        com.lowagie.text.pdf.BaseFont bold = fonts.base(Typeface.CONDENSED_BOLD);
        float s = size;
        for (String word : header.split("\\s+")) {
            while (s > 5f && bold.getWidthPoint(word, s) > room) {
                s -= 0.25f;
            }
        }
        return fonts.font(Typeface.CONDENSED_BOLD, s, Palette.WHITE);
    }

    /** Complete in blue, partial in amber, nothing reported in grey: gaps stand out at a glance. */
    private static Color coverageShade(Double value, int complete) {
        if (value == null || value <= 0) {
            return Palette.COVERAGE_NONE;
        }
        return value >= complete ? Palette.COVERAGE_COMPLETE : Palette.COVERAGE_PARTIAL;
    }

    /**
     * A cell's content: text (its leading indent left to the cell's padding), or a figure with
     * its flags set small after it; a missing figure is ":". A mark (":" or flags) tells the page
     * frame, so that its meaning is given at the foot of whichever page the row lands on.
     */
    private Phrase phrase(Cell cell, Column col, Font font, Font flagFont) {
        if (cell instanceof Cell.Text text) {
            Phrase p = new Phrase("", font);
            p.addAll(chunks(text.text().stripLeading(), font));
            return p;
        }
        Cell.Num num = (Cell.Num) cell;
        Phrase p = new Phrase("", font);
        Chunk figure = new Chunk(num.value() == null ? ":" : format(num.value(), num.kindIn(col)), font);
        if (num.value() == null) {
            figure.setGenericTag(PageFrame.footTag(List.of(), ":"));
        }
        p.add(figure);
        if (!num.flags().isEmpty()) {
            Chunk flags = new Chunk("\u2009" + num.flags(), flagFont);
            flags.setTextRise(2f);
            flags.setGenericTag(PageFrame.footTag(List.of(), num.flags()));
            p.add(flags);
        }
        return p;
    }

    String format(double v, CellKind kind) {
        return switch (kind) {
            case COUNT, RANK -> fmt.count(v);
            case CHANGE_COUNT -> fmt.signedCount(v);
            case RATE -> fmt.rate(v);
            case PERCENT -> fmt.pct(v);
            case CHANGE_PCT -> fmt.signedPct(v);
            case INDEX -> fmt.number(v, 1);
            case YEAR -> String.valueOf((long) v);
            case TEXT -> String.valueOf(v);
        };
    }

    /** A chart drawn as vector graphics, kept on one page with its title. */
    void chart(String title, JFreeChart chart, float width, float height) {
        PdfTemplate tpl = drawChart(chart, width, height);
        add(figure(title, tpl, width, labels(chart), Charts.flagsPrinted(chart)));
    }

    /** Every name a chart prints in its categories and legend, for the notes they need. */
    static String labels(JFreeChart chart) {
        StringBuilder out = new StringBuilder();
        if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot && plot.getDataset() != null) {
            plot.getDataset().getRowKeys().forEach(k -> out.append(k).append('\n'));
            plot.getDataset().getColumnKeys().forEach(k -> out.append(k).append('\n'));
        } else if (chart.getPlot() instanceof org.jfree.chart.plot.XYPlot plot && plot.getDataset() != null) {
            for (int i = 0; i < plot.getDataset().getSeriesCount(); i++) {
                out.append(plot.getDataset().getSeriesKey(i)).append('\n');
            }
        }
        return out.toString();
    }

    PdfTemplate drawChart(JFreeChart chart, float width, float height) {
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate tpl = cb.createTemplate(width, height);
        if (layoutOnly) {
            return tpl;
        }
        Graphics2D g = tpl.createGraphics(width, height, fonts);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return tpl;
    }

    /** The map of Europe as vector paths; {@code shown} names the countries it shades, for their notes. */
    void map(String title, EuropeMap.Content content, float width, String shown) {
        float height = (float) EuropeMap.height(width);
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate tpl = cb.createTemplate(width, height);
        if (layoutOnly) {
            add(figure(title, tpl, width, shown, ""));
            return;
        }
        Graphics2D g = tpl.createGraphics(width, height, fonts);
        try {
            EuropeMap.draw(g, new Rectangle2D.Double(0, 0, width, height), content);
        } finally {
            g.dispose();
        }
        add(figure(title, tpl, width, shown, ""));
    }

    /**
     * A figure kept on one page with its title; {@code shown} is what the drawing names (its
     * labels) and {@code marks} the flags it prints after its values, so that the title tells the
     * page frame which notes and marks the figure needs explained at the foot of its page.
     */
    PdfPTable figure(String title, PdfTemplate tpl, float width, String shown, String marks) {
        PdfPTable box = new PdfPTable(1);
        box.setTotalWidth(width);
        box.setLockedWidth(true);
        box.setKeepTogether(true);
        box.setSpacingBefore(6f);
        box.setSpacingAfter(8f);
        box.setHorizontalAlignment(Element.ALIGN_LEFT);
        if (title != null) {
            Chunk titled = new Chunk(typeset(title), fonts.font(Typeface.SANS_BOLD, 8.5f, Palette.INK));
            List<Footnotes.Footnote> notes = footnotes.in(shown);
            if (!notes.isEmpty() || !marks.isEmpty()) {
                titled.setGenericTag(PageFrame.footTag(notes, marks));
            }
            Phrase heading = new Phrase("", fonts.font(Typeface.SANS_BOLD, 8.5f, Palette.INK));
            heading.add(titled);
            PdfPCell head = new PdfPCell(heading);
            head.setBorder(Rectangle.NO_BORDER);
            head.setPaddingLeft(0);
            head.setPaddingBottom(4f);
            box.addCell(head);
        }
        PdfPCell body;
        try {
            body = new PdfPCell(Image.getInstance(tpl), false);
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException("Cannot place a chart", e);
        }
        body.setBorder(Rectangle.NO_BORDER);
        body.setPadding(0);
        box.addCell(body);
        return box;
    }

    void add(Element e) {
        document.add(e);
    }
}
