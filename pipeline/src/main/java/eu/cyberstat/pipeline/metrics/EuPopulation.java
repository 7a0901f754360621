package eu.cyberstat.pipeline.metrics;

import eu.cyberstat.reference.Countries;
import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.PopulationTable;
import java.util.Collection;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/** The population of the EU27 by year: the denominator of {@code population_covered_pct}. */
final class EuPopulation {

    private EuPopulation() {
    }

    /**
     * The EU27_2020 figure of the population table where it has one (an import-population of
     * demo_pjan brings it), otherwise the sum over the 27 Member States when every one is known;
     * years with neither are absent.
     */
    static SortedMap<Integer, Long> byYear(PopulationTable population, Countries countries, Collection<Integer> years) {
        SortedMap<Integer, Long> result = new TreeMap<>();
        for (int year : years) {
            OptionalLong aggregate = population.populationOf(Countries.EU27_2020, year);
            if (aggregate.isPresent()) {
                result.put(year, aggregate.getAsLong());
                continue;
            }
            long sum = 0;
            boolean complete = true;
            for (Country member : countries.eu27()) {
                OptionalLong p = population.populationOf(member.geo(), year);
                if (p.isEmpty()) {
                    complete = false;
                    break;
                }
                sum += p.getAsLong();
            }
            if (complete) {
                result.put(year, sum);
            }
        }
        return result;
    }
}
