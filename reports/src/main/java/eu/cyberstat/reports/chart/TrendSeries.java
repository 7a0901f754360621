package eu.cyberstat.reports.chart;

import eu.cyberstat.figure.Figure;
import java.util.List;
import java.util.function.Function;
import org.jfree.data.xy.XYSeries;

/**
 * A figure's values over the years as a chart series that never draws a line where the
 * statistics do not allow one: a missing or confidential year leaves a gap, and a break in
 * series ({@code b} on a year) separates it from the year before by an empty point half a year
 * earlier, so the renderer lifts the pen there.
 */
final class TrendSeries {

    private TrendSeries() {
    }

    static XYSeries of(Comparable<?> key, List<Integer> years, List<Figure> figures, Function<Figure, Number> value) {
        return of(key, years, figures, value, true);
    }

    /**
     * As above; {@code splitAtBreaks} false for series the metrics job already computed across
     * the break only where that is valid (the EU index, on its panel): their gaps are its nulls.
     */
    static XYSeries of(Comparable<?> key, List<Integer> years, List<Figure> figures, Function<Figure, Number> value,
                       boolean splitAtBreaks) {
        XYSeries s = new XYSeries(key, true, false);
        for (int i = 0; i < years.size(); i++) {
            Figure f = figures.get(i);
            int year = years.get(i);
            if (splitAtBreaks && f != null && eu.cyberstat.reports.view.Shown.isBreak(f) && i > 0) {
                s.add(year - 0.5, null);
            }
            Number v = f == null ? null : value.apply(f);
            s.add(year, v);
        }
        return s;
    }

    /** The years at which a figure starts a new series (its {@code b} years after the first). */
    static List<Integer> breakYears(List<Integer> years, List<Figure> figures) {
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
        for (int i = 1; i < years.size(); i++) {
            if (eu.cyberstat.reports.view.Shown.isBreak(figures.get(i))) {
                out.add(years.get(i));
            }
        }
        return out;
    }
}
