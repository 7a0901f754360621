package eu.cyberstat.reports.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import eu.cyberstat.reference.Language;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * The metadata of a PDF (title, subject, language, author, dates) and what makes its bytes
 * reproducible: creation and modification dates are the run's start, and the file identifier
 * is a hash of the document's identity instead of the clock and free memory OpenPDF uses.
 */
public record DocumentInfo(String title, String subject, Language language, Instant createdAt, String identity) {

    /** Sets the metadata on a document whose writer is created but which is not yet open. */
    public void applyBeforeOpen(Document document, PdfWriter writer) {
        document.addTitle(title);
        document.addSubject(subject);
        document.addAuthor("cyberstat");
        document.addCreator("cyberstat");
        document.addKeywords("cybercrime; statistics; European Union");
        PdfDate date = new PdfDate(calendar(createdAt));
        document.addCreationDate(date);
        document.addModificationDate(date);
        document.setDocumentLanguage(language.code());
        writer.getExtraCatalog().put(PdfName.LANG, new com.lowagie.text.pdf.PdfString(language.code()));
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
        byte[] id = digest(identity);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    /** OpenPDF stamps the creation date with the clock when the document opens: put the run's back. */
    public void applyAfterOpen(PdfWriter writer) {
        PdfDate date = new PdfDate(calendar(createdAt));
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(instant.toEpochMilli());
        return c;
    }

    private static byte[] digest(String s) {
        try {
            byte[] full = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            byte[] id = new byte[16];
            System.arraycopy(full, 0, id, 0, 16);
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
