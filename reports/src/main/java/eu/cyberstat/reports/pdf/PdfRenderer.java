package eu.cyberstat.reports.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/** Opens an A4 document with fixed metadata, lets a composer fill it, and returns its bytes. */
final class PdfRenderer {

    static final float MARGIN_LEFT = 56f;
    static final float MARGIN_RIGHT = 56f;
    static final float MARGIN_TOP = 56f;
    /** Room under the body for the notes and marks of the page (PageFrame) above the footer. */
    static final float MARGIN_BOTTOM = 62f;

    private PdfRenderer() {
    }

    /** What a composer gets: the document's blocks and its page frame. */
    record Page(PdfBlocks blocks, PageFrame frame, PdfWriter writer) {
    }

    static byte[] render(DocumentInfo info, eu.cyberstat.reports.template.NumberStyle fmt,
                         java.util.function.Function<PdfFonts, PageFrame> frameFor, Consumer<Page> composer) {
        PdfFonts fonts = new PdfFonts();
        PageFrame frame = frameFor.apply(fonts);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        Document document = new Document(PageSize.A4, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCompressionLevel(9);
        writer.setPageEvent(frame);
        info.applyBeforeOpen(document, writer);
        document.open();
        info.applyAfterOpen(writer);
        composer.accept(new Page(new PdfBlocks(document, writer, fonts, fmt, frame.footnotes()), frame, writer));
        document.close();
        return out.toByteArray();
    }
}
