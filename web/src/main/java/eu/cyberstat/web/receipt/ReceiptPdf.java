package eu.cyberstat.web.receipt;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.cyberstat.reports.fonts.Typeface;
import eu.cyberstat.reports.pdf.PdfFonts;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A receipt as a one-page PDF an uploader keeps: a title, a sentence saying what was accepted,
 * the facts as a two-column table (label, value) and a closing line; fonts embedded (every EU
 * language's letters), the words given in the page's language by the caller.
 */
public final class ReceiptPdf {

    /**
     * One line of the table.
     *
     * @param code a value to copy character for character (a checksum): in a narrower face, on one line
     */
    public record Fact(String label, String value, boolean code) {
    }

    private ReceiptPdf() {
    }

    public static byte[] render(String title, String lead, List<Fact> facts, String footer, String language) {
        PdfFonts fonts = new PdfFonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setTagged();
            doc.addTitle(title);
            doc.setDocumentLanguage(language);
            doc.addCreator("cyberstat");
            doc.open();
            Paragraph heading = new Paragraph(title, fonts.font(Typeface.SANS_BOLD, 15));
            heading.setSpacingAfter(12);
            doc.add(heading);
            Paragraph intro = new Paragraph(lead, fonts.font(Typeface.SANS, 10.5f));
            intro.setSpacingAfter(12);
            doc.add(intro);
            PdfPTable table = new PdfPTable(new float[] {1.2f, 3.8f});
            table.setWidthPercentage(100);
            for (Fact f : facts) {
                table.addCell(cell(new Phrase(f.label(), fonts.font(Typeface.SANS_BOLD, 9.5f))));
                table.addCell(cell(new Phrase(f.value(), f.code() ? fonts.font(Typeface.CONDENSED, 8.5f)
                        : fonts.font(Typeface.SANS, 9.5f))));
            }
            doc.add(table);
            Paragraph end = new Paragraph(footer, fonts.font(Typeface.SANS_ITALIC, 9));
            end.setSpacingBefore(14);
            doc.add(end);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render a receipt: " + e.getMessage(), e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(Phrase content) {
        PdfPCell c = new PdfPCell(content);
        c.setBorderWidth(0);
        c.setBorderWidthBottom(0.5f);
        c.setPaddingTop(4);
        c.setPaddingBottom(5);
        c.setVerticalAlignment(Element.ALIGN_TOP);
        return c;
    }
}
