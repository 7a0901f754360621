package eu.cyberstat.ingest.population;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a demo_pjan file says about the total population of the geos cyberstat knows, and
 * what it set aside.
 *
 * @param format  the shape the file came in ("Eurostat TSV", "SDMX-CSV 1.0", "SDMX-CSV 2.0")
 * @param figures one per geo and year, in file order
 */
public record PopulationFigures(String format, List<PopulationFigure> figures, List<SkippedRows> skipped) {

    public PopulationFigures {
        figures = List.copyOf(figures);
        skipped = List.copyOf(skipped);
    }

    public SortedSet<String> geos() {
        return figures.stream().map(PopulationFigure::geo).collect(Collectors.toCollection(TreeSet::new));
    }

    public SortedSet<Integer> years() {
        return figures.stream().map(PopulationFigure::year).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The figures as geo → year → population, the shape {@code PopulationTable.withUpdates} takes. */
    public Map<String, Map<Integer, Long>> asUpdates() {
        Map<String, Map<Integer, Long>> updates = new TreeMap<>();
        figures.forEach(f -> updates.computeIfAbsent(f.geo(), g -> new TreeMap<>()).put(f.year(), f.population()));
        return updates;
    }
}
