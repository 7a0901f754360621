package eu.cyberstat.reports.view;

import eu.cyberstat.figure.Figure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The published figures of one indicator, looked up by geo, offence and year. It only selects
 * figures the metrics job computed; it never derives one.
 */
public final class FigureIndex {

    private final String indicator;
    private final Map<FigureKey, Figure> byKey = new HashMap<>();
    private final Set<String> geos = new LinkedHashSet<>();

    public FigureIndex(Collection<Figure> figures, String indicator) {
        this.indicator = indicator;
        for (Figure f : figures) {
            if (f.indicator().equals(indicator)) {
                byKey.put(new FigureKey(f.geo(), f.offence(), f.indicator(), f.year()), f);
                geos.add(f.geo());
            }
        }
    }

    public String indicator() {
        return indicator;
    }

    public Optional<Figure> find(String geo, String offence, int year) {
        return Optional.ofNullable(byKey.get(new FigureKey(geo, offence, indicator, year)));
    }

    /** The figures of one geo and offence for {@code years}, a null where there is none. */
    public List<Figure> series(String geo, String offence, List<Integer> years) {
        List<Figure> out = new ArrayList<>(years.size());
        for (int y : years) {
            out.add(byKey.get(new FigureKey(geo, offence, indicator, y)));
        }
        return out;
    }

    /** The {@code count} years up to and including {@code last} (the report's trend window). */
    public static List<Integer> window(int last, int count) {
        List<Integer> out = new ArrayList<>(count);
        for (int y = last - count + 1; y <= last; y++) {
            out.add(y);
        }
        return out;
    }

    public boolean has(String geo) {
        return geos.contains(geo);
    }
}
