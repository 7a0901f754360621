package eu.cyberstat.pipeline.metrics;

import eu.cyberstat.reference.YearRanges;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Chooses the fixed panel of each offence × indicator (pure: no Spark).
 *
 * <p>A country belongs to the panel when it has a value for every year of the window and no
 * break in series inside it. A {@code b} on the window's first year marks a break before the
 * window and does not count. Countries with a break are left out rather than cutting the EU
 * trend at their break: a panel that changes definition mid-window would compare a sum with a
 * differently defined sum, and dropping the whole EU trend for one country's break would leave
 * the report without trends. The manifest names the panel and every country left out, with
 * the reason.
 */
public final class PanelSelection {

    private PanelSelection() {
    }

    /**
     * One panel per offence × indicator present in {@code coverage} (which should hold EU27
     * countries only), ordered by offence then indicator code.
     */
    public static List<Panel> select(MetricsConfig config, List<SeriesCoverage> coverage) {
        Map<String, List<SeriesCoverage>> bySeries = coverage.stream()
                .collect(Collectors.groupingBy(c -> c.offence() + "\u0000" + c.indicator(), TreeMap::new,
                        Collectors.toList()));
        List<Panel> panels = new ArrayList<>();
        bySeries.forEach((key, countries) -> {
            List<String> members = new ArrayList<>();
            Map<String, String> excluded = new LinkedHashMap<>();
            countries.stream().sorted(Comparator.comparing(SeriesCoverage::geo)).forEach(c -> {
                String reason = exclusionReason(config, c);
                if (reason == null) {
                    members.add(c.geo());
                } else {
                    excluded.put(c.geo(), reason);
                }
            });
            panels.add(Panel.of(countries.get(0).offence(), countries.get(0).indicator(), members, excluded));
        });
        return panels;
    }

    /** Why a country's series cannot be in the panel, or null when it can. */
    static String exclusionReason(MetricsConfig config, SeriesCoverage c) {
        List<Integer> missing = config.years().stream().filter(y -> !c.yearsWithValue().contains(y)).toList();
        if (!missing.isEmpty()) {
            return "no value for " + YearRanges.format(missing);
        }
        List<Integer> breaks = c.breakYears().stream()
                .filter(y -> y > config.firstYear() && y <= config.referenceYear()).toList();
        if (!breaks.isEmpty()) {
            return "break in series in " + YearRanges.format(breaks);
        }
        return null;
    }
}
