package eu.cyberstat.reports.chart;

import eu.cyberstat.reports.fonts.Typeface;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.Map;

/** The house style of the charts: one palette, one set of fonts, restrained grid lines. */
public final class ChartStyle {

    public static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    public static final Color MUTED = new Color(0x59, 0x59, 0x59);
    public static final Color GRID = new Color(0xD9, 0xD9, 0xD9);
    public static final Color EU = new Color(0x0B, 0x2E, 0x6B);
    public static final Color COUNTRY = new Color(0x4A, 0x86, 0xC5);
    public static final Color HIGHLIGHT = new Color(0xE0, 0x9B, 0x00);
    public static final Color NEGATIVE = new Color(0xB8, 0x45, 0x3A);

    /** One colour per offence group, the same in every chart and every language. */
    public static final Map<String, Color> OFFENCE_COLOURS = Map.of(
            "CYB", EU,
            "CIA", new Color(0x2E, 0x75, 0xB6),
            "COMP", new Color(0xE0, 0x9B, 0x00),
            "CONT", new Color(0xB8, 0x45, 0x3A),
            "IP", new Color(0x5B, 0x9B, 0x3A),
            "OTHER", new Color(0x8C, 0x8C, 0x8C));

    /** Colours for series that are not offences (countries, platforms), in order. */
    public static final Color[] SERIES = {EU, new Color(0x2E, 0x75, 0xB6), new Color(0xE0, 0x9B, 0x00),
        new Color(0xB8, 0x45, 0x3A), new Color(0x5B, 0x9B, 0x3A), new Color(0x7A, 0x4E, 0x9E),
        new Color(0x8C, 0x8C, 0x8C), new Color(0x3F, 0xA8, 0xA8)};

    public static final BasicStroke LINE = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final BasicStroke THICK = new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final BasicStroke DASHED = new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {3f, 2f}, 0f);

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

    public static Paint offenceColour(String code, int index) {
        Color c = OFFENCE_COLOURS.get(code);
        return c != null ? c : SERIES[index % SERIES.length];
    }
}
