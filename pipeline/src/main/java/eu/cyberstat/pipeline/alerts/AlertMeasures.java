package eu.cyberstat.pipeline.alerts;

import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.OffenceClassification;
import eu.cyberstat.reports.model.AlertFigure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The alert measures that are sums and ratios of counts (VOLUME, YOY_PCT, SHARE_FORWARDED_LE,
 * HOSTING_RANK), computed from counts per year × month × platform × offence × hosting country.
 * Pure Java: the Spark job only produces those counts (a few thousand rows whatever the input's
 * size). Formulas in docs/alerts.md.
 */
public final class AlertMeasures {

    public static final String VOLUME = AlertFigure.VOLUME;
    public static final String YOY_PCT = AlertFigure.YOY_PCT;
    public static final String SHARE_FORWARDED_LE = AlertFigure.SHARE_FORWARDED_LE;
    public static final String MEDIAN_HANDLING_HOURS = AlertFigure.MEDIAN_HANDLING_HOURS;
    public static final String P90_HANDLING_HOURS = AlertFigure.P90_HANDLING_HOURS;
    public static final String DUPLICATE_RATE = AlertFigure.DUPLICATE_RATE;
    public static final String HOSTING_RANK = AlertFigure.HOSTING_RANK;

    /** Hosting country of alerts whose hosting country the platform did not know. */
    public static final String UNKNOWN_COUNTRY = "UNK";
    /** How many hosting countries HOSTING_RANK ranks. */
    public static final int TOP_HOSTING = 10;

    /** Alerts received in one year-month on one platform for one offence and hosting country (UNK = unknown). */
    public record Count(int year, int month, String platform, String offence, String hostingCountry, long alerts,
                        long forwardedLe) {
    }

    private record Key(int month, String platform, String offence, String hostingCountry) {
    }

    private record Sums(long alerts, long forwardedLe) {
    }

    private AlertMeasures() {
    }

    /** VOLUME, YOY_PCT, SHARE_FORWARDED_LE and HOSTING_RANK of {@code year} (counts of year − 1 give YOY). */
    public static List<AlertFigure> of(List<Count> counts, int year, OffenceClassification offences) {
        Map<Key, Sums> current = sums(counts, year, offences);
        Map<Key, Sums> previous = sums(counts, year - 1, offences);
        List<AlertFigure> figures = new ArrayList<>();
        current.forEach((k, s) -> {
            figures.add(figure(VOLUME, year, k, s.alerts()));
            figures.add(figure(SHARE_FORWARDED_LE, year, k, 100.0 * s.forwardedLe() / s.alerts()));
            Sums before = previous.get(k);
            if (before != null && before.alerts() > 0) {
                figures.add(figure(YOY_PCT, year, k, 100.0 * (s.alerts() - before.alerts()) / before.alerts()));
            }
        });
        figures.addAll(hostingRanks(current, year));
        return figures;
    }

    /** Sums over every breakdown that is published; "" = all, month 0 = the whole year. */
    private static Map<Key, Sums> sums(List<Count> counts, int year, OffenceClassification offences) {
        Map<Key, Sums> sums = new HashMap<>();
        for (Count c : counts) {
            if (c.year() != year || c.alerts() == 0) {
                continue;
            }
            for (String platform : new String[] {c.platform(), ""}) {
                for (int month : new int[] {c.month(), 0}) {
                    for (String offence : offenceLevels(c.offence(), offences)) {
                        sums.merge(new Key(month, platform, offence, ""), new Sums(c.alerts(), c.forwardedLe()),
                                (a, b) -> new Sums(a.alerts() + b.alerts(), a.forwardedLe() + b.forwardedLe()));
                    }
                }
                sums.merge(new Key(0, platform, "", c.hostingCountry()), new Sums(c.alerts(), c.forwardedLe()),
                        (a, b) -> new Sums(a.alerts() + b.alerts(), a.forwardedLe() + b.forwardedLe()));
            }
        }
        return sums;
    }

    /**
     * The offence values an alert counts under: its own code, each ancestor below the total,
     * and "" (all offences).
     */
    static List<String> offenceLevels(String code, OffenceClassification offences) {
        List<String> levels = new ArrayList<>();
        levels.add("");
        Offence o = offences.find(code).orElse(null);
        while (o != null && !o.isTotal()) {
            levels.add(o.code());
            o = o.parentCode().flatMap(offences::find).orElse(null);
        }
        return levels;
    }

    private static List<AlertFigure> hostingRanks(Map<Key, Sums> current, int year) {
        Map<String, List<Map.Entry<Key, Sums>>> byPlatform = new TreeMap<>();
        current.entrySet().stream()
                .filter(e -> !e.getKey().hostingCountry().isEmpty() && !e.getKey().hostingCountry().equals(UNKNOWN_COUNTRY))
                .forEach(e -> byPlatform.computeIfAbsent(e.getKey().platform(), p -> new ArrayList<>()).add(e));
        List<AlertFigure> figures = new ArrayList<>();
        byPlatform.forEach((platform, entries) -> {
            entries.sort(Comparator.<Map.Entry<Key, Sums>>comparingLong(e -> -e.getValue().alerts())
                    .thenComparing(e -> e.getKey().hostingCountry()));
            for (int i = 0; i < Math.min(TOP_HOSTING, entries.size()); i++) {
                figures.add(figure(HOSTING_RANK, year, entries.get(i).getKey(), i + 1));
            }
        });
        return figures;
    }

    private static AlertFigure figure(String measure, int year, Key k, double value) {
        return new AlertFigure(measure, year, k.month(), k.platform(), k.offence(), k.hostingCountry(), value);
    }

    /** The order of alerts-YYYY.csv: measure, platform, offence, hosting country, month. */
    public static final Comparator<AlertFigure> ORDER = Comparator.comparing(AlertFigure::measure)
            .thenComparing(AlertFigure::platform).thenComparing(AlertFigure::offence)
            .thenComparing(AlertFigure::hostingCountry).thenComparingInt(AlertFigure::month)
            .thenComparingInt(AlertFigure::year);
}
