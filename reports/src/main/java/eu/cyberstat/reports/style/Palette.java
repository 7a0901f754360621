package eu.cyberstat.reports.style;

import java.awt.Color;
import java.util.List;
import java.util.Map;

/**
 * Every colour of the report's pages, charts and map, defined once. Text and rules are greys
 * with enough contrast on white; the EU is the accent blue wherever it appears; lines and
 * series take a colour-blind-safe qualitative palette (Okabe–Ito); the map's classes are a
 * colour-blind-safe sequential scale whose lightest class stands apart from the sea, the land
 * outside the report and the "not available" grey.
 */
public final class Palette {

    /** Body text. */
    public static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    /** Notes, source lines, axis labels, flags. */
    public static final Color MUTED = new Color(0x59, 0x59, 0x59);
    /** Headings, table header rows, the cover; the EU aggregate in charts. */
    public static final Color ACCENT = new Color(0x0B, 0x2E, 0x6B);
    /** The cover's band and edition line. */
    public static final Color HIGHLIGHT = new Color(0xE0, 0x9B, 0x00);
    public static final Color WHITE = Color.WHITE;

    /** Chart grid lines and frames. */
    public static final Color GRID = new Color(0xD9, 0xD9, 0xD9);
    /** Table rules and the running header's and footer's lines. */
    public static final Color RULE = new Color(0xBF, 0xBF, 0xBF);
    /** Every other table row. */
    public static final Color ZEBRA = new Color(0xF3, 0xF6, 0xFA);

    /** The EU aggregate in charts. */
    public static final Color EU = ACCENT;
    /** A country in charts. */
    public static final Color COUNTRY = new Color(0x4A, 0x86, 0xC5);
    /** Falls in the year-on-year chart: the Okabe–Ito vermillion. */
    public static final Color NEGATIVE = new Color(0xD5, 0x5E, 0x00);

    /**
     * The qualitative colours of lines and series: Okabe and Ito's palette ("Color universal
     * design", 2008), whose colours stay apart for readers with any of the three dichromacies,
     * without its yellow (too light for a line on white) and black (the EU's navy stands for it).
     */
    private static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    private static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
    private static final Color BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
    private static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    private static final Color VERMILLION = NEGATIVE;
    private static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);

    /** One colour per offence group, the same in every chart and every language. */
    public static final Map<String, Color> OFFENCE_COLOURS = Map.of(
            "CYB", EU,
            "CIA", SKY_BLUE,
            "COMP", ORANGE,
            "CONT", REDDISH_PURPLE,
            "IP", BLUISH_GREEN,
            "OTHER", VERMILLION);

    /** Colours for series that are not offences (the EU, then countries or platforms), in order. */
    public static final List<Color> SERIES = List.of(EU, ORANGE, SKY_BLUE, BLUISH_GREEN, BLUE, VERMILLION, REDDISH_PURPLE);

    /** Coverage grid: every category reported, some, none. */
    public static final Color COVERAGE_COMPLETE = new Color(0xD6, 0xE6, 0xF5);
    public static final Color COVERAGE_PARTIAL = new Color(0xFB, 0xE3, 0xB8);
    public static final Color COVERAGE_NONE = new Color(0xE3, 0xE3, 0xE3);

    /** The map's background. */
    public static final Color SEA = new Color(0xF2, 0xF6, 0xFA);
    /** Land outside the report. */
    public static final Color LAND = new Color(0xE4, 0xE4, 0xE4);
    /** A country of the report without a figure. */
    public static final Color NO_DATA = new Color(0xB4, 0xB4, 0xB4);
    public static final Color BORDER = Color.WHITE;
    /** The map legend's box: white, letting a trace of the map through. */
    public static final Color LEGEND_BOX = new Color(255, 255, 255, 235);

    /**
     * The map's shading classes, lowest to highest: viridis (matplotlib's perceptually uniform,
     * colour-blind-safe scale) at five even steps, from its yellow end, so that lightness falls
     * steadily with the value and even the lowest class is a clear colour, never a near-white
     * that could pass for the sea.
     */
    public static final List<Color> CHOROPLETH = List.of(new Color(0xFD, 0xE7, 0x25), new Color(0x5E, 0xC9, 0x62),
            new Color(0x21, 0x91, 0x8C), new Color(0x3B, 0x52, 0x8B), new Color(0x44, 0x01, 0x54));

    private Palette() {
    }

    /** The colour of an offence group, or of the {@code index}-th series for anything else. */
    public static Color offenceColour(String code, int index) {
        Color c = OFFENCE_COLOURS.get(code);
        return c != null ? c : SERIES.get(index % SERIES.size());
    }
}
