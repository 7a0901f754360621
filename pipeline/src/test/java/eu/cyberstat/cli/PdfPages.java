package eu.cyberstat.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a finished PDF, page by page, each printed line one line (PDFBox, sorted by position). */
public final class PdfPages {

    private PdfPages() {
    }

    public static List<String> of(Path pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
        }
        return pages;
    }

    /** The pages whose text, after the running head, starts with {@code heading}. */
    public static List<String> startingWith(List<String> pages, String runningHead, String heading) {
        return pages.stream().filter(p -> {
            String[] lines = p.strip().split("\\R");
            return lines.length > 1 && lines[0].strip().equals(runningHead) && lines[1].strip().equals(heading);
        }).toList();
    }
}
