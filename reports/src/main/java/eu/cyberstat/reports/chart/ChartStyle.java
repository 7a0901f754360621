package eu.cyberstat.reports.chart;

import eu.cyberstat.reports.fonts.Typeface;
import java.awt.BasicStroke;
import java.awt.Font;

/**
 * The house style of the charts: one set of fonts and strokes, restrained grid lines. Colours
 * are the {@link eu.cyberstat.reports.style.Palette}'s.
 */
public final class ChartStyle {

    public static final BasicStroke LINE = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final BasicStroke THICK = new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final BasicStroke DASHED = new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {3f, 2f}, 0f);
    /** A series line, dashed: the EU's line next to a country's for the same offence group. */
    public static final BasicStroke DASHED_LINE = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {4f, 2.5f}, 0f);

    private ChartStyle() {
    }

    public static Font tick() {
        return Typeface.CONDENSED.awt(7f);
    }

    public static Font label() {
        return Typeface.CONDENSED.awt(7.5f);
    }

    public static Font itemLabel() {
        return Typeface.CONDENSED.awt(6.5f);
    }

    public static Font legend() {
        return Typeface.CONDENSED.awt(7.5f);
    }

    public static Font source() {
        return Typeface.SANS_ITALIC.awt(5.8f);
    }

    public static Font title() {
        return Typeface.SANS_BOLD.awt(8.5f);
    }
}
