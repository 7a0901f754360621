package eu.cyberstat.reference;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;

/**
 * Resident population by geo code and year, for rates per 100 000. A missing country-year
 * means "no rate", never zero.
 */
public final class PopulationTable {

    private final Map<String, TreeMap<Integer, Long>> byGeo;

    private PopulationTable(Map<String, TreeMap<Integer, Long>> byGeo) {
        this.byGeo = byGeo;
    }

    static PopulationTable load() {
        Map<String, TreeMap<Integer, Long>> map = new HashMap<>();
        for (CSVRecord r : ReferenceCsv.read("population.csv")) {
            map.computeIfAbsent(r.get("geo"), g -> new TreeMap<>())
                    .put(Integer.parseInt(r.get("year")), Long.parseLong(r.get("population")));
        }
        return new PopulationTable(map);
    }

    public OptionalLong populationOf(String geo, int year) {
        TreeMap<Integer, Long> years = byGeo.get(geo);
        Long value = years == null ? null : years.get(year);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** This table with the given figures replacing or adding to it (a demo_pjan update). */
    public PopulationTable withUpdates(Map<String, Map<Integer, Long>> updates) {
        Map<String, TreeMap<Integer, Long>> copy = new HashMap<>();
        byGeo.forEach((geo, years) -> copy.put(geo, new TreeMap<>(years)));
        updates.forEach((geo, years) -> copy.computeIfAbsent(geo, g -> new TreeMap<>()).putAll(years));
        return new PopulationTable(copy);
    }

    /** Every figure as geo → year → population, for export and for Spark. */
    public Map<String, Map<Integer, Long>> asMap() {
        Map<String, Map<Integer, Long>> copy = new TreeMap<>();
        byGeo.forEach((geo, years) -> copy.put(geo, new TreeMap<>(years)));
        return copy;
    }
}
