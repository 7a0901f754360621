package eu.cyberstat.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.reference.Language;
import eu.cyberstat.reports.template.ReportTemplates;
import eu.cyberstat.reports.view.ReportBasis;
import eu.cyberstat.reports.view.ReportContext;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryLabelEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class ChartLayoutTest {

    private static ReportContext context(Language lang) {
        var fx = eu.cyberstat.reports.ReportFixtures.realistic();
        String dir = System.getProperty("cyberstat.project.dir", "..");
        ReportTemplates t = ReportTemplates.load(Path.of(dir, "templates/report"), fx.data().reference());
        return new ReportContext(new ReportBasis(fx.data(), t), lang);
    }

    /** Draws a chart as the PDF does (same size) and returns the boxes of its category labels. */
    private static List<Rectangle2D> categoryLabels(JFreeChart chart, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        g.dispose();
        List<Rectangle2D> boxes = new ArrayList<>();
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof CategoryLabelEntity e) {
                Shape area = ((ChartEntity) e).getArea();
                boxes.add(area.getBounds2D());
                assertThat(new Rectangle2D.Double(0, 0, width, height).contains(area.getBounds2D()))
                        .as("label '" + e.getKey() + "' inside the chart").isTrue();
            }
        }
        return boxes;
    }

    private static void assertNoOverlap(List<Rectangle2D> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Rectangle2D a = boxes.get(i);
                Rectangle2D b = boxes.get(j);
                // Touching edges are fine; any shared area is an overlap a reader would see.
                Rectangle2D shared = a.createIntersection(b);
                assertThat(shared.getWidth() > 0.5 && shared.getHeight() > 0.5)
                        .as("labels " + i + " " + a + " and " + j + " " + b + " overlap").isFalse();
            }
        }
    }

    @Test
    void countryLabelsOfTheDensestBarChartDoNotOverlap() {
        for (Language lang : Language.values()) {
            Charts charts = new Charts(context(lang));
            JFreeChart rates = charts.countryRates("CYB");
            int bars = ((org.jfree.chart.plot.CategoryPlot) rates.getPlot()).getDataset().getColumnCount();
            assertThat(bars).isEqualTo(31 - 1 + 1); // IE has no 2022 figure; the EU bar joins the countries
            // The size the annual report gives this chart (AnnualReportPdf).
            List<Rectangle2D> labels = categoryLabels(rates, 483, (int) (70 + bars * 12.5f));
            assertThat(labels).hasSize(bars);
            assertNoOverlap(labels);
        }
    }

    @Test
    void everyChartCarriesItsOwnSourceLineOnce() {
        ReportContext ctx = context(Language.EN);
        Charts charts = new Charts(ctx);
        assertThat(ctx.alertSourceLine()).isNotEqualTo(ctx.sourceLine());
        assertThat(sourceLines(charts.alertVolume())).containsExactly(ctx.alertSourceLine());
        assertThat(sourceLines(charts.alertOffence())).containsExactly(ctx.alertSourceLine());
        assertThat(sourceLines(charts.euYoy())).containsExactly(ctx.sourceLine());
        assertThat(sourceLines(charts.countryRates("CYB"))).containsExactly(ctx.sourceLine());
        assertThat(sourceLines(charts.countryGroups("DE"))).containsExactly(ctx.sourceLine());
        assertThat(sourceLines(charts.euTotalTrend())).containsExactly(ctx.sourceLine());
    }

    /**
     * A chart that prints flags after its values tells which (the foot of the page it is drawn
     * on explains them, with the flags of the page's tables, NotesWhereUsedTest), and says
     * nothing of them itself: one explanation per page, not one per chart and table.
     */
    @Test
    void chartsTellWhichFlagsTheyPrint() {
        ReportContext ctx = context(Language.EN);
        Charts charts = new Charts(ctx);
        // FR, IT and PL are provisional in 2022, CY estimated, HR and LT break in 2022.
        assertThat(Charts.flagsPrinted(charts.countryRates("CYB"))).isEqualTo("bep");
        assertThat(Charts.flagsPrinted(charts.countryRates("OTHER"))).contains("d").doesNotContain("c");
        assertThat(Charts.flagsPrinted(charts.countryGroups("DE"))).as("no values printed, no flags").isEmpty();
        assertThat(Charts.flagsPrinted(charts.euTotalTrend())).as("a line chart prints no values").isEmpty();
        assertThat(bottomLines(charts.countryRates("CYB"))).containsExactly(ctx.sourceLine());
        // The EU changes are the panel's, unlike the levels of the table beside the chart: it says so.
        assertThat(bottomLines(charts.euYoy())).containsExactly(ctx.sourceLine(), ctx.msg("chart.panel-note"));
    }

    private static List<String> sourceLines(JFreeChart chart) {
        return bottomLines(chart).stream().filter(l -> l.startsWith("Source")).toList();
    }

    private static List<String> bottomLines(JFreeChart chart) {
        List<String> lines = new ArrayList<>();
        for (Object t : chart.getSubtitles()) {
            if (t instanceof org.jfree.chart.title.TextTitle title
                    && title.getPosition() == org.jfree.chart.ui.RectangleEdge.BOTTOM) {
                lines.add(title.getText());
            }
        }
        return lines;
    }

    @Test
    void groupLabelsOfTheYearOnYearChartDoNotOverlap() {
        for (Language lang : Language.values()) {
            List<Rectangle2D> labels = categoryLabels(new Charts(context(lang)).euYoy(), 483, 210);
            assertThat(labels).hasSize(6);
            assertNoOverlap(labels);
        }
    }

    @Test
    void noLineJoinsTheYearsEitherSideOfABreak() {
        Charts charts = new Charts(context(Language.EN));
        XYDataset d = ((XYPlot) charts.countryTrend("DE").getPlot()).getDataset();
        List<Double> xs = new ArrayList<>();
        Double atHalf = -1.0;
        for (int i = 0; i < d.getItemCount(0); i++) {
            xs.add(d.getXValue(0, i));
            if (d.getXValue(0, i) == 2017.5) {
                atHalf = (Double) (d.getY(0, i) == null ? null : d.getYValue(0, i));
            }
        }
        assertThat(xs).contains(2017.0, 2017.5, 2018.0);
        assertThat(atHalf).as("an empty point between 2017 and the 2018 break lifts the pen").isNull();
        assertThat(((XYPlot) charts.countryTrend("DE").getPlot()).getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND))
                .as("the break is marked on the chart").hasSize(1);
        XYDataset fr = ((XYPlot) charts.countryTrend("FR").getPlot()).getDataset();
        for (int i = 0; i < fr.getItemCount(0); i++) {
            assertThat(fr.getXValue(0, i) % 1.0).isZero();
        }
    }

    @Test
    void breaksAreExplainedOnceInTheLegendHoweverManyThereAre() {
        for (Language lang : Language.values()) {
            ReportContext ctx = context(lang);
            Charts charts = new Charts(ctx);
            // Croatia breaks every other year, Austria in two adjacent years; the top five of
            // computer-related offences (DE among them) too.
            for (JFreeChart chart : List.of(charts.countryTrend("HR"), charts.countryTrend("AT"), charts.groupTrend("COMP"))) {
                var markers = ((XYPlot) chart.getPlot()).getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
                assertThat(markers).isNotEmpty();
                for (Object m : markers) {
                    assertThat(((org.jfree.chart.plot.Marker) m).getLabel()).as("no label at a break's line").isNull();
                }
                List<String> legend = new ArrayList<>();
                for (org.jfree.chart.LegendItemSource source : chart.getLegend().getSources()) {
                    org.jfree.chart.LegendItemCollection items = source.getLegendItems();
                    for (int i = 0; i < items.getItemCount(); i++) {
                        legend.add(items.get(i).getLabel());
                    }
                }
                assertThat(legend).as(lang + ": the legend explains the dashed lines once")
                        .containsOnlyOnce(ctx.msg("chart.break"));
            }
            assertThat(((XYPlot) charts.countryTrend("HR").getPlot()).getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND))
                    .hasSize(5);
        }
    }

    /**
     * The EU level sums the Member States that reported: a year where one of them breaks its
     * series carries the EU's {@code b}, but the line runs on through it (the others are
     * comparable, and the EU trend leaves the breaking country out of its panel); the year is
     * a hollow point, explained once in the legend, in every chart that draws an EU level.
     */
    @Test
    void theEuLevelRunsThroughItsMemberStatesBreaksWhichItMarks() {
        ReportContext ctx = context(Language.EN);
        Charts charts = new Charts(ctx);
        var basis = ctx.basis();
        List<Integer> euBreaks = new ArrayList<>();
        for (int y : basis.years().subList(1, basis.years().size())) {
            if (eu.cyberstat.reports.view.Shown.isBreak(basis.figures().find(basis.eu(), "CYB", y).orElseThrow())) {
                euBreaks.add(y);
            }
        }
        assertThat(euBreaks).as("the fixture's EU total carries its Member States' breaks").hasSizeGreaterThanOrEqualTo(3);
        record Line(JFreeChart chart, int series) {
        }
        for (Line line : List.of(new Line(charts.euTotalTrend(), 0), new Line(charts.euGroupTrend(), 0),
                new Line(charts.groupTrend("CYB"), 0), new Line(charts.countryTrend("FR"), 1))) {
            XYPlot plot = (XYPlot) line.chart().getPlot();
            XYDataset d = plot.getDataset();
            var r = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) plot.getRenderer();
            List<Integer> hollow = new ArrayList<>();
            for (int i = 0; i < d.getItemCount(line.series()); i++) {
                double x = d.getXValue(line.series(), i);
                assertThat(x % 1.0).as("no empty point lifts the EU's pen").isZero();
                if (r.getItemShapeVisible(line.series(), i)
                        && java.awt.Color.WHITE.equals(r.getItemFillPaint(line.series(), i))) {
                    hollow.add((int) x);
                }
            }
            assertThat(hollow).as("the EU's break years are hollow points").isEqualTo(euBreaks);
            assertThat(legend(line.chart())).containsOnlyOnce(ctx.msg("chart.eu-break"));
        }
        assertThat(((XYPlot) charts.euTotalTrend().getPlot()).getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND))
                .as("no dashed line: no series of the chart breaks").isNull();
        assertThat(legend(charts.euIndex())).as("the index, on the panel, has no such year")
                .doesNotContain(ctx.msg("chart.eu-break"));
    }

    private static List<String> legend(JFreeChart chart) {
        List<String> legend = new ArrayList<>();
        if (chart.getLegend() != null) {
            for (org.jfree.chart.LegendItemSource source : chart.getLegend().getSources()) {
                org.jfree.chart.LegendItemCollection items = source.getLegendItems();
                for (int i = 0; i < items.getItemCount(); i++) {
                    legend.add(items.get(i).getLabel());
                }
            }
        }
        return legend;
    }

    @Test
    void missingAndConfidentialYearsLeaveGaps() {
        List<Integer> years = List.of(2019, 2020, 2021, 2022);
        Figure a = figure(2019, 10L, "");
        Figure conf = figure(2020, 1_703L, "c"); // a value the metrics job should have dropped: still a gap
        Figure b = figure(2022, 12L, "");
        var s = TrendSeries.of("x", years, java.util.Arrays.asList(a, conf, null, b), eu.cyberstat.reports.view.Shown::value);
        assertThat(s.getItemCount()).isEqualTo(4);
        assertThat(s.getY(1)).isNull();
        assertThat(s.getY(2)).isNull();
        assertThat(s.getY(3).longValue()).isEqualTo(12L);
    }

    private static Figure figure(int year, Long value, String flags) {
        return new Figure("BE", "CYB", "", "RECORDED", year, value, null, null, null, null, null, null, null, null,
                flags, null, null);
    }
}
