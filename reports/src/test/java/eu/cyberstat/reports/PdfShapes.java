package eu.cyberstat.reports;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The shapes a finished PDF page paints, read from its content (charts included, as they are
 * vector graphics): every filled path that has curves, which is how a chart's point markers
 * and the map's dots are drawn, with its bounds (PDF points, origin bottom left) and colour.
 */
final class PdfShapes {

    private PdfShapes() {
    }

    /** A filled round shape: where it is and its fill colour as 0xRRGGBB. */
    record Dot(Rectangle2D bounds, int rgb) {
    }

    static List<Dot> dots(Path pdf, int pageNumber) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(pageNumber - 1);
            Engine engine = new Engine(page);
            engine.processPage(page);
            return engine.dots;
        }
    }

    private static final class Engine extends PDFGraphicsStreamEngine {
        private final List<Dot> dots = new ArrayList<>();
        private Rectangle2D bounds;
        private boolean curved;
        private Point2D current = new Point2D.Double();

        Engine(PDPage page) {
            super(page);
        }

        private void add(Point2D p) {
            if (bounds == null) {
                bounds = new Rectangle2D.Double(p.getX(), p.getY(), 0, 0);
            } else {
                bounds.add(p);
            }
            current = p;
        }

        @Override
        public void moveTo(float x, float y) {
            add(new Point2D.Float(x, y));
        }

        @Override
        public void lineTo(float x, float y) {
            add(new Point2D.Float(x, y));
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            curved = true;
            add(new Point2D.Float(x1, y1));
            add(new Point2D.Float(x2, y2));
            add(new Point2D.Float(x3, y3));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            add(p0);
            add(p1);
            add(p2);
            add(p3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            reset();
        }

        @Override
        public void strokePath() {
            reset();
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            if (curved && bounds != null) {
                dots.add(new Dot(bounds, getGraphicsState().getNonStrokingColor().toRGB()));
            }
            reset();
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            fillPath(windingRule);
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }

        private void reset() {
            bounds = null;
            curved = false;
        }
    }
}
