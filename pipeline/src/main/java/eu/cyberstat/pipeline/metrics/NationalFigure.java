package eu.cyberstat.pipeline.metrics;

import eu.cyberstat.pipeline.disclosure.ReportedFigure;
import eu.cyberstat.reference.Flags;
import eu.cyberstat.reference.PopulationTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One prepared national figure (reported or derived) of the window, as the metrics job collects
 * them once to the driver: secondary suppression, panel coverage and the missing-population
 * check all work on this one list (the national figures are small), instead of each asking
 * Spark a query of its own.
 *
 * @param value null when the country sent the cell without a value
 * @param flags the figure's flags ("" for none)
 */
public record NationalFigure(String geo, String offence, String indicator, int year, Long value, String flags) {

    /** As secondary suppression sees it. */
    public ReportedFigure reported() {
        return new ReportedFigure(geo, offence, indicator, year, value, Flags.has(flags, Flags.CONFIDENTIAL));
    }

    /**
     * Per offence × indicator × country of {@code members}: the years with a value and the years
     * flagged with a break in series (whether or not they hold a value).
     */
    public static List<SeriesCoverage> coverage(Collection<NationalFigure> figures, Set<String> members) {
        Map<List<String>, SortedSet<Integer>[]> bySeries = new TreeMap<>((a, b) -> String.join("\u0000", a)
                .compareTo(String.join("\u0000", b)));
        for (NationalFigure f : figures) {
            if (!members.contains(f.geo())) {
                continue;
            }
            @SuppressWarnings("unchecked")
            SortedSet<Integer>[] years = bySeries.computeIfAbsent(List.of(f.offence(), f.indicator(), f.geo()),
                    k -> new SortedSet[] {new TreeSet<>(), new TreeSet<>()});
            if (f.value() != null) {
                years[0].add(f.year());
            }
            if (Flags.has(f.flags(), Flags.BREAK)) {
                years[1].add(f.year());
            }
        }
        List<SeriesCoverage> coverage = new ArrayList<>();
        bySeries.forEach((k, years) -> coverage.add(new SeriesCoverage(k.get(0), k.get(1), k.get(2), years[0], years[1])));
        return coverage;
    }

    /** The years, by country, of figures with a value for which the population table has no population. */
    public static SortedMap<String, SortedSet<Integer>> withoutPopulation(Collection<NationalFigure> figures,
                                                                          PopulationTable population) {
        SortedMap<String, SortedSet<Integer>> missing = new TreeMap<>();
        for (NationalFigure f : figures) {
            if (f.value() != null && population.populationOf(f.geo(), f.year()).isEmpty()) {
                missing.computeIfAbsent(f.geo(), g -> new TreeSet<>()).add(f.year());
            }
        }
        return missing;
    }
}
