package eu.cyberstat.reports.map;

import eu.cyberstat.reports.style.Palette;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Shading classes of a choropleth map: up to five classes with (about) the same number of
 * countries each, so that one outlier does not leave the rest of Europe in one colour. The class
 * limits are the observed values at the quantiles, so every class boundary is a real figure.
 */
public record ChoroplethClasses(List<Double> lower, List<Double> upper, List<Color> colours) {

    public static ChoroplethClasses of(Collection<Double> values) {
        List<Double> sorted = new ArrayList<>(values.stream().filter(v -> v != null && !v.isNaN()).sorted().toList());
        int n = sorted.size();
        int classes = (int) Math.min(5, sorted.stream().distinct().count());
        List<Double> lower = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        int start = 0;
        for (int c = 0; c < classes && start < n; c++) {
            int end = (int) Math.round((double) n * (c + 1) / classes) - 1;
            end = Math.max(end, start);
            // Equal values stay in one class.
            while (end + 1 < n && sorted.get(end + 1).equals(sorted.get(end))) {
                end++;
            }
            lower.add(sorted.get(start));
            upper.add(sorted.get(end));
            start = end + 1;
        }
        int k = lower.size();
        for (int c = 0; c < k; c++) {
            colours.add(Palette.CHOROPLETH.get(k == 1 ? 2 : (int) Math.round(c * 4.0 / (k - 1))));
        }
        return new ChoroplethClasses(lower, upper, colours);
    }

    public Color colourOf(double value) {
        for (int c = 0; c < upper.size(); c++) {
            if (value <= upper.get(c)) {
                return colours.get(c);
            }
        }
        return colours.isEmpty() ? Palette.NO_DATA : colours.get(colours.size() - 1);
    }

    public int size() {
        return lower.size();
    }
}
