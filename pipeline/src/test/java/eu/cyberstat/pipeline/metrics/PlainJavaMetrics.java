package eu.cyberstat.pipeline.metrics;

import eu.cyberstat.figure.ConfidentialityStatus;
import eu.cyberstat.figure.Figure;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.pipeline.disclosure.PanelMembers;
import eu.cyberstat.pipeline.disclosure.ReportedFigure;
import eu.cyberstat.pipeline.disclosure.SecondarySuppression;
import eu.cyberstat.pipeline.disclosure.SuppressionPlan;
import eu.cyberstat.pipeline.disclosure.TableCell;
import eu.cyberstat.reference.Countries;
import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.OffenceClassification;
import eu.cyberstat.reference.PopulationTable;
import eu.cyberstat.reference.ReferenceData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An independent, deliberately plain calculation of every published figure, written from the
 * rules in docs/metrics.md with loops and map look-ups (no windows, no joins, no code shared
 * with the Spark job), to check the job against.
 */
final class PlainJavaMetrics {

    record Key(String geo, String offence, String indicator, int year) {
    }

    record Cell(Long value, String flags) {
    }

    /** The figure as published: measures, panel (EU rows) and confidentiality status. */
    record Expected(Figure figure) {
        Expected(Figure figure, Long panelValue, Integer panelCountries, ConfidentialityStatus confidentiality) {
            this(figure.withPanel(panelValue, panelCountries).withConfidentiality(confidentiality));
        }

        Long panelValue() {
            return figure.panelValue();
        }

        Integer panelCountries() {
            return figure.panelCountries();
        }

        ConfidentialityStatus confidentiality() {
            return figure.confidentiality();
        }
    }

    private final OffenceClassification offences;
    private final ReferenceData reference;
    private final Countries countries;
    private final PopulationTable population;
    private final MetricsConfig config;
    private final Set<String> eu27;
    /** What may not be published: the suppression is checked on its own by the recovery audit; here, that the figures follow it. */
    private SuppressionPlan plan;

    PlainJavaMetrics(ReferenceData reference, PopulationTable population, MetricsConfig config) {
        this.offences = reference.offences();
        this.reference = reference;
        this.countries = reference.countries();
        this.population = population;
        this.config = config;
        this.eu27 = countries.eu27().stream().map(Country::geo).collect(Collectors.toSet());
    }

    Map<Key, Expected> compute(List<Observation> observations) {
        Map<Key, Cell> cells = new HashMap<>();
        for (Observation o : observations) {
            boolean aggregate = countries.find(o.geo()).map(Country::isAggregate).orElse(false);
            if (o.year() >= config.firstYear() && o.year() <= config.referenceYear() && !aggregate
                    && offences.find(o.offence()).isPresent()) {
                cells.put(new Key(o.geo(), o.offence(), o.indicator(), o.year()), new Cell(o.value(), o.flags()));
            }
        }
        deriveParents(cells);
        Map<List<String>, List<String>> panels = panels(cells);
        List<ReportedFigure> reported = new ArrayList<>();
        cells.forEach((k, c) -> reported.add(new ReportedFigure(k.geo(), k.offence(), k.indicator(), k.year(), c.value(),
                c.flags().contains("c"))));
        List<PanelMembers> members = new ArrayList<>();
        panels.forEach((s, geos) -> {
            if (!geos.isEmpty()) {
                members.add(new PanelMembers(s.get(0), s.get(1), geos));
            }
        });
        plan = new SecondarySuppression(offences, eu27, reference.additiveIndicators()).protect(reported, members);
        // Every withheld figure shows c, primary or secondary.
        cells.replaceAll((k, c) -> status(k) == ConfidentialityStatus.FREE ? c
                : new Cell(c.value(), eu.cyberstat.reference.Flags.with(c.flags(), 'c')));

        Map<Key, Expected> out = new HashMap<>();
        Map<Key, Double> rates = new HashMap<>();
        for (Map.Entry<Key, Cell> e : cells.entrySet()) {
            Key k = e.getKey();
            Long v = publishable(cells.get(k));
            Double rate = null;
            OptionalLong pop = population.populationOf(k.geo(), k.year());
            if (v != null && pop.isPresent() && pop.getAsLong() > 0) {
                rate = round(v * 100000.0 / pop.getAsLong());
                rates.put(k, rate);
            }
        }
        for (Map.Entry<Key, Cell> e : cells.entrySet()) {
            Key k = e.getKey();
            Cell cell = e.getValue();
            Long v = publishable(cell);
            Double rate = rates.get(k);
            String flags = cell.flags();
            if (rate != null && v < 20) {
                flags = eu.cyberstat.reference.Flags.with(flags, 'u');
            }
            Long total = publishable(cells.get(new Key(k.geo(), "CYB", k.indicator(), k.year())));
            Integer rank = null;
            if (rate != null && eu27.contains(k.geo())) {
                int higher = 0;
                for (Map.Entry<Key, Double> other : rates.entrySet()) {
                    Key ok = other.getKey();
                    if (eu27.contains(ok.geo()) && ok.offence().equals(k.offence())
                            && ok.indicator().equals(k.indicator()) && ok.year() == k.year()
                            && other.getValue() > rate) {
                        higher++;
                    }
                }
                rank = higher + 1;
            }
            Trends t = trends(year -> publishable(cells.get(new Key(k.geo(), k.offence(), k.indicator(), year))),
                    year -> flagsOf(cells.get(new Key(k.geo(), k.offence(), k.indicator(), year))), k.year());
            out.put(k, new Expected(new Figure(k.geo(), k.offence(), iccs(k.offence()), k.indicator(), k.year(), v,
                    rate, t.yoyAbs, t.yoyPct, t.cagr, t.ma, t.index,
                    v != null && total != null && total != 0 ? round(v * 100.0 / total) : null,
                    rank, flags, null, null), null, null, status(k)));
        }
        euRows(cells, panels, out);
        return out;
    }

    private ConfidentialityStatus status(Key k) {
        return plan.statusOf(TableCell.country(k.geo(), k.offence(), k.indicator(), k.year()));
    }

    /** Each offence × indicator's panel: Member States with a value every year and no break after the first. */
    private Map<List<String>, List<String>> panels(Map<Key, Cell> cells) {
        Map<List<String>, List<String>> panels = new java.util.TreeMap<>(
                (a, b) -> (a.get(0) + "|" + a.get(1)).compareTo(b.get(0) + "|" + b.get(1)));
        cells.forEach((k, c) -> {
            if (eu27.contains(k.geo()) && c.value() != null) {
                panels.put(List.of(k.offence(), k.indicator()), new ArrayList<>());
            }
        });
        panels.forEach((s, panel) -> {
            for (String geo : new TreeSet<>(eu27)) {
                boolean member = true;
                for (int y : config.years()) {
                    Cell c = cells.get(new Key(geo, s.get(0), s.get(1), y));
                    if (c == null || c.value() == null || (y > config.firstYear() && c.flags().contains("b"))) {
                        member = false;
                    }
                }
                if (member) {
                    panel.add(geo);
                }
            }
        });
        return panels;
    }

    private void euRows(Map<Key, Cell> cells, Map<List<String>, List<String>> panels, Map<Key, Expected> out) {
        for (Map.Entry<List<String>, List<String>> e : panels.entrySet()) {
            String offence = e.getKey().get(0);
            String indicator = e.getKey().get(1);
            List<String> panel = e.getValue();
            Map<Integer, Long> panelValues = new HashMap<>();
            Map<Integer, String> panelFlags = new HashMap<>();
            for (int y : config.years()) {
                long sum = 0;
                String flags = "";
                for (String geo : panel) {
                    Cell c = cells.get(new Key(geo, offence, indicator, y));
                    sum += c.value();
                    flags = eu.cyberstat.reference.Flags.union(flags, c.flags().replace("c", ""));
                }
                if (!panel.isEmpty() && plan.statusOf(TableCell.panel(offence, indicator, y)).isPublished()) {
                    panelValues.put(y, sum);
                }
                panelFlags.put(y, flags);
            }
            for (int y : config.years()) {
                long sum = 0;
                int covered = 0;
                long coveredPopulation = 0;
                boolean populationComplete = true;
                String flags = "";
                long shareOffence = 0;
                long shareTotal = 0;
                for (String geo : eu27) {
                    Cell c = cells.get(new Key(geo, offence, indicator, y));
                    if (c == null || c.value() == null) {
                        continue;
                    }
                    sum += c.value();
                    covered++;
                    flags = eu.cyberstat.reference.Flags.union(flags, c.flags().replace("c", ""));
                    OptionalLong pop = population.populationOf(geo, y);
                    if (pop.isPresent()) {
                        coveredPopulation += pop.getAsLong();
                    } else {
                        populationComplete = false;
                    }
                    // The EU share reads published figures only.
                    Long published = publishable(c);
                    Long total = publishable(cells.get(new Key(geo, "CYB", indicator, y)));
                    if (published != null && total != null) {
                        shareOffence += published;
                        shareTotal += total;
                    }
                }
                if (covered == 0) {
                    continue;
                }
                Long euPopulation = euPopulation(y);
                ConfidentialityStatus euStatus = plan.statusOf(TableCell.eu(offence, indicator, y));
                boolean sole = !euStatus.isPublished();
                Double rate = populationComplete && !sole ? round(sum * 100000.0 / coveredPopulation) : null;
                Double popPct = populationComplete && euPopulation != null
                        ? round(coveredPopulation * 100.0 / euPopulation) : null;
                if (sole) {
                    flags = eu.cyberstat.reference.Flags.with(flags, 'c');
                }
                if (rate != null && sum < 20) {
                    flags = eu.cyberstat.reference.Flags.with(flags, 'u');
                }
                Trends t = panel.isEmpty() ? new Trends() : trends(panelValues::get, panelFlags::get, y);
                Key k = new Key(Countries.EU27_2020, offence, indicator, y);
                out.put(k, new Expected(new Figure(k.geo(), offence, iccs(offence), indicator, y,
                        sole ? null : sum, rate,
                        sole ? null : t.yoyAbs, sole ? null : t.yoyPct, sole ? null : t.cagr, sole ? null : t.ma,
                        sole ? null : t.index,
                        !sole && shareTotal != 0 ? round(shareOffence * 100.0 / shareTotal) : null,
                        null, flags, covered, popPct),
                        sole || panel.isEmpty() ? null : panelValues.get(y), panel.isEmpty() ? null : panel.size(),
                        euStatus));
            }
        }
    }

    private Long euPopulation(int year) {
        long sum = 0;
        for (String geo : eu27) {
            OptionalLong p = population.populationOf(geo, year);
            if (p.isEmpty()) {
                return null;
            }
            sum += p.getAsLong();
        }
        return sum;
    }

    private static final class Trends {
        Long yoyAbs;
        Double yoyPct;
        Double cagr;
        Double ma;
        Double index;
    }

    private Trends trends(java.util.function.IntFunction<Long> valueOf, java.util.function.IntFunction<String> flagsOf,
                          int t) {
        Trends r = new Trends();
        Long v = valueOf.apply(t);
        if (v == null) {
            return r;
        }
        Long prev = config.covers(t - 1) ? valueOf.apply(t - 1) : null;
        if (prev != null && !breakIn(flagsOf, t - 1, t)) {
            r.yoyAbs = v - prev;
            r.yoyPct = prev != 0 ? round((v - prev) * 100.0 / prev) : null;
        }
        Long start = config.covers(t - 5) ? valueOf.apply(t - 5) : null;
        if (start != null && start != 0 && v != 0 && !breakIn(flagsOf, t - 5, t)) {
            r.cagr = round((Math.pow((double) v / start, 0.2) - 1) * 100);
        }
        Long p1 = config.covers(t - 1) ? valueOf.apply(t - 1) : null;
        Long p2 = config.covers(t - 2) ? valueOf.apply(t - 2) : null;
        if (p1 != null && p2 != null && !breakIn(flagsOf, t - 2, t)) {
            r.ma = round((v + p1 + p2) / 3.0);
        }
        Long base = valueOf.apply(config.baseYear());
        if (base != null && base != 0
                && !breakIn(flagsOf, Math.min(t, config.baseYear()), Math.max(t, config.baseYear()))) {
            r.index = round(v * 100.0 / base);
        }
        return r;
    }

    /** A break between years a < b: a b flag on any year in (a, b]. */
    private static boolean breakIn(java.util.function.IntFunction<String> flagsOf, int a, int b) {
        for (int y = a + 1; y <= b; y++) {
            String f = flagsOf.apply(y);
            if (f != null && f.contains("b")) {
                return true;
            }
        }
        return false;
    }

    private void deriveParents(Map<Key, Cell> cells) {
        Set<List<Object>> cellsOfCountries = new java.util.HashSet<>();
        cells.keySet().forEach(k -> cellsOfCountries.add(List.of(k.geo(), k.indicator(), k.year())));
        for (int level = 1; level >= 0; level--) {
            for (Offence parent : offences.all()) {
                if (parent.level() != level) {
                    continue;
                }
                List<Offence> children = offences.children(parent.code());
                for (List<Object> c : cellsOfCountries) {
                    String geo = (String) c.get(0);
                    String indicator = (String) c.get(1);
                    int year = (Integer) c.get(2);
                    // Persons are not additive: a category's suspects are never the sum of its offences'.
                    if (!reference.indicator(indicator).orElseThrow().isAdditive()) {
                        continue;
                    }
                    Key pk = new Key(geo, parent.code(), indicator, year);
                    Cell reported = cells.get(pk);
                    boolean complete = true;
                    long sum = 0;
                    String flags = "";
                    for (Offence child : children) {
                        Cell cc = cells.get(new Key(geo, child.code(), indicator, year));
                        if (cc == null || cc.value() == null) {
                            complete = false;
                        } else {
                            sum += cc.value();
                            // A child's c does not make the parent confidential (secondary suppression protects it).
                            flags = eu.cyberstat.reference.Flags.union(flags, cc.flags().replace("c", ""));
                        }
                    }
                    if ((reported == null || reported.value() == null) && complete) {
                        cells.put(pk, new Cell(sum, eu.cyberstat.reference.Flags.union(flags,
                                reported == null ? "" : reported.flags())));
                    }
                }
            }
        }
    }

    /** The value when it may be published; every withheld cell carries c once the plan is applied. */
    private static Long publishable(Cell c) {
        return c == null || c.flags().contains("c") ? null : c.value();
    }

    private static String flagsOf(Cell c) {
        return c == null ? null : c.flags();
    }

    private String iccs(String offence) {
        return offences.get(offence).eurostatIccs().orElse("");
    }

    static Double round(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
