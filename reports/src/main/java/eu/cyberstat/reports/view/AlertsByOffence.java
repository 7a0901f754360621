package eu.cyberstat.reports.view;

import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.OffenceClassification;
import eu.cyberstat.reports.model.AlertFigure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The alerts of a year split by offence without counting any alert twice. The alert figures
 * count an alert under its offence, that offence's group and "all"; a chart that showed groups
 * next to their offences would show most alerts twice. So: one bar per offence, plus, for each
 * group (and for the total), the alerts a platform could only place at that level.
 */
public final class AlertsByOffence {

    /**
     * @param offence     the offence code
     * @param unspecified true for the alerts placed at the group (or total) level only
     * @param alerts      number of alerts
     */
    public record Bar(String offence, boolean unspecified, double alerts) {
    }

    private AlertsByOffence() {
    }

    /** The bars of {@code year}, all platforms, largest first (ties by offence code). */
    public static List<Bar> of(List<AlertFigure> figures, int year, OffenceClassification offences) {
        Map<String, Double> volume = new HashMap<>();
        for (AlertFigure a : figures) {
            if (a.isVolume() && a.year() == year && a.isWholeYear() && a.isAllPlatforms() && a.isAllCountries()) {
                volume.put(a.isAllOffences() ? offences.total().code() : a.offence(), a.value());
            }
        }
        List<Bar> bars = new ArrayList<>();
        volume.forEach((code, alerts) -> {
            Offence o = offences.find(code).orElse(null);
            if (o == null || o.isLeaf()) {
                bars.add(new Bar(code, false, alerts));
                return;
            }
            double placedBelow = offences.children(code).stream().mapToDouble(c -> volume.getOrDefault(c.code(), 0.0)).sum();
            if (alerts > placedBelow) {
                bars.add(new Bar(code, true, alerts - placedBelow));
            }
        });
        bars.sort(Comparator.comparingDouble(Bar::alerts).reversed().thenComparing(Bar::offence));
        return bars;
    }
}
