package eu.cyberstat.pipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.reference.PopulationTable;
import eu.cyberstat.reference.ReferenceData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What the metrics job computes on the driver from the collected national figures. */
class NationalFigureTest {

    private static final List<NationalFigure> FIGURES = List.of(
            new NationalFigure("AT", "CYB", "RECORDED", 2021, 10L, ""),
            new NationalFigure("AT", "CYB", "RECORDED", 2022, 12L, "b"),
            new NationalFigure("AT", "CYB", "RECORDED", 2020, null, "b"),   // a break without a value
            new NationalFigure("AT", "CYB", "SUSPECTS", 2022, 3L, "c"),
            new NationalFigure("ZZ", "CYB", "RECORDED", 2022, 5L, ""),      // not a member: no coverage
            new NationalFigure("BE", "CYB", "RECORDED", 2022, null, ""),
            new NationalFigure("YY", "CYB", "RECORDED", 2022, null, ""));   // no population, but no value either

    @Test
    void coverageHoldsTheYearsWithAValueAndTheBreakYearsOfEachMemberSeries() {
        List<SeriesCoverage> coverage = NationalFigure.coverage(FIGURES, Set.of("AT", "BE"));
        assertThat(coverage).containsExactly(
                new SeriesCoverage("CYB", "RECORDED", "AT", years(2021, 2022), years(2020, 2022)),
                new SeriesCoverage("CYB", "RECORDED", "BE", years(), years()),
                new SeriesCoverage("CYB", "SUSPECTS", "AT", years(2022), years()));
    }

    @Test
    void withoutPopulationNamesTheYearsOfFiguresWithAValueOnly() {
        PopulationTable population = ReferenceData.shipped().population()
                .withUpdates(Map.of("AT", Map.of(2021, 9_000_000L, 2022, 9_100_000L)));
        // ZZ has no population in the shipped table; YY's figure has no value, so it needs none.
        assertThat(NationalFigure.withoutPopulation(FIGURES, population))
                .containsOnlyKeys("ZZ").containsEntry("ZZ", years(2022));
    }

    @Test
    void secondarySuppressionSeesTheConfidentialFlag() {
        assertThat(FIGURES.get(3).reported().confidential()).isTrue();
        assertThat(FIGURES.get(0).reported().confidential()).isFalse();
    }

    private static SortedSet<Integer> years(Integer... years) {
        return new TreeSet<>(List.of(years));
    }
}
