package eu.cyberstat.pipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.reference.YearRanges;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PanelSelectionTest {

    private static final MetricsConfig CONFIG = new MetricsConfig(2022, 10, 2013);

    private static SeriesCoverage coverage(String geo, Set<Integer> years, Set<Integer> breaks) {
        return coverage("CYB", "RECORDED", geo, years, breaks);
    }

    private static SeriesCoverage coverage(String offence, String indicator, String geo, Set<Integer> years,
                                           Set<Integer> breaks) {
        return new SeriesCoverage(offence, indicator, geo, new TreeSet<>(years), new TreeSet<>(breaks));
    }

    private static Set<Integer> years(int from, int to) {
        return new TreeSet<>(IntStream.rangeClosed(from, to).boxed().toList());
    }

    @Test
    void keepsCountriesWithEveryYearAndNoBreakInsideTheWindow() {
        Set<Integer> gappy = years(2013, 2022);
        gappy.removeAll(Set.of(2014, 2015, 2016, 2019));
        List<Panel> panels = PanelSelection.select(CONFIG, List.of(
                coverage("SE", years(2013, 2022), Set.of()),
                coverage("AT", years(2013, 2022), Set.of(2013)),        // a break before the window
                coverage("BE", years(2013, 2022), Set.of(2018, 2020)),
                coverage("CZ", gappy, Set.of()),
                coverage("DE", years(2010, 2021), Set.of())));
        assertThat(panels).singleElement().satisfies(p -> {
            assertThat(p.members()).containsExactly("AT", "SE");
            assertThat(p.excluded()).containsExactly(
                    java.util.Map.entry("BE", "break in series in 2018, 2020"),
                    java.util.Map.entry("CZ", "no value for 2014–2016, 2019"),
                    java.util.Map.entry("DE", "no value for 2022"));
        });
    }

    @Test
    void onePanelPerOffenceAndIndicator() {
        List<Panel> panels = PanelSelection.select(CONFIG, List.of(
                coverage("CIA", "VICTIMS", "AT", years(2013, 2022), Set.of()),
                coverage("CIA", "RECORDED", "AT", years(2014, 2022), Set.of()),
                coverage("CIA", "RECORDED", "BE", years(2013, 2022), Set.of())));
        assertThat(panels).extracting(p -> p.offence() + "/" + p.indicator() + "=" + p.members())
                .containsExactly("CIA/RECORDED=[BE]", "CIA/VICTIMS=[AT]");
    }

    @Test
    void yearsAreWrittenAsRanges() {
        assertThat(YearRanges.format(List.of(2019, 2013, 2014, 2015, 2021))).isEqualTo("2013–2015, 2019, 2021");
        assertThat(YearRanges.format(List.of())).isEmpty();
    }
}
