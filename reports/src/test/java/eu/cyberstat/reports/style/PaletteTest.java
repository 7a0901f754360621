package eu.cyberstat.reports.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The map's classes and the charts' lines are read by everyone, including the one reader in
 * twelve with a colour vision deficiency: checked in CIELAB for normal vision and for the three
 * dichromacies as simulated by Machado, Oliveira and Fernandes (2009, severity 1).
 */
class PaletteTest {

    private static final Map<String, double[][]> VISION = Map.of(
            "normal", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
            "protanopia", new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
                {-0.003882, -0.048116, 1.051998}},
            "deuteranopia", new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
                {-0.011820, 0.042940, 0.968881}},
            "tritanopia", new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
                {0.004733, 0.691367, 0.303900}});

    @Test
    void mapClassesDarkenStepByStepForEveryReader() {
        List<Color> classes = Palette.CHOROPLETH;
        assertThat(classes).hasSize(5);
        VISION.forEach((vision, m) -> {
            for (int i = 1; i < classes.size(); i++) {
                double[] lighter = lab(classes.get(i - 1), m);
                double[] darker = lab(classes.get(i), m);
                assertThat(darker[0]).as(vision + ": class " + (i + 1) + " darker than class " + i).isLessThan(lighter[0] - 8);
                assertThat(deltaE(lighter, darker)).as(vision + ": classes " + i + " and " + (i + 1) + " apart")
                        .isGreaterThan(15);
            }
        });
    }

    @Test
    void lightestClassStandsApartFromSeaLandAndNotAvailable() {
        Color lightest = Palette.CHOROPLETH.get(0);
        VISION.forEach((vision, m) -> {
            for (Color background : List.of(Palette.SEA, Palette.LAND, Palette.NO_DATA)) {
                assertThat(deltaE(lab(lightest, m), lab(background, m)))
                        .as(vision + ": lightest class against " + background).isGreaterThan(15);
            }
            for (Color c : Palette.CHOROPLETH) {
                assertThat(deltaE(lab(c, m), lab(Palette.NO_DATA, m))).as(vision + ": " + c + " against not available")
                        .isGreaterThan(15);
            }
        });
        assertThat(deltaE(lab(lightest, VISION.get("normal")), lab(Palette.SEA, VISION.get("normal"))))
                .as("a colour, not a tint of the sea").isGreaterThan(40);
    }

    /**
     * The lines of one chart (the EU total and its groups; the EU and five countries; the
     * platforms) stay apart for every reader, and each stands out on the white plot. The palette
     * this replaced drew content-related offences in red and intellectual property in green: for a
     * deuteranope 9 units apart, the same line.
     */
    @Test
    void lineColoursStayApartForEveryReader() {
        List<List<Color>> charts = List.of(List.copyOf(Palette.OFFENCE_COLOURS.values()), Palette.SERIES,
                List.of(Palette.COUNTRY, Palette.EU), List.of(Palette.EU, Palette.NEGATIVE));
        assertThat(Palette.SERIES).as("the EU and the five highest countries").hasSizeGreaterThanOrEqualTo(6)
                .doesNotHaveDuplicates();
        VISION.forEach((vision, m) -> {
            for (List<Color> lines : charts) {
                for (int i = 0; i < lines.size(); i++) {
                    assertThat(deltaE(lab(lines.get(i), m), lab(Palette.WHITE, m)))
                            .as(vision + ": " + lines.get(i) + " on white").isGreaterThan(30);
                    for (int j = i + 1; j < lines.size(); j++) {
                        assertThat(deltaE(lab(lines.get(i), m), lab(lines.get(j), m)))
                                .as(vision + ": " + lines.get(i) + " against " + lines.get(j)).isGreaterThan(15);
                    }
                }
            }
        });
    }

    /** CIELAB (D65) of a colour as a reader with the given vision sees it. */
    static double[] lab(Color c, double[][] vision) {
        double[] rgb = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
        double[] seen = new double[3];
        for (int i = 0; i < 3; i++) {
            seen[i] = Math.max(0, Math.min(1, vision[i][0] * rgb[0] + vision[i][1] * rgb[1] + vision[i][2] * rgb[2]));
        }
        double x = (0.4124 * seen[0] + 0.3576 * seen[1] + 0.1805 * seen[2]) / 0.95047;
        double y = 0.2126 * seen[0] + 0.7152 * seen[1] + 0.0722 * seen[2];
        double z = (0.0193 * seen[0] + 0.1192 * seen[1] + 0.9505 * seen[2]) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    static double deltaE(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
