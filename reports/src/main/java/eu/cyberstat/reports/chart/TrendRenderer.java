package eu.cyberstat.reports.chart;

import eu.cyberstat.reports.style.Palette;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Lines over the years, where chosen points are drawn hollow and a little larger, whether or not
 * their series shows its points: the years of an EU level whose sum includes a Member State's
 * break in series.
 */
final class TrendRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;
    /** The shape of a hollow point, for the legend too. */
    static final Shape HOLLOW = new Ellipse2D.Double(-3.2, -3.2, 6.4, 6.4);

    private final Map<Integer, Set<Integer>> hollow = new HashMap<>();

    TrendRenderer() {
        super(true, true);
        setUseFillPaint(true);
    }

    /** Draws item {@code item} of series {@code series} as a hollow point. */
    void hollow(int series, int item) {
        hollow.computeIfAbsent(series, s -> new HashSet<>()).add(item);
    }

    private boolean isHollow(int series, int item) {
        return hollow.getOrDefault(series, Set.of()).contains(item);
    }

    @Override
    public boolean getItemShapeVisible(int series, int item) {
        return isHollow(series, item) || super.getItemShapeVisible(series, item);
    }

    @Override
    public Shape getItemShape(int row, int column) {
        return isHollow(row, column) ? HOLLOW : super.getItemShape(row, column);
    }

    @Override
    public Paint getItemFillPaint(int row, int column) {
        return isHollow(row, column) ? Palette.WHITE : getItemPaint(row, column);
    }

    /** A series' legend point is filled, in its colour: only the marked years are hollow. */
    @Override
    public Paint lookupSeriesFillPaint(int series) {
        return lookupSeriesPaint(series);
    }
}
