package eu.cyberstat.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Years written for people: consecutive years as ranges ("2013–2015, 2018"). */
public final class YearRanges {

    private YearRanges() {
    }

    public static String format(Collection<Integer> years) {
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer previous = null;
        for (int y : new TreeSet<>(years)) {
            if (start == null) {
                start = y;
            } else if (y != previous + 1) {
                parts.add(range(start, previous));
                start = y;
            }
            previous = y;
        }
        if (start != null) {
            parts.add(range(start, previous));
        }
        return String.join(", ", parts);
    }

    private static String range(int from, int to) {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }
}
