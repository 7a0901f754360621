package eu.cyberstat.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.reference.Language;
import eu.cyberstat.reports.ReportFixtures;
import eu.cyberstat.reports.template.ReportTemplates;
import eu.cyberstat.reports.template.Typography;
import eu.cyberstat.reports.view.Cell;
import eu.cyberstat.reports.view.ReportBasis;
import eu.cyberstat.reports.view.ReportContext;
import eu.cyberstat.reports.view.ReportTable;
import eu.cyberstat.reports.view.ReportTables;
import eu.cyberstat.reports.view.TableBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A table that runs over pages, as the country tables of a report with every reporting country
 * do wherever they start low on a page: each page it is printed on explains, at its foot, exactly
 * the marks (":" and flags) of the rows printed there, and carries the table's header and note.
 */
class TableAcrossPagesTest {

    private static final float[] RATE_WIDTHS = {3f, 1.4f, 1.4f, 1.4f, 0.9f};

    private static ReportContext context(Language lang) {
        var fixture = ReportFixtures.realistic();
        String dir = System.getProperty("cyberstat.project.dir", "..");
        ReportTemplates templates = ReportTemplates.load(Path.of(dir, "templates/report"), fixture.data().reference());
        return new ReportContext(new ReportBasis(fixture.data(), templates), lang);
    }

    @Test
    void everyPageOfASplitTableExplainsTheMarksPrintedOnIt() throws IOException {
        for (Language lang : Language.values()) {
            ReportContext ctx = context(lang);
            ReportTables tables = new ReportTables(ctx);
            // The demo-sized table (every reporting country) starting in the lower half of a page,
            // then one as long as three of them: each runs over at least one page break.
            ReportTable rates = concatenated(List.of(tables.countryRates("CIA")), tables.countryRates("CIA").note());
            ReportTable longer = concatenated(List.of(tables.countryRates("CYB"), tables.countryRates("COMP"),
                    tables.countryRates("CONT")), rates.note());
            byte[] pdf = PdfRenderer.render(new DocumentInfo("t", "s", lang, Instant.EPOCH, "split|" + lang.code()),
                    ctx.fmt(), fonts -> new PageFrame(fonts, "head", "foot", "Page", 1, ctx.footnotes(),
                            AnnualReportPdf.marksExplained(ctx)), page -> {
                        page.blocks().narrative(filler(26));
                        page.blocks().table(rates, RATE_WIDTHS, 7.5f);
                        page.blocks().narrative(filler(4));
                        page.blocks().table(longer, RATE_WIDTHS, 7.5f);
                    });
            List<String> pages = pages(pdf);
            for (ReportTable t : List.of(rates, longer)) {
                assertThat(pageOf(pages, lang, label(t.rows().get(0))))
                        .as(lang + ": " + t.rows().size() + " rows run over a page break")
                        .isLessThan(pageOf(pages, lang, label(t.rows().get(t.rows().size() - 1))));
            }
            String header = squash(Typography.apply(lang, rates.columns().get(0).header()));
            String note = squash(Typography.apply(lang, rates.note()));
            int explained = 0;
            for (int p = 0; p < pages.size(); p++) {
                String text = squash(pages.get(p));
                String marks = "";
                for (ReportTable t : List.of(rates, longer)) {
                    for (List<Cell> row : t.rows()) {
                        if (text.contains(squash(Typography.apply(lang, label(row))) + " ")) {
                            marks = marks + marksOf(row);
                        }
                    }
                }
                String expected = squash(Typography.apply(lang, ctx.marksExplained(PageFrame.ordered(marks))));
                assertThat(marks).as(lang + " page " + (p + 1) + " prints figures with marks").isNotEmpty();
                assertThat(text).as(lang + " page " + (p + 1) + ": its marks " + PageFrame.ordered(marks) + " explained")
                        .contains(expected);
                for (char flag : "bcdepu".toCharArray()) {
                    if (marks.indexOf(flag) < 0) {
                        assertThat(text).as(lang + " page " + (p + 1) + ": no flag explained that it does not print")
                                .doesNotContain(flag + " = " + ctx.flagLabel(flag));
                    }
                }
                assertThat(text).as(lang + " page " + (p + 1) + ": the header repeated").contains(header);
                assertThat(text).as(lang + " page " + (p + 1) + ": the note under its part of the table").contains(note);
                explained++;
            }
            assertThat(explained).isEqualTo(pages.size());
        }
    }

    /** The rows of several tables in one, each labelled with its table so that every label is unique. */
    private static ReportTable concatenated(List<ReportTable> parts, String note) {
        TableBuilder t = new TableBuilder("long", "long", parts.get(0).columns());
        for (ReportTable part : parts) {
            for (int r = 0; r < part.rows().size(); r++) {
                List<Cell> row = new ArrayList<>(part.rows().get(r));
                row.set(0, Cell.text(part.id() + " " + label(row)));
                t.row(row, part.isEmphasised(r));
            }
        }
        return t.note(note).build();
    }

    private static int pageOf(List<String> pages, Language lang, String label) {
        for (int p = 0; p < pages.size(); p++) {
            if (squash(pages.get(p)).contains(squash(Typography.apply(lang, label)))) {
                return p;
            }
        }
        throw new AssertionError(label + " is printed on no page");
    }

    private static String label(List<Cell> row) {
        return ((Cell.Text) row.get(0)).text();
    }

    private static String marksOf(List<Cell> row) {
        StringBuilder out = new StringBuilder();
        for (Cell c : row) {
            if (c instanceof Cell.Num n) {
                out.append(n.value() == null ? ":" : "").append(n.flags());
            }
        }
        return out.toString();
    }

    private static String filler(int lines) {
        return "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore. "
                .repeat(lines);
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> out = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(s.getText(doc));
            }
            return out;
        }
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }
}
