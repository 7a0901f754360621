package eu.cyberstat.reports.map;

import eu.cyberstat.reports.chart.ChartStyle;
import eu.cyberstat.reports.fonts.Typeface;
import eu.cyberstat.reports.style.Palette;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * A map of Europe shaded by a figure per country, drawn with plain Java2D so that it goes into
 * the PDF as vector paths: country outlines from {@link CountryShapes}, a legend of the
 * shading classes, a "not available" swatch and the source line. Countries too small to see
 * (Malta, Liechtenstein, Luxembourg) get a dot in their colour.
 */
public final class EuropeMap {

    /** The frame of Eurostat's maps of Europe in LAEA kilometres (west, south, east, north). */
    static final Rectangle2D FRAME = new Rectangle2D.Double(-1830, -1870, 5000, 4160);


    /** What the map shows and how to word its legend. */
    public record Content(Map<String, Double> valueByGeo, List<String> inScope, String legendTitle,
                          String noDataLabel, String outsideLabel, String sourceLine,
                          DoubleFunction<String> format) {
    }

    private EuropeMap() {
    }

    /** Room under the map for its source line, in points (two lines of small print). */
    private static final double SOURCE_HEIGHT = 20;

    /** The height of the map drawing (map plus source line) for a given width. */
    public static double height(double width) {
        return width * FRAME.getHeight() / FRAME.getWidth() + SOURCE_HEIGHT;
    }

    public static void draw(Graphics2D g, Rectangle2D area, Content content) {
        CountryShapes shapes = CountryShapes.shipped();
        ChoroplethClasses classes = ChoroplethClasses.of(content.valueByGeo().values());
        Rectangle2D mapArea = new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(),
                area.getHeight() - SOURCE_HEIGHT);
        double scale = Math.min(mapArea.getWidth() / FRAME.getWidth(), mapArea.getHeight() / FRAME.getHeight());
        AffineTransform toDevice = new AffineTransform();
        toDevice.translate(mapArea.getX(), mapArea.getY());
        toDevice.scale(scale, -scale);
        toDevice.translate(-FRAME.getMinX(), -FRAME.getMaxY());

        Shape oldClip = g.getClip();
        g.setColor(Palette.SEA);
        g.fill(mapArea);
        g.clip(mapArea);
        g.setStroke(new BasicStroke(0.35f));
        for (Path2D.Double p : shapes.background()) {
            Shape s = toDevice.createTransformedShape(p);
            g.setColor(Palette.LAND);
            g.fill(s);
            g.setColor(Palette.BORDER);
            g.draw(s);
        }
        for (Map.Entry<String, Path2D.Double> e : shapes.outlines().entrySet()) {
            Shape s = toDevice.createTransformedShape(e.getValue());
            g.setColor(fill(e.getKey(), content, classes));
            g.fill(s);
            g.setColor(Palette.BORDER);
            g.draw(s);
        }
        // Small countries get a dot so that their colour can be seen.
        for (String geo : content.inScope()) {
            Path2D.Double outline = shapes.outline(geo);
            if (outline == null) {
                continue;
            }
            Rectangle2D b = toDevice.createTransformedShape(outline).getBounds2D();
            if (b.getWidth() < 6 && b.getHeight() < 6) {
                Ellipse2D dot = new Ellipse2D.Double(b.getCenterX() - 3.2, b.getCenterY() - 3.2, 6.4, 6.4);
                g.setColor(fill(geo, content, classes));
                g.fill(dot);
                g.setColor(Palette.MUTED);
                g.setStroke(new BasicStroke(0.5f));
                g.draw(dot);
            }
        }
        g.setClip(oldClip);
        g.setColor(Palette.GRID);
        g.setStroke(new BasicStroke(0.5f));
        g.draw(mapArea);
        drawLegend(g, mapArea, content, classes);
        g.setFont(ChartStyle.source());
        g.setColor(Palette.MUTED);
        FontMetrics fm = g.getFontMetrics();
        float y = (float) (mapArea.getMaxY() + fm.getAscent() + 3);
        for (String line : wrap(content.sourceLine(), fm, area.getWidth())) {
            g.drawString(line, (float) area.getX(), y);
            y += fm.getHeight();
        }
    }

    /** Splits text into lines no wider than {@code width} at spaces. */
    static java.util.List<String> wrap(String text, FontMetrics fm, double width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fm.stringWidth(candidate) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static Color fill(String geo, Content content, ChoroplethClasses classes) {
        Double v = content.valueByGeo().get(geo);
        if (v != null) {
            return classes.colourOf(v);
        }
        return content.inScope().contains(geo) ? Palette.NO_DATA : Palette.LAND;
    }

    private static void drawLegend(Graphics2D g, Rectangle2D map, Content content, ChoroplethClasses classes) {
        var title = Typeface.SANS_BOLD.awt(7f);
        var item = Typeface.CONDENSED.awt(7f);
        double rowH = 11;
        int rows = classes.size() + 2;
        double boxW = 118;
        double boxH = 16 + rows * rowH;
        // Top right, over north-west Russia: no country of the report lies there.
        double x = map.getMaxX() - boxW - 4;
        double y = map.getY() + 10;
        g.setColor(Palette.LEGEND_BOX);
        g.fill(new Rectangle2D.Double(x - 4, y - 4, boxW, boxH));
        g.setColor(Palette.GRID);
        g.setStroke(new BasicStroke(0.4f));
        g.draw(new Rectangle2D.Double(x - 4, y - 4, boxW, boxH));
        g.setFont(title);
        g.setColor(Palette.INK);
        g.drawString(content.legendTitle(), (float) x, (float) (y + 7));
        double rowY = y + 14;
        g.setFont(item);
        for (int c = 0; c < classes.size(); c++) {
            swatch(g, x, rowY, classes.colours().get(c));
            String text = content.format().apply(classes.lower().get(c)) + " – " + content.format().apply(classes.upper().get(c));
            g.setColor(Palette.INK);
            g.drawString(text, (float) (x + 16), (float) (rowY + 7));
            rowY += rowH;
        }
        swatch(g, x, rowY, Palette.NO_DATA);
        g.setColor(Palette.INK);
        g.drawString(content.noDataLabel(), (float) (x + 16), (float) (rowY + 7));
        rowY += rowH;
        swatch(g, x, rowY, Palette.LAND);
        g.setColor(Palette.INK);
        g.drawString(content.outsideLabel(), (float) (x + 16), (float) (rowY + 7));
    }

    private static void swatch(Graphics2D g, double x, double y, Color c) {
        Rectangle2D r = new Rectangle2D.Double(x, y, 12, 8);
        g.setColor(c);
        g.fill(r);
        g.setColor(Palette.MUTED);
        g.setStroke(new BasicStroke(0.3f));
        g.draw(r);
    }
}
