package eu.cyberstat.reports.chart;

import eu.cyberstat.reports.fonts.Typeface;
import eu.cyberstat.reports.style.Palette;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;

/**
 * The house style of the charts: one set of fonts and strokes, restrained grid lines. Colours
 * are the {@link Palette}'s.
 */
public final class ChartStyle {

    /** The palette's country colour, for the workbook's charts. */
    public static final Color COUNTRY = Palette.COUNTRY;

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

    /** The palette's colour of an offence group (see {@link Palette#offenceColour}). */
    public static Paint offenceColour(String code, int index) {
        return Palette.offenceColour(code, index);
    }
}
