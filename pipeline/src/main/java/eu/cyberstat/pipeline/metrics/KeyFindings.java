package eu.cyberstat.pipeline.metrics;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.reference.Countries;
import eu.cyberstat.reference.Flags;
import eu.cyberstat.reference.Indicator;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.reports.model.KeyFinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The statements the annual report leads with, derived from the published figures of the
 * reference year and the core indicator (offences recorded by the police). Pure: no Spark.
 *
 * <p>In rank order:
 * <ol>
 *   <li>{@code EU_TOTAL_TREND}: the EU total of all cybercrime, its change and trend;</li>
 *   <li>{@code EU_LARGEST_INCREASE}: up to {@value #MAX_INCREASES} offences (groups or offences)
 *       with the largest EU year-on-year rise in %, largest first;</li>
 *   <li>{@code EU_LARGEST_DECREASE}: up to {@value #MAX_DECREASES} with the largest fall;</li>
 *   <li>{@code COUNTRY_STEEPEST_RISE}: up to {@value #MAX_COUNTRIES} Member States with the
 *       largest year-on-year rise in % of all cybercrime;</li>
 *   <li>{@code COVERAGE_CAVEAT}: when the EU total does not cover every Member State or the
 *       whole EU population;</li>
 *   <li>{@code COUNTRY_SERIES_BREAK}: each Member State whose total carries a break in series
 *       in the reference year (its figure is not comparable with the year before).</li>
 * </ol>
 * The three ranked kinds carry their {@code place} in their ranking (1 = the largest: only a
 * finding in place 1 may be worded as "the most"), {@code tied} (1 when another change is
 * equal) and {@code compared} (how many changes were compared).
 *
 * <p>Changes from fewer than {@value MetricsConfig#LOW_RELIABILITY_EVENTS} events in the previous
 * year are not findings: a rise from 3 to 9 is +200 % and means nothing. Ties are broken by
 * code, so the list is the same on every run.
 */
public final class KeyFindings {

    static final int MAX_INCREASES = 3;
    static final int MAX_DECREASES = 2;
    static final int MAX_COUNTRIES = 3;

    private final ReferenceData reference;
    private final MetricsConfig config;

    public KeyFindings(ReferenceData reference, MetricsConfig config) {
        this.reference = reference;
        this.config = config;
    }

    public List<KeyFinding> derive(List<Figure> figures) {
        String total = reference.offences().total().code();
        int year = config.referenceYear();
        Set<String> eu27 = reference.countries().eu27().stream().map(c -> c.geo()).collect(Collectors.toSet());
        List<Figure> core = figures.stream()
                .filter(p -> p.year() == year && p.indicator().equals(Indicator.RECORDED))
                .toList();
        Figure euTotal = core.stream()
                .filter(p -> isEu(p) && p.offence().equals(total)).findFirst().orElse(null);

        List<Draft> drafts = new ArrayList<>();
        if (euTotal != null && euTotal.value() != null) {
            drafts.add(new Draft(KeyFinding.EU_TOTAL_TREND, Countries.EU27_2020, total, euTotalFigures(euTotal)));
        }
        List<Figure> euChanges = core.stream()
                .filter(p -> isEu(p) && !p.offence().equals(total) && reliableChange(panelPrevious(p)))
                .toList();
        List<Figure> rises = euChanges.stream().filter(p -> p.yoyPct() > 0)
                .sorted(Comparator.comparing((Figure p) -> -p.yoyPct())
                        .thenComparing(p -> p.offence()))
                .toList();
        for (int i = 0; i < Math.min(MAX_INCREASES, rises.size()); i++) {
            Figure p = rises.get(i);
            drafts.add(new Draft(KeyFinding.EU_LARGEST_INCREASE, Countries.EU27_2020, p.offence(),
                    placed(euChangeFigures(p), rises, i, euChanges.size())));
        }
        List<Figure> falls = euChanges.stream().filter(p -> p.yoyPct() < 0)
                .sorted(Comparator.comparing((Figure p) -> p.yoyPct())
                        .thenComparing(p -> p.offence()))
                .toList();
        for (int i = 0; i < Math.min(MAX_DECREASES, falls.size()); i++) {
            Figure p = falls.get(i);
            drafts.add(new Draft(KeyFinding.EU_LARGEST_DECREASE, Countries.EU27_2020, p.offence(),
                    placed(euChangeFigures(p), falls, i, euChanges.size())));
        }
        List<Figure> countryChanges = core.stream()
                .filter(p -> eu27.contains(p.geo()) && p.offence().equals(total)
                        && p.yoyPct() != null && reliableChange(countryPrevious(p)))
                .toList();
        List<Figure> countryRises = countryChanges.stream().filter(p -> p.yoyPct() > 0)
                .sorted(Comparator.comparing((Figure p) -> -p.yoyPct())
                        .thenComparing(p -> p.geo()))
                .toList();
        for (int i = 0; i < Math.min(MAX_COUNTRIES, countryRises.size()); i++) {
            Figure p = countryRises.get(i);
            drafts.add(new Draft(KeyFinding.COUNTRY_STEEPEST_RISE, p.geo(), total,
                    placed(countryRiseFigures(p), countryRises, i, countryChanges.size())));
        }
        coverageCaveat(euTotal, total).ifPresent(drafts::add);
        core.stream()
                .filter(p -> eu27.contains(p.geo()) && p.offence().equals(total)
                        && Flags.has(p.flags(), Flags.BREAK))
                .sorted(Comparator.comparing(p -> p.geo()))
                .forEach(p -> drafts.add(new Draft(KeyFinding.COUNTRY_SERIES_BREAK, p.geo(), total,
                        figures("year", (double) year))));

        List<KeyFinding> findings = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            findings.add(new KeyFinding(i + 1, d.kind(), d.geo(), d.offence(), Indicator.RECORDED, year, d.figures()));
        }
        return findings;
    }

    private record Draft(String kind, String geo, String offence, Map<String, Double> figures) {
    }

    private Map<String, Double> euTotalFigures(Figure p) {
        Figure f = p;
        Map<String, Double> m = new LinkedHashMap<>();
        put(m, "value", f.value());
        put(m, "ratePer100k", f.ratePer100k());
        put(m, "yoyAbs", f.yoyAbs());
        put(m, "yoyPct", f.yoyPct());
        put(m, "cagr5y", f.cagr5y());
        put(m, "index", f.index());
        put(m, "baseYear", (long) config.baseYear());
        put(m, "panelValue", p.panelValue());
        put(m, "panelCountries", p.panelCountries() == null ? null : p.panelCountries().longValue());
        put(m, "countries", f.countriesCovered() == null ? null : f.countriesCovered().longValue());
        put(m, "populationPct", f.populationCoveredPct());
        return m;
    }

    private static Map<String, Double> euChangeFigures(Figure p) {
        Figure f = p;
        Map<String, Double> m = new LinkedHashMap<>();
        put(m, "yoyPct", f.yoyPct());
        put(m, "yoyAbs", f.yoyAbs());
        put(m, "panelValue", p.panelValue());
        put(m, "panelPrevious", panelPrevious(p));
        put(m, "panelCountries", p.panelCountries() == null ? null : p.panelCountries().longValue());
        put(m, "value", f.value());
        put(m, "countries", f.countriesCovered() == null ? null : f.countriesCovered().longValue());
        return m;
    }

    private static Map<String, Double> countryRiseFigures(Figure f) {
        Map<String, Double> m = new LinkedHashMap<>();
        put(m, "value", f.value());
        put(m, "previous", countryPrevious(f));
        put(m, "yoyAbs", f.yoyAbs());
        put(m, "yoyPct", f.yoyPct());
        put(m, "ratePer100k", f.ratePer100k());
        put(m, "rank", f.rank() == null ? null : f.rank().longValue());
        return m;
    }

    /**
     * Adds where the {@code i}-th of {@code ranked} (ordered, the largest change first) stands:
     * {@code place} 1 for the largest, equal changes sharing a place ({@code tied} 1 then), and
     * {@code compared}, how many changes were compared. Only place 1 may be worded as "the most".
     */
    private static Map<String, Double> placed(Map<String, Double> m, List<Figure> ranked, int i, int compared) {
        double change = ranked.get(i).yoyPct();
        int place = 1;
        boolean tied = false;
        for (int k = 0; k < ranked.size(); k++) {
            double other = ranked.get(k).yoyPct();
            if (Math.abs(other) > Math.abs(change)) {
                place++;
            } else if (k != i && other == change) {
                tied = true;
            }
        }
        m.put("place", (double) place);
        m.put("tied", tied ? 1.0 : 0.0);
        m.put("compared", (double) compared);
        return m;
    }

    private Optional<Draft> coverageCaveat(Figure euTotal, String total) {
        int members = reference.countries().eu27().size();
        Integer countries = euTotal == null ? Integer.valueOf(0) : euTotal.countriesCovered();
        Double populationPct = euTotal == null ? null : euTotal.populationCoveredPct();
        boolean partial = countries == null || countries < members || populationPct == null || populationPct < 100.0;
        if (!partial) {
            return Optional.empty();
        }
        Map<String, Double> m = new LinkedHashMap<>();
        put(m, "countries", countries == null ? null : countries.longValue());
        put(m, "memberStates", (long) members);
        put(m, "populationPct", populationPct);
        put(m, "panelCountries", euTotal == null || euTotal.panelCountries() == null ? null
                : euTotal.panelCountries().longValue());
        return Optional.of(new Draft(KeyFinding.COVERAGE_CAVEAT, Countries.EU27_2020, total, m));
    }

    private static boolean isEu(Figure p) {
        return p.geo().equals(Countries.EU27_2020);
    }

    /** The panel's value of the year before, where the EU year-on-year change exists. */
    private static Long panelPrevious(Figure p) {
        Figure f = p;
        return f.yoyPct() == null || f.yoyAbs() == null || p.panelValue() == null ? null : p.panelValue() - f.yoyAbs();
    }

    private static Long countryPrevious(Figure f) {
        return f.yoyAbs() == null || f.value() == null ? null : f.value() - f.yoyAbs();
    }

    private static boolean reliableChange(Long previous) {
        return previous != null && previous >= MetricsConfig.LOW_RELIABILITY_EVENTS;
    }

    private static Map<String, Double> figures(String key, double value) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(key, value);
        return m;
    }

    private static void put(Map<String, Double> m, String key, Number value) {
        if (value != null) {
            m.put(key, value.doubleValue());
        }
    }
}
