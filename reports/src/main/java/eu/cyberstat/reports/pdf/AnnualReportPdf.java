package eu.cyberstat.reports.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reports.chart.Charts;
import eu.cyberstat.reports.fonts.Typeface;
import eu.cyberstat.reports.map.CountryShapes;
import eu.cyberstat.reports.map.EuropeMap;
import eu.cyberstat.reports.model.RunProvenance;
import eu.cyberstat.reports.style.Palette;
import eu.cyberstat.reports.template.ReportTemplates;
import eu.cyberstat.reports.template.SectionDefinition;
import eu.cyberstat.reports.view.NarrativeModel;
import eu.cyberstat.reports.view.ReportBasis;
import eu.cyberstat.reports.view.ReportContext;
import eu.cyberstat.reports.view.ReportTable;
import eu.cyberstat.reports.view.ReportTables;
import eu.cyberstat.reports.view.Shown;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The annual report in one language: cover, contents, then the sections of the report
 * definition in order. It is composed twice: the body alone first, to learn on which page
 * each heading falls, then cover, contents (with those pages, shifted by the front matter's
 * length) and body for real, checking that every heading landed where the contents say.
 */
public final class AnnualReportPdf {

    private static final int COVER_PAGES = 1;

    private final ReportContext ctx;
    private final ReportBasis basis;
    private final ReportTemplates templates;
    private final ReportTables tables;
    private final Charts charts;
    private final NarrativeModel narrative;

    public AnnualReportPdf(ReportContext ctx) {
        this.ctx = ctx;
        this.basis = ctx.basis();
        this.templates = basis.templates();
        this.tables = new ReportTables(ctx);
        this.charts = new Charts(ctx);
        this.narrative = new NarrativeModel(ctx);
    }

    public byte[] render() {
        // Pass 1: the body alone, to learn where each heading falls.
        List<TocEntry> bodyEntries = new ArrayList<>();
        PdfRenderer.render(info(), ctx.fmt(), fonts -> frame(fonts, 1), page -> {
            page.blocks().layoutOnly(true);
            body(page.blocks());
            bodyEntries.addAll(page.frame().entries());
        });
        int offset = COVER_PAGES + contentsLength(bodyEntries);
        List<TocEntry> shown = bodyEntries.stream()
                .map(e -> new TocEntry(e.level(), e.anchor(), e.title(), e.page() + offset)).toList();
        // Pass 2: the whole document. The contents must name the pages the headings land on in
        // this very document; should the front matter's length have changed the count, the
        // document is composed again with the pages it reported.
        for (int attempt = 1; ; attempt++) {
            List<TocEntry> contents = shown;
            List<TocEntry> landed = new ArrayList<>();
            byte[] pdf = PdfRenderer.render(info(), ctx.fmt(), fonts -> frame(fonts, COVER_PAGES + 1), page -> {
                cover(page);
                page.blocks().newPage();
                contents(page.blocks(), contents);
                page.blocks().newPage();
                body(page.blocks());
                landed.addAll(page.frame().entries());
            });
            if (landed.equals(contents)) {
                return pdf;
            }
            if (attempt == 3) {
                throw new IllegalStateException("The contents of the " + ctx.language().code()
                        + " report do not settle: they list " + contents + " but the headings land on " + landed);
            }
            shown = landed;
        }
    }

    /**
     * How many pages the contents list takes: the pages of the document it makes alone. (The
     * writer's page number is no measure: a list that exactly fills its last page has already
     * opened the next one, which is never written.)
     */
    private int contentsLength(List<TocEntry> entries) {
        byte[] alone = PdfRenderer.render(info(), ctx.fmt(), fonts -> frame(fonts, 1),
                page -> contents(page.blocks(), entries));
        PdfReader reader = null;
        try {
            reader = new PdfReader(alone);
            return reader.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot measure the contents list", e);
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }

    private PageFrame frame(PdfFonts fonts, int firstNumbered) {
        return new PageFrame(fonts, ctx.msg("report.running-head", basis.referenceYear()), ctx.vintage(),
                ctx.msg("page"), firstNumbered, ctx.footnotes(), marksExplained(ctx));
    }

    /** The line at the foot of a page that explains the marks printed on it, set by the language's rules. */
    static java.util.function.Function<String, String> marksExplained(ReportContext ctx) {
        return marks -> eu.cyberstat.reports.template.Typography.apply(ctx.language(), ctx.marksExplained(marks));
    }

    private DocumentInfo info() {
        RunProvenance p = basis.data().provenance();
        return new DocumentInfo(ctx.msg("report.title", p.referenceYear()), ctx.msg("report.subtitle", p.referenceYear()),
                ctx.language(), p.generatedAt(), "report|" + p.runId() + "|" + p.referenceYear() + "|" + ctx.language().code());
    }

    // ---- front matter ----

    private void cover(PdfRenderer.Page page) {
        PdfFonts fonts = page.blocks().fonts();
        PdfBlocks blocks = page.blocks();
        PdfContentByte cb = page.writer().getDirectContentUnder();
        Rectangle size = page.blocks().document().getPageSize();
        cb.saveState();
        cb.setColorFill(Palette.ACCENT);
        cb.rectangle(0, size.getHeight() - 430, size.getWidth(), 430);
        cb.fill();
        cb.setColorFill(Palette.HIGHLIGHT);
        cb.rectangle(0, size.getHeight() - 436, size.getWidth(), 6);
        cb.fill();
        cb.restoreState();
        PdfContentByte over = page.writer().getDirectContent();
        RunProvenance p = basis.data().provenance();
        float left = PdfRenderer.MARGIN_LEFT;
        float width = size.getWidth() - PdfRenderer.MARGIN_LEFT - PdfRenderer.MARGIN_RIGHT;
        column(over, left, size.getHeight() - 120, width, 200, 30f,
                new Phrase(blocks.typeset(ctx.msg("report.title", p.referenceYear())), fonts.font(Typeface.SANS_BOLD, 26f, Palette.WHITE)));
        column(over, left, size.getHeight() - 300, width, 80, 16f,
                new Phrase(blocks.typeset(ctx.msg("report.subtitle", p.referenceYear())), fonts.font(Typeface.SANS, 13f, Palette.WHITE)));
        column(over, left, size.getHeight() - 400, width, 40, 14f,
                new Phrase(blocks.typeset(ctx.msg("report.edition", p.referenceYear())), fonts.font(Typeface.SANS_BOLD, 11f, Palette.HIGHLIGHT)));
        var small = fonts.font(Typeface.SANS, 8.5f, Palette.MUTED);
        Phrase about = new Phrase(13f, "", small);
        about.add(new Chunk(blocks.typeset(ctx.msg("cover.vintage", ReportContext.instant(p.asOf()))) + "\n", small));
        about.add(new Chunk(blocks.typeset(ctx.msg("cover.run", p.runId(), p.softwareVersion())) + "\n", small));
        about.add(new Chunk(blocks.typeset(ctx.msg("cover.generated", ReportContext.instant(p.generatedAt()))) + "\n", small));
        column(over, left, 170, width, 80, 13f, about);
        column(over, left, 90, width, 60, 11f, new Phrase(blocks.typeset(ctx.msg("cover.disclaimer")),
                fonts.font(Typeface.SANS_ITALIC, 7.5f, Palette.MUTED)));
        // An empty paragraph makes the page count as written.
        page.blocks().add(new Paragraph(" ", fonts.font(Typeface.SANS, 8f)));
    }

    private static void column(PdfContentByte cb, float x, float top, float width, float height, float leading, Phrase text) {
        ColumnText ct = new ColumnText(cb);
        ct.setSimpleColumn(x, top - height, x + width, top, leading, Element.ALIGN_LEFT);
        ct.addText(text);
        ct.go();
    }

    private void contents(PdfBlocks b, List<TocEntry> entries) {
        Paragraph title = new Paragraph(b.typeset(ctx.msg("contents")), b.fonts().font(Typeface.SANS_BOLD, 17f, Palette.ACCENT));
        title.setSpacingAfter(14f);
        b.add(title);
        for (TocEntry e : entries) {
            boolean top = e.level() <= 1;
            var font = b.fonts().font(top ? Typeface.SANS_BOLD : Typeface.SANS, top ? 10f : 9f);
            Paragraph line = new Paragraph("", font);
            line.setIndentationLeft(top ? 0 : 16f);
            line.setSpacingBefore(top ? 7f : 1.5f);
            line.setLeading(top ? 13f : 11.5f); // every country of the EU and the candidates on one page
            for (Chunk text : b.chunks(e.title(), font)) {
                text.setLocalGoto(e.anchor());
                line.add(text);
            }
            // The leader is a chunk too: without our font OpenPDF would fall back to a system font.
            Chunk leader = new Chunk(new DottedLineSeparator());
            leader.setFont(font);
            line.add(leader);
            Chunk num = new Chunk(String.valueOf(e.page()), font);
            num.setLocalGoto(e.anchor());
            line.add(num);
            b.add(line);
        }
    }

    // ---- body ----

    private void body(PdfBlocks b) {
        boolean first = true;
        for (SectionDefinition s : templates.definition().sections()) {
            if (s.kind() == eu.cyberstat.reports.template.SectionKind.ALERTS && !basis.hasAlerts()) {
                continue; // no alert-platform figures for the reference year: no empty chapter
            }
            if (!first) {
                b.newPage();
            }
            first = false;
            String title = ctx.msg("section." + s.id() + ".title");
            b.heading1(title, s.id());
            switch (s.kind()) {
                case EXECUTIVE_SUMMARY -> summary(b, s);
                case EU_OVERVIEW -> euOverview(b, s);
                case OFFENCE_GROUPS -> offenceGroups(b, s);
                case MAP -> map(b, s);
                case ALERTS -> alerts(b, s);
                case COVERAGE -> coverage(b, s);
                case COUNTRY_PROFILES -> countryProfiles(b, s);
                case METHODOLOGY -> methodology(b, s);
                default -> throw new IllegalStateException("No renderer for " + s.kind());
            }
        }
    }

    private void narrative(PdfBlocks b, SectionDefinition s, Map<String, Object> model) {
        if (s.hasNarrative()) {
            b.narrative(templates.render(ctx.language(), s.narrative(), model));
        }
    }

    private void summary(PdfBlocks b, SectionDefinition s) {
        narrative(b, s, narrative.common());
        for (String table : s.tables()) {
            switch (table) {
                case "headline" -> {
                    ReportTable t = tables.headline();
                    b.heading3(t.title());
                    b.table(t, new float[] {3.2f, 1.3f}, 8.5f);
                }
                case "key-findings" -> {
                    if (!basis.data().keyFindings().isEmpty()) {
                        b.heading3(ctx.msg("table.key-findings.title"));
                        StringBuilder text = new StringBuilder();
                        for (NarrativeModel.FindingSentence sentence : narrative.findingSentences()) {
                            text.append("- ").append(sentence.text()).append('\n');
                        }
                        b.narrative(text.toString());
                        String coverage = narrative.findingsCoverageNote();
                        if (!coverage.isEmpty()) {
                            b.narrative(coverage);
                        }
                    }
                }
                default -> throw new IllegalStateException(table);
            }
        }
    }

    private void euOverview(PdfBlocks b, SectionDefinition s) {
        narrative(b, s, narrative.common());
        float w = b.width();
        for (String chart : s.charts()) {
            switch (chart) {
                case "eu-total-trend" -> b.chart(ctx.msg("chart.eu-total-trend", basis.years().get(0), basis.referenceYear()),
                        charts.euTotalTrend(), w, 200);
                case "eu-group-trend" -> b.chart(ctx.msg("chart.eu-group-trend"), charts.euGroupTrend(), w, 240);
                case "eu-index" -> {
                    // Without a panel there is no EU index, and no chart of it: not one titled "base year – = 100".
                    if (basis.indexBaseYear() != null) {
                        b.chart(ctx.msg("chart.eu-index", String.valueOf(basis.indexBaseYear())), charts.euIndex(), w, 240);
                    }
                }
                case "eu-yoy" -> b.chart(ctx.msg("chart.eu-yoy", basis.referenceYear()), charts.euYoy(), w, 210);
                default -> throw new IllegalStateException(chart);
            }
        }
        if (s.shows("eu-trend")) {
            ReportTable t = tables.euTrend();
            // Kept on one page with its note: the note says why the groups do not add up to the total.
            b.titledTable(t.title(), t, widths(1.7f, 1f, basis.years().size()), 6.2f);
        }
    }

    private void offenceGroups(PdfBlocks b, SectionDefinition s) {
        boolean first = true;
        for (Offence o : basis.totalAndGroups()) {
            if (!first) {
                b.newPage();
            }
            first = false;
            b.heading2(ctx.offence(o.code()), s.id() + "-" + o.code().toLowerCase(java.util.Locale.ROOT));
            narrative(b, s, narrative.offence(o.code()));
            for (String chart : s.charts()) {
                if (chart.equals("country-rates")) {
                    JFreeChart rates = charts.countryRates(o.code());
                    // The chart grows with its bars (one per country with a rate, and the EU).
                    int bars = ((CategoryPlot) rates.getPlot()).getDataset().getColumnCount();
                    b.chart(ctx.msg("chart.country-rates", ctx.offenceShort(o.code()), basis.referenceYear()),
                            rates, b.width(), 70 + bars * 12.5f);
                } else if (chart.equals("group-trend")) {
                    b.chart(ctx.msg("chart.group-trend", ctx.offenceShort(o.code())), charts.groupTrend(o.code()),
                            b.width(), 230);
                }
            }
            if (s.shows("country-rates")) {
                ReportTable t = tables.countryRates(o.code());
                b.titledTable(t.title(), t, new float[] {3f, 1.4f, 1.4f, 1.4f, 0.9f}, 7.5f);
            }
        }
    }

    private void map(PdfBlocks b, SectionDefinition s) {
        String offence = s.offence() != null ? s.offence() : basis.total().code();
        Map<String, Object> model = narrative.offence(offence);
        narrative(b, s, model);
        if (!s.shows("map")) {
            return; // charts: [] — the narrative alone
        }
        Map<String, Double> values = new LinkedHashMap<>();
        List<String> inScope = new ArrayList<>();
        for (Country c : basis.reportingCountries()) {
            inScope.add(c.geo());
            Double rate = basis.figures().find(c.geo(), offence, basis.referenceYear()).map(Shown::rate).orElse(null);
            if (rate != null) {
                values.put(c.geo(), rate);
            }
        }
        for (Country c : basis.reference().countries().eu27()) {
            if (!inScope.contains(c.geo())) {
                inScope.add(c.geo());
            }
        }
        EuropeMap.Content content = new EuropeMap.Content(values, inScope, b.typeset(ctx.msg("map.legend")),
                b.typeset(ctx.msg("map.no-data")), b.typeset(ctx.msg("map.outside")),
                b.typeset(ctx.sourceLine() + " " + ctx.msg("map.boundaries")), v -> ctx.fmt().rate(v));
        // Every country the map draws is named by its shape, in scope or not: each needs its note.
        String drawn = String.join("\n", CountryShapes.shipped().outlines().keySet().stream().map(ctx::country).toList());
        b.map(ctx.msg("chart.map", ctx.offenceShort(offence), basis.referenceYear()), content, b.width(), drawn);
    }

    private void alerts(PdfBlocks b, SectionDefinition s) {
        narrative(b, s, narrative.common());
        for (String chart : s.charts()) {
            if (chart.equals("alert-volume") && charts.hasAlertVolume()) {
                b.chart(ctx.msg("chart.alert-volume", basis.referenceYear()), charts.alertVolume(), b.width(), 220);
            } else if (chart.equals("alert-offence") && charts.hasAlertOffence()) {
                b.chart(ctx.msg("chart.alert-offence", basis.referenceYear()), charts.alertOffence(), b.width(), 220);
            }
        }
        if (s.shows("alert-platforms") && tables.hasAlertPlatforms()) {
            ReportTable t = tables.alertPlatforms();
            float[] widths = new float[t.columns().size()];
            widths[0] = 2.6f;
            java.util.Arrays.fill(widths, 1, widths.length, 1.3f);
            b.titledTable(t.title(), t, widths, 7.5f);
        }
    }

    private void coverage(PdfBlocks b, SectionDefinition s) {
        narrative(b, s, narrative.common());
        for (String table : s.tables()) {
            switch (table) {
                case "coverage" -> {
                    ReportTable t = tables.coverage();
                    b.titledTable(t.title(), t, widths(2.6f, 1f, basis.years().size()), 7f);
                }
                case "eu-coverage" -> {
                    ReportTable t = tables.euCoverage();
                    b.titledTable(t.title(), t, new float[] {1f, 1.6f, 1.6f, 1.8f}, 7.5f);
                }
                default -> throw new IllegalStateException(table);
            }
        }
    }

    private void countryProfiles(PdfBlocks b, SectionDefinition s) {
        b.narrative(ctx.msg("profiles.intro"));
        for (Country c : basis.reportingCountries()) {
            b.newPage();
            b.heading2(ctx.country(c.geo()), "country-" + c.geo().toLowerCase(java.util.Locale.ROOT));
            narrative(b, s, narrative.country(c.geo()));
            if (s.shows("country-profile")) {
                b.table(tables.countryProfile(c.geo()), new float[] {2.6f, 1.2f, 1.1f, 1.1f, 1.1f, 1f, 0.8f, 1.1f}, 7.5f);
            }
            List<String> shown = s.charts();
            if (!shown.isEmpty()) {
                float gap = 12f;
                float w = shown.size() == 1 ? b.width() : (b.width() - gap) / 2;
                PdfPTable row = new PdfPTable(shown.size() == 1 ? new float[] {1f} : new float[] {w, gap, w});
                row.setTotalWidth(b.width());
                row.setLockedWidth(true);
                row.setSpacingBefore(6f);
                for (int i = 0; i < shown.size(); i++) {
                    if (i > 0) {
                        row.addCell(empty());
                    }
                    String id = shown.get(i);
                    JFreeChart chart = id.equals("country-trend") ? charts.countryTrend(c.geo()) : charts.countryGroups(c.geo());
                    PdfTemplate tpl = b.drawChart(chart, w, 285);
                    String title = id.equals("country-trend") ? ctx.msg("chart.country-trend")
                            : ctx.msg("chart.country-groups", basis.referenceYear());
                    PdfPCell cell = new PdfPCell(b.figure(title, tpl, w, PdfBlocks.labels(chart), Charts.flagsPrinted(chart)));
                    cell.setBorder(Rectangle.NO_BORDER);
                    cell.setPadding(0);
                    row.addCell(cell);
                }
                b.add(row);
            }
        }
    }

    private static PdfPCell empty() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        return c;
    }

    private void methodology(PdfBlocks b, SectionDefinition s) {
        narrative(b, s, narrative.common());
        for (String table : s.tables()) {
            switch (table) {
                case "classification" -> {
                    ReportTable t = tables.classification();
                    b.heading3(t.title());
                    b.table(t, new float[] {1.5f, 5f, 1.1f, 1.1f}, 7f);
                }
                case "flags" -> {
                    ReportTable t = tables.flags();
                    b.titledTable(t.title(), t, new float[] {0.6f, 4f}, 7.5f);
                }
                case "revisions" -> {
                    ReportTable t = tables.revisions();
                    if (t.rows().isEmpty()) {
                        b.heading3(t.title());
                        b.narrative(ctx.msg("revisions.none"));
                    } else {
                        b.titledTable(t.title(), t, new float[] {1.6f, 1.1f, 2.2f, 1.1f, 4f}, 7f);
                    }
                }
                default -> throw new IllegalStateException(table);
            }
        }
    }

    private static float[] widths(float first, float each, int count) {
        float[] w = new float[count + 1];
        w[0] = first;
        for (int i = 1; i <= count; i++) {
            w[i] = each;
        }
        return w;
    }
}
