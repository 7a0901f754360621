package eu.cyberstat.reports.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import eu.cyberstat.reports.fonts.Typeface;
import eu.cyberstat.reports.style.Palette;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * The embedded fonts of one PDF document, and the mapper that lets charts drawn through
 * {@code PdfGraphics2D} use the same files. Fonts are embedded as subsets with Identity-H
 * encoding (every EU language's letters). A document gets its own font objects: their subset
 * tags come from a random source seeded by the font's name rather than OpenPDF's SecureRandom,
 * so that the same document is the same bytes every time.
 */
public final class PdfFonts implements FontMapper {

    private final Map<Typeface, BaseFont> fonts = new EnumMap<>(Typeface.class);

    public BaseFont base(Typeface t) {
        return fonts.computeIfAbsent(t, PdfFonts::create);
    }

    private static BaseFont create(Typeface t) {
        try {
            BaseFont f = BaseFont.createFont(t.file(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, t.bytes(), null);
            f.setSecureRandom(new SeededRandom(t.file().hashCode()));
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot embed font " + t.file(), e);
        }
    }

    public Font font(Typeface t, float size) {
        return new Font(base(t), size, Font.NORMAL, Palette.INK);
    }

    public Font font(Typeface t, float size, Color colour) {
        return new Font(base(t), size, Font.NORMAL, colour);
    }

    @Override
    public BaseFont awtToPdf(java.awt.Font font) {
        return base(Typeface.of(font));
    }

    @Override
    public java.awt.Font pdfToAwt(BaseFont font, int size) {
        for (Map.Entry<Typeface, BaseFont> e : fonts.entrySet()) {
            if (e.getValue() == font) {
                return e.getKey().awt(size);
            }
        }
        return Typeface.SANS.awt(size);
    }

    /** A "secure" random that is not: deterministic subset tags are all it is used for. */
    private static final class SeededRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final transient Random random;

        SeededRandom(long seed) {
            this.random = new Random(seed);
        }

        @Override
        public double nextDouble() {
            return random.nextDouble();
        }

        @Override
        public int nextInt() {
            return random.nextInt();
        }

        @Override
        public int nextInt(int bound) {
            return random.nextInt(bound);
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (random != null) {
                random.nextBytes(bytes);
            }
        }
    }
}
