package eu.cyberstat.reports.pdf;

import com.lowagie.text.Paragraph;
import eu.cyberstat.reports.chart.Charts;
import eu.cyberstat.reports.fonts.Typeface;
import eu.cyberstat.reports.model.RunProvenance;
import eu.cyberstat.reports.style.Palette;
import eu.cyberstat.reports.template.Typography;
import eu.cyberstat.reports.view.NarrativeModel;
import eu.cyberstat.reports.view.ReportBasis;
import eu.cyberstat.reports.view.ReportContext;
import eu.cyberstat.reports.view.ReportTable;
import eu.cyberstat.reports.view.ReportTables;

/**
 * The feedback sheet of one Member State, in the language the report definition gives it and
 * addressed to its national contact: how its figures appear next to the EU's, what it reported
 * over the trend window, its submissions in force with the notes given with them, and every
 * validation issue raised on them, in words with the code beside.
 */
public final class FeedbackPdf {

    private final ReportContext ctx;
    private final ReportBasis basis;
    private final String geo;

    public FeedbackPdf(ReportContext ctx, String geo) {
        this.ctx = ctx;
        this.basis = ctx.basis();
        this.geo = geo;
    }

    public byte[] render() {
        RunProvenance p = basis.data().provenance();
        String title = ctx.msg("feedback.title", ctx.country(geo), p.referenceYear());
        DocumentInfo info = new DocumentInfo(title, ctx.msg("report.title", p.referenceYear()), ctx.language(),
                p.generatedAt(), "feedback|" + p.runId() + "|" + p.referenceYear() + "|" + geo);
        String heading = Typography.apply(ctx.language(), title);
        return PdfRenderer.render(info, ctx.fmt(), fonts -> new PageFrame(fonts, heading, ctx.vintage(), ctx.msg("page"), 1,
                ctx.footnotes(), AnnualReportPdf.marksExplained(ctx)), page -> compose(page.blocks(), heading));
    }

    private void compose(PdfBlocks b, String title) {
        ReportTables tables = new ReportTables(ctx);
        Paragraph h = new Paragraph(title, b.fonts().font(Typeface.SANS_BOLD, 16f, Palette.ACCENT));
        h.setSpacingAfter(8f);
        b.add(h);
        b.narrative(basis.templates().render(ctx.language(), "feedback.ftl", new NarrativeModel(ctx).country(geo)));
        ReportTable figures = tables.feedbackFigures(geo);
        b.titledTable(figures.title(), figures, new float[] {3.7f, 1.2f, 1.1f, 1.4f, 0.7f, 1.2f, 1.4f}, 7f);
        b.chart(ctx.msg("chart.country-trend"), new Charts(ctx).countryTrend(geo), b.width(), 200);
        ReportTable coverage = tables.feedbackCoverage(geo);
        float[] w = new float[basis.years().size() + 1];
        w[0] = 3.6f; // offence names, not codes
        for (int i = 1; i < w.length; i++) {
            w[i] = 1f;
        }
        b.titledTable(coverage.title(), coverage, w, 6.5f);
        ReportTable rejected = tables.rejectedDeliveries(geo);
        if (!rejected.rows().isEmpty()) {
            b.titledTable(rejected.title(), rejected, new float[] {3f, 1.3f, 0.9f, 2.6f}, 7f);
        }
        ReportTable deliveries = tables.deliveries(geo);
        if (!deliveries.rows().isEmpty()) {
            b.titledTable(deliveries.title(), deliveries, new float[] {2.6f, 1.2f, 1.3f, 1f, 1.2f, 2.5f}, 7f);
        }
        ReportTable notes = tables.feedbackNotes(geo);
        if (!notes.rows().isEmpty()) {
            b.titledTable(notes.title(), notes, new float[] {5.2f, 1.3f, 0.8f, 2.4f}, 7f);
        }
        ReportTable checks = tables.checks(geo);
        if (checks.rows().isEmpty()) {
            b.heading3(checks.title());
            b.narrative(ctx.msg("feedback.no-checks"));
        } else {
            b.titledTable(checks.title(), checks, new float[] {1.3f, 2.7f, 2f, 0.6f, 1f, 4.2f}, 7f);
        }
    }
}
