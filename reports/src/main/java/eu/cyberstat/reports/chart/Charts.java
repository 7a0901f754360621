package eu.cyberstat.reports.chart;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reports.model.AlertFigure;
import eu.cyberstat.reports.style.Palette;
import eu.cyberstat.reports.template.Typography;
import eu.cyberstat.reports.view.AlertsByOffence;
import eu.cyberstat.reports.view.FigureIndex;
import eu.cyberstat.reports.view.ReportBasis;
import eu.cyberstat.reports.view.ReportContext;
import eu.cyberstat.reports.view.Shown;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The report's charts, built from the figures of one language's report. Each chart carries its
 * source line and data vintage at the bottom, shows flags next to the values it labels, leaves
 * confidential and missing values out and draws no line across a break in series.
 */
public final class Charts {

    private final ReportContext ctx;
    private final ReportBasis basis;
    private final FigureIndex figures;

    public Charts(ReportContext ctx) {
        this.ctx = ctx;
        this.basis = ctx.basis();
        this.figures = basis.figures();
    }

    /** A message set by the typographic rules of the chart's language (charts are drawn only in the PDFs). */
    private String msg(String key, Object... args) {
        return typeset(ctx.msg(key, args));
    }

    private String typeset(String text) {
        return Typography.apply(ctx.language(), text);
    }

    /** The EU total over the trend window (its level: see {@link #euLevel}). */
    public JFreeChart euTotalTrend() {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(euLevel(ctx.offenceShort(basis.total().code()), basis.total().code(), Shown::value));
        JFreeChart chart = yearChart(data, msg("axis.recorded"), List.of(Palette.EU));
        markEuBreaks(chart, 0, basis.total().code());
        return chart;
    }

    /** The EU aggregate of each offence group over the trend window (levels: see {@link #euLevel}). */
    public JFreeChart euGroupTrend() {
        JFreeChart chart = groupsOverYears(o -> euLevel(ctx.offenceShort(o.code()), o.code(), Shown::value),
                msg("axis.recorded"));
        for (int i = 0; i < basis.totalAndGroups().size(); i++) {
            markEuBreaks(chart, i, basis.totalAndGroups().get(i).code());
        }
        return chart;
    }

    /**
     * The index (base year = 100) of the EU total and of each group; drawn only where there is a
     * base year. The EU index is computed on the panel, which leaves out the Member States with a
     * break in series: its lines are whole, and the metrics job leaves a year empty where no index
     * may be given.
     */
    public JFreeChart euIndex() {
        return groupsOverYears(o -> TrendSeries.of(ctx.offenceShort(o.code()), basis.years(),
                figures.series(basis.eu(), o.code(), basis.years()), Shown::index, false),
                msg("axis.index", String.valueOf(basis.indexBaseYear())));
    }

    private JFreeChart groupsOverYears(Function<Offence, XYSeries> series, String axis) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<Color> colours = new ArrayList<>();
        for (Offence o : basis.totalAndGroups()) {
            data.addSeries(series.apply(o));
            colours.add(Palette.offenceColour(o.code(), colours.size()));
        }
        JFreeChart chart = yearChart(data, axis, colours);
        ((XYLineAndShapeRenderer) ((XYPlot) chart.getPlot()).getRenderer()).setSeriesStroke(0, ChartStyle.THICK);
        return chart;
    }

    /**
     * The EU27 level of an offence over the trend window, as one line. The level sums the Member
     * States that reported each year: where one of them has a break in series, the EU figure
     * carries its {@code b}, but the other Member States' figures are comparable with the year
     * before, and the EU trend is computed on a panel that leaves that country out. So the line is
     * not cut there (a cut at every Member State's break would leave an EU line of fragments);
     * the year is marked instead ({@link #markEuBreaks}). Missing and withheld years stay gaps.
     */
    private XYSeries euLevel(Comparable<?> key, String offence, Function<Figure, Number> value) {
        return TrendSeries.of(key, basis.years(), figures.series(basis.eu(), offence, basis.years()), value, false);
    }

    /**
     * Marks the years of an EU level line ({@link #euLevel}, series {@code series} of the chart)
     * whose sum includes a Member State's break in series, with a hollow point explained once in
     * the legend.
     */
    private void markEuBreaks(JFreeChart chart, int series, String offence) {
        List<Integer> years = TrendSeries.breakYears(basis.years(), figures.series(basis.eu(), offence, basis.years()));
        if (years.isEmpty()) {
            return;
        }
        TrendRenderer r = (TrendRenderer) ((XYPlot) chart.getPlot()).getRenderer();
        years.forEach(y -> r.hollow(series, basis.years().indexOf(y)));
        LegendItem item = new LegendItem(msg("chart.eu-break"), null, null, null, true, TrendRenderer.HOLLOW, true,
                Palette.WHITE, true, Palette.MUTED, new java.awt.BasicStroke(1f), false, new Line2D.Double(),
                ChartStyle.LINE, Palette.MUTED);
        legendItems(chart).addOnce(item);
    }

    /** Year-on-year change of the EU total and each group in the reference year. */
    public JFreeChart euYoy() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, String> flags = new HashMap<>();
        String series = msg("axis.yoy");
        for (Offence o : basis.totalAndGroups()) {
            Figure f = figures.find(basis.eu(), o.code(), basis.referenceYear()).orElse(null);
            String label = ctx.offenceShort(o.code());
            data.addValue(Shown.yoyPct(f), series, label);
            flags.put(label, Shown.flags(f));
        }
        JFreeChart chart = barChart(data, msg("axis.yoy-pct", basis.referenceYear()),
                flags, v -> ctx.fmt().signedPct(v), typeset(ctx.sourceLine()));
        // The EU changes are the panel's, not those of the levels in the table beside: say so.
        chart.addSubtitle(bottomLine(msg("chart.panel-note")));
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        plot.setRenderer(new SignedBarRenderer(r));
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.3f);
        ((NumberAxis) plot.getRangeAxis()).setLowerMargin(0.12);
        plot.addRangeMarker(new ValueMarker(0, Palette.MUTED, new java.awt.BasicStroke(0.6f)), Layer.FOREGROUND);
        return chart;
    }

    /** Countries ranked by rate per 100 000 for one offence in the reference year, EU highlighted. */
    public JFreeChart countryRates(String offence) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, String> flags = new HashMap<>();
        String series = msg("axis.rate");
        int year = basis.referenceYear();
        Double euRate = figures.find(basis.eu(), offence, year).map(Shown::rate).orElse(null);
        // The EU bar takes its place in the ranking so the reader sees who is above and below it.
        List<String> ordered = new ArrayList<>(basis.countriesWithRate(offence, year));
        if (euRate != null) {
            int at = 0;
            while (at < ordered.size() && figures.find(ordered.get(at), offence, year).map(Shown::rate).orElse(0.0) > euRate) {
                at++;
            }
            ordered.add(at, basis.eu());
        }
        for (String geo : ordered) {
            Figure f = figures.find(geo, offence, year).orElse(null);
            String label = basis.eu().equals(geo) ? msg("label.eu27") : ctx.country(geo);
            data.addValue(Shown.rate(f), series, label);
            flags.put(label, Shown.flags(f));
        }
        JFreeChart chart = barChart(data, msg("axis.rate-per-100k", year), flags,
                v -> ctx.fmt().rate(v), typeset(ctx.sourceLine()));
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        String euLabel = msg("label.eu27");
        plot.setRenderer(new HighlightBarRenderer((BarRenderer) plot.getRenderer(), euLabel));
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.32f);
        plot.getDomainAxis().setCategoryMargin(0.18);
        return chart;
    }

    /** Rate per 100 000 of one offence over the years: the EU and the five highest countries. */
    public JFreeChart groupTrend(String offence) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<Color> colours = new ArrayList<>();
        data.addSeries(euLevel(msg("label.eu27"), offence, Shown::rate));
        colours.add(Palette.EU);
        java.util.TreeSet<Integer> breaks = new java.util.TreeSet<>();
        List<String> top = basis.countriesWithRate(offence, basis.referenceYear()).stream().limit(5).toList();
        for (String geo : top) {
            List<Figure> own = figures.series(geo, offence, basis.years());
            data.addSeries(TrendSeries.of(ctx.country(geo), basis.years(), own, Shown::rate));
            colours.add(Palette.SERIES.get(colours.size() % Palette.SERIES.size()));
            breaks.addAll(TrendSeries.breakYears(basis.years(), own));
        }
        JFreeChart chart = yearChart(data, msg("axis.rate"), colours);
        ((XYLineAndShapeRenderer) ((XYPlot) chart.getPlot()).getRenderer()).setSeriesStroke(0, ChartStyle.THICK);
        // A country's line is cut at its break; the dashed line says why the gap is there.
        markBreaks(chart, List.copyOf(breaks));
        markEuBreaks(chart, 0, offence);
        return chart;
    }

    /**
     * A country's rate per 100 000 over the trend window against the EU's, for the offences its
     * trend shows ({@link ReportBasis#trendOffences}): its total, or else the groups it reports,
     * so that every country with figures has its line. The country's lines mark each year with a
     * point; the EU's are plain (dashed for a group); the country's breaks in series are marked.
     */
    public JFreeChart countryTrend(String geo) {
        List<String> offences = basis.trendOffences(geo);
        boolean total = offences.isEmpty() || offences.equals(List.of(basis.total().code()));
        if (offences.isEmpty()) {
            offences = List.of(basis.total().code());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        List<Color> colours = new ArrayList<>();
        java.util.TreeSet<Integer> breaks = new java.util.TreeSet<>();
        for (String o : offences) {
            List<Figure> own = figures.series(geo, o, basis.years());
            String label = total ? ctx.country(geo) : msg("chart.country-offence", ctx.country(geo), ctx.offenceShort(o));
            data.addSeries(TrendSeries.of(label, basis.years(), own, Shown::rate));
            colours.add(total ? Palette.COUNTRY : Palette.offenceColour(o, colours.size()));
            breaks.addAll(TrendSeries.breakYears(basis.years(), own));
        }
        for (String o : offences) {
            String label = total ? msg("label.eu27")
                    : msg("chart.country-offence", msg("label.eu27"), ctx.offenceShort(o));
            data.addSeries(euLevel(label, o, Shown::rate));
            colours.add(total ? Palette.EU : Palette.offenceColour(o, colours.size() - offences.size()));
        }
        JFreeChart chart = yearChart(data, msg("axis.rate"), colours);
        XYPlot plot = (XYPlot) chart.getPlot();
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            boolean country = i < offences.size();
            r.setSeriesStroke(i, country ? ChartStyle.THICK : total ? ChartStyle.LINE : ChartStyle.DASHED_LINE);
            r.setSeriesShapesVisible(i, country);
        }
        markBreaks(chart, List.copyOf(breaks));
        for (int i = 0; i < offences.size(); i++) {
            markEuBreaks(chart, offences.size() + i, offences.get(i));
        }
        return chart;
    }

    /** A country's rate per 100 000 by offence group next to the EU's, in the reference year. */
    public JFreeChart countryGroups(String geo) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int year = basis.referenceYear();
        String country = ctx.country(geo);
        String eu = msg("label.eu27");
        for (Offence o : basis.groups()) {
            String label = ctx.offenceShort(o.code());
            Figure f = figures.find(geo, o.code(), year).orElse(null);
            data.addValue(Shown.rate(f), country, label);
            data.addValue(figures.find(basis.eu(), o.code(), year).map(Shown::rate).orElse(null), eu, label);
        }
        // No value labels: the two bars of each group are read against the axis.
        JFreeChart chart = barChart(data, msg("axis.rate-per-100k", year), Map.of(), null, typeset(ctx.sourceLine()));
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        plot.getRenderer().setSeriesPaint(0, Palette.COUNTRY);
        plot.getRenderer().setSeriesPaint(1, Palette.EU);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.34f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        addLegend(chart);
        return chart;
    }

    /** Alerts received per month of the reference year, one line per platform. */
    public JFreeChart alertVolume() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, Map<Integer, Double>> byPlatform = new TreeMap<>();
        for (AlertFigure a : basis.monthlyPlatformVolumes()) {
            byPlatform.computeIfAbsent(a.platform(), p -> new TreeMap<>()).put(a.month(), a.value());
        }
        for (Map.Entry<String, Map<Integer, Double>> e : byPlatform.entrySet()) {
            for (int m = 1; m <= 12; m++) {
                data.addValue(e.getValue().get(m), ctx.platform(e.getKey()),
                        Month.of(m).getDisplayName(TextStyle.SHORT, ctx.fmt().locale()));
            }
        }
        CategoryAxis x = axisCategory();
        NumberAxis y = axisNumber(msg("axis.alerts"));
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getRowCount(); i++) {
            r.setSeriesPaint(i, Palette.SERIES.get((i + 1) % Palette.SERIES.size()));
            r.setSeriesStroke(i, ChartStyle.LINE);
            r.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-2, -2, 4, 4));
        }
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        JFreeChart chart = finish(new JFreeChart(null, ChartStyle.title(), stylePlot(plot), false), typeset(ctx.alertSourceLine()));
        addLegend(chart);
        return chart;
    }

    /** Alerts received in the reference year by offence, all platforms, each alert once (see {@link AlertsByOffence}). */
    public JFreeChart alertOffence() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int year = basis.referenceYear();
        String series = msg("axis.alerts");
        for (AlertsByOffence.Bar bar : basis.alertsByOffence()) {
            String label = bar.unspecified() ? msg("alerts.unspecified", ctx.offenceShort(bar.offence()))
                    : ctx.offenceShort(bar.offence());
            data.addValue(bar.alerts(), series, label);
        }
        JFreeChart chart = barChart(data, msg("axis.alerts-year", year), Map.of(),
                v -> ctx.fmt().count(v), typeset(ctx.alertSourceLine()));
        ((CategoryPlot) chart.getPlot()).getDomainAxis().setMaximumCategoryLabelWidthRatio(0.38f);
        return chart;
    }

    /** True when {@link #alertVolume} has a line to draw. */
    public boolean hasAlertVolume() {
        return !basis.monthlyPlatformVolumes().isEmpty();
    }

    /** True when {@link #alertOffence} has a bar to draw. */
    public boolean hasAlertOffence() {
        return !basis.alertsByOffence().isEmpty();
    }

    // ---- building blocks ----

    /** A line chart over the trend window; a legend above it when it has more than one line. */
    private JFreeChart yearChart(XYSeriesCollection data, String yLabel, List<? extends Paint> colours) {
        NumberAxis x = new NumberAxis();
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setNumberFormatOverride(new DecimalFormat("0"));
        x.setRange(basis.years().get(0) - 0.4, basis.years().get(basis.years().size() - 1) + 0.4);
        styleAxis(x);
        NumberAxis y = axisNumber(yLabel);
        y.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer r = new TrendRenderer();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesPaint(i, colours.get(i % colours.size()));
            r.setSeriesStroke(i, ChartStyle.LINE);
            r.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-2.2, -2.2, 4.4, 4.4));
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        basePlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(new java.awt.BasicStroke(0.5f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = finish(new JFreeChart(null, ChartStyle.title(), plot, false), typeset(ctx.sourceLine()));
        if (data.getSeriesCount() > 1) {
            addLegend(chart);
        }
        return chart;
    }

    /**
     * Marks each break in series with a dashed line between the two years, and explains the
     * dashes once, in the legend: labels at the lines themselves would print over each other
     * wherever breaks fall in adjacent years.
     */
    private void markBreaks(JFreeChart chart, List<Integer> breakYears) {
        if (breakYears.isEmpty()) {
            return;
        }
        XYPlot plot = (XYPlot) chart.getPlot();
        for (int year : breakYears) {
            plot.addDomainMarker(new ValueMarker(year - 0.5, Palette.MUTED, ChartStyle.DASHED));
        }
        legendItems(chart).addOnce(new LegendItem(msg("chart.break"), null, null, null, false, new Rectangle2D.Double(),
                false, Palette.WHITE, false, Palette.MUTED, ChartStyle.DASHED, true, new Line2D.Double(0, -5, 0, 5),
                ChartStyle.DASHED, Palette.MUTED));
    }

    /** The legend entries that explain marks (a break's dashed line, a hollow point) after the series' own. */
    private static MarkItems legendItems(JFreeChart chart) {
        LegendTitle legend = chart.getLegend();
        if (legend == null) {
            legend = addLegend(chart);
        }
        LegendItemSource[] sources = legend.getSources();
        for (LegendItemSource s : sources) {
            if (s instanceof MarkItems marks) {
                return marks;
            }
        }
        MarkItems marks = new MarkItems();
        LegendItemSource[] more = java.util.Arrays.copyOf(sources, sources.length + 1);
        more[sources.length] = marks;
        legend.setSources(more);
        return marks;
    }

    /** Legend entries for marks, each once however many times its mark occurs. */
    private static final class MarkItems implements LegendItemSource {
        private final LegendItemCollection items = new LegendItemCollection();

        void addOnce(LegendItem item) {
            for (int i = 0; i < items.getItemCount(); i++) {
                if (items.get(i).getLabel().equals(item.getLabel())) {
                    return;
                }
            }
            items.add(item);
        }

        @Override
        public LegendItemCollection getLegendItems() {
            return items;
        }
    }

    /**
     * Horizontal bars (category names read in full at the left, however long in any language),
     * with value labels and their flags after the bar when {@code labelFormat} is given (the page
     * the chart is drawn on explains the flags, {@link #flagsPrinted}).
     */
    private JFreeChart barChart(CategoryDataset data, String valueLabel, Map<String, String> flags,
                                Function<Number, String> labelFormat, String source) {
        CategoryAxis x = axisCategory();
        NumberAxis y = axisNumber(valueLabel);
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setSeriesPaint(0, Palette.COUNTRY);
        r.setItemMargin(0.05);
        r.setMaximumBarWidth(0.12);
        if (labelFormat != null) {
            r.setDefaultItemLabelGenerator(new FlaggedLabels(flags, labelFormat));
            r.setDefaultItemLabelsVisible(true);
            r.setDefaultItemLabelFont(ChartStyle.itemLabel());
            r.setDefaultItemLabelPaint(Palette.INK);
            r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            r.setItemLabelAnchorOffset(3);
            y.setUpperMargin(0.16);
            y.setLowerMargin(0.0);
        }
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        x.setCategoryMargin(0.25);
        return finish(new JFreeChart(null, ChartStyle.title(), stylePlot(plot), false), source);
    }

    /**
     * The flags a chart prints after its values ("bp"), for the foot of the page it is drawn on
     * to explain them: only those of values it labels.
     */
    public static String flagsPrinted(JFreeChart chart) {
        if (!(chart.getPlot() instanceof CategoryPlot plot) || plot.getDataset() == null
                || !(plot.getRenderer().getDefaultItemLabelGenerator() instanceof FlaggedLabels labels)) {
            return "";
        }
        CategoryDataset data = plot.getDataset();
        String used = "";
        for (int row = 0; row < data.getRowCount(); row++) {
            for (int column = 0; column < data.getColumnCount(); column++) {
                if (data.getValue(row, column) != null) {
                    used = eu.cyberstat.reference.Flags.union(used,
                            labels.flags.getOrDefault(String.valueOf(data.getColumnKey(column)), ""));
                }
            }
        }
        return used;
    }

    private CategoryPlot stylePlot(CategoryPlot plot) {
        basePlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(new java.awt.BasicStroke(0.5f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    /** What every plot shares: white, no frame, a message when there is nothing to draw. */
    private void basePlot(org.jfree.chart.plot.Plot plot) {
        plot.setBackgroundPaint(Palette.WHITE);
        plot.setOutlineVisible(false);
        plot.setNoDataMessage(msg("chart.no-data"));
        plot.setNoDataMessageFont(ChartStyle.label());
        plot.setNoDataMessagePaint(Palette.MUTED);
    }

    private CategoryAxis axisCategory() {
        CategoryAxis x = new CategoryAxis();
        x.setTickLabelFont(ChartStyle.label());
        x.setTickLabelPaint(Palette.INK);
        x.setAxisLinePaint(Palette.MUTED);
        x.setTickMarksVisible(false);
        x.setLowerMargin(0.01);
        x.setUpperMargin(0.01);
        x.setMaximumCategoryLabelLines(2);
        return x;
    }

    private NumberAxis axisNumber(String label) {
        NumberAxis y = new NumberAxis(label);
        y.setNumberFormatOverride(NumberFormat.getNumberInstance(ctx.fmt().locale()));
        styleAxis(y);
        return y;
    }

    private static void styleAxis(NumberAxis axis) {
        axis.setTickLabelFont(ChartStyle.tick());
        axis.setLabelFont(ChartStyle.label());
        axis.setTickLabelPaint(Palette.INK);
        axis.setLabelPaint(Palette.MUTED);
        axis.setAxisLinePaint(Palette.MUTED);
        axis.setTickMarkPaint(Palette.MUTED);
    }

    /** White background, anti-aliasing, padding and the source line at the bottom. */
    private static JFreeChart finish(JFreeChart chart, String sourceLine) {
        chart.setBackgroundPaint(Palette.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(2, 2, 2, 6));
        chart.addSubtitle(bottomLine(sourceLine));
        return chart;
    }

    /** A line of small print under the plot: the source, or a note above it (added later, drawn higher). */
    private static TextTitle bottomLine(String text) {
        TextTitle line = new TextTitle(text, ChartStyle.source());
        line.setPaint(Palette.MUTED);
        line.setPosition(RectangleEdge.BOTTOM);
        line.setHorizontalAlignment(HorizontalAlignment.LEFT);
        line.setTextAlignment(HorizontalAlignment.LEFT);
        line.setPadding(new RectangleInsets(4, 0, 0, 0));
        return line;
    }

    private static LegendTitle addLegend(JFreeChart chart) {
        LegendTitle legend = new LegendTitle(chart.getPlot());
        legend.setItemFont(ChartStyle.legend());
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.TOP);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setBackgroundPaint(Palette.WHITE);
        legend.setPadding(new RectangleInsets(0, 0, 4, 0));
        chart.addSubtitle(0, legend);
        return legend;
    }

    /** Value labels with the figure's flags after the number ("123.4 p"). */
    private static final class FlaggedLabels implements CategoryItemLabelGenerator {
        private final Map<String, String> flags;
        private final Function<Number, String> format;

        FlaggedLabels(Map<String, String> flags, Function<Number, String> format) {
            this.flags = flags;
            this.format = format;
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number v = dataset.getValue(row, column);
            if (v == null) {
                return null;
            }
            String f = flags.getOrDefault(String.valueOf(dataset.getColumnKey(column)), "");
            return f.isEmpty() ? format.apply(v) : format.apply(v) + " " + f;
        }

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return String.valueOf(dataset.getRowKey(row));
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return String.valueOf(dataset.getColumnKey(column));
        }
    }

    /** Bars in the country colour, the EU aggregate's bar in the EU colour. */
    private static final class HighlightBarRenderer extends BarRenderer {
        private final String highlighted;

        HighlightBarRenderer(BarRenderer template, String highlighted) {
            this.highlighted = highlighted;
            copy(template, this);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            CategoryDataset d = getPlot().getDataset();
            return highlighted.equals(d.getColumnKey(column)) ? Palette.EU : Palette.COUNTRY;
        }
    }

    /** Rises in the EU colour, falls in red. */
    private static final class SignedBarRenderer extends BarRenderer {
        SignedBarRenderer(BarRenderer template) {
            copy(template, this);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            Number v = getPlot().getDataset().getValue(row, column);
            return v != null && v.doubleValue() < 0 ? Palette.NEGATIVE : Palette.EU;
        }
    }

    private static void copy(BarRenderer from, BarRenderer to) {
        to.setBarPainter(from.getBarPainter());
        to.setShadowVisible(false);
        to.setDrawBarOutline(false);
        to.setItemMargin(from.getItemMargin());
        to.setMaximumBarWidth(from.getMaximumBarWidth());
        to.setDefaultItemLabelGenerator(from.getDefaultItemLabelGenerator());
        to.setDefaultItemLabelsVisible(from.getDefaultItemLabelsVisible());
        to.setDefaultItemLabelFont(from.getDefaultItemLabelFont());
        to.setDefaultItemLabelPaint(from.getDefaultItemLabelPaint());
        to.setDefaultPositiveItemLabelPosition(from.getDefaultPositiveItemLabelPosition());
        to.setDefaultNegativeItemLabelPosition(from.getDefaultNegativeItemLabelPosition());
        to.setItemLabelAnchorOffset(from.getItemLabelAnchorOffset());
    }
}
