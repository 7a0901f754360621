package eu.cyberstat.reports.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The typefaces every output uses, shipped with cyberstat (DejaVu, see fonts/SOURCE.md) so
 * that layout and glyph coverage do not depend on the fonts of the machine. Charts measure and
 * draw with the AWT fonts; the PDF embeds the same files.
 */
public enum Typeface {
    SANS("DejaVuSans.ttf"),
    SANS_BOLD("DejaVuSans-Bold.ttf"),
    SANS_ITALIC("DejaVuSans-Oblique.ttf"),
    CONDENSED("DejaVuSansCondensed.ttf"),
    CONDENSED_BOLD("DejaVuSansCondensed-Bold.ttf");

    private final String file;
    private volatile byte[] bytes;
    private volatile Font awt;

    Typeface(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** The font file's bytes (read once). */
    public byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            try (InputStream in = Typeface.class.getResourceAsStream("/eu/cyberstat/reports/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the build: " + file);
                }
                b = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read font " + file, e);
            }
            bytes = b;
        }
        return b;
    }

    /** The AWT font at {@code size} points. */
    public Font awt(float size) {
        Font f = awt;
        if (f == null) {
            try {
                f = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes()));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("Cannot load font " + file, e);
            }
            awt = f;
        }
        return f.deriveFont(size);
    }

    /** Which typeface an AWT font drawn by a chart is, by its face name (DejaVu Sans Bold ...). */
    public static Typeface of(Font font) {
        String name = font.getFontName(java.util.Locale.ROOT);
        for (Typeface t : values()) {
            if (t.awt(1f).getFontName(java.util.Locale.ROOT).equals(name)) {
                return t;
            }
        }
        boolean condensed = name.contains("Condensed");
        if (font.isBold()) {
            return condensed ? CONDENSED_BOLD : SANS_BOLD;
        }
        return condensed ? CONDENSED : (font.isItalic() ? SANS_ITALIC : SANS);
    }
}
