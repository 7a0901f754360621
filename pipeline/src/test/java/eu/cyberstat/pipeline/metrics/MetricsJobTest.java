package eu.cyberstat.pipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.cyberstat.figure.ConfidentialityStatus;
import eu.cyberstat.figure.Figure;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.reference.Countries;
import eu.cyberstat.reference.PopulationTable;
import eu.cyberstat.reference.ReferenceData;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MetricsJobTest {

    private static final ReferenceData REFERENCE = ReferenceData.shipped();
    private static final PopulationTable POPULATION = MetricsFixture.population();
    private static final MetricsConfig CONFIG = MetricsConfig.of(2022);

    private static MetricsJob.Result result;
    private static Map<PlainJavaMetrics.Key, Figure> figures;

    @BeforeAll
    static void compute() {
        MetricsJob job = new MetricsJob(REFERENCE, POPULATION, CONFIG);
        result = job.compute(job.prepare(ObservationFrames.of(TestSpark.session(), MetricsFixture.observations())));
        figures = FigureRows.collect(result.figures().collectAsList(), new FigureOrder(REFERENCE)).stream()
                .collect(Collectors.toMap(p -> key(p), p -> p));
    }

    private static PlainJavaMetrics.Key key(Figure f) {
        return new PlainJavaMetrics.Key(f.geo(), f.offence(), f.indicator(), f.year());
    }

    private static Figure figure(String geo, String offence, int year) {
        return figure(geo, offence, "RECORDED", year);
    }

    private static Figure figure(String geo, String offence, String indicator, int year) {
        Figure p = figures.get(new PlainJavaMetrics.Key(geo, offence, indicator, year));
        assertThat(p).as("figure %s %s %s %d", geo, offence, indicator, year).isNotNull();
        return p;
    }

    @Test
    void everyFigureEqualsThePlainJavaCalculation() {
        Map<PlainJavaMetrics.Key, PlainJavaMetrics.Expected> expected =
                new PlainJavaMetrics(REFERENCE, POPULATION, CONFIG).compute(MetricsFixture.observations());
        assertThat(figures.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((k, e) -> {
            Figure actual = figures.get(k);
            assertThat(actual).as("%s", k).isEqualTo(e.figure());
            assertThat(actual.panelValue()).as("panel value %s", k).isEqualTo(e.panelValue());
            assertThat(actual.panelCountries()).as("panel countries %s", k).isEqualTo(e.panelCountries());
            assertThat(actual.confidentiality()).as("confidentiality %s", k).isEqualTo(e.confidentiality());
        });
    }

    @Test
    void anotherWindowAndBaseYearEqualThePlainJavaCalculationToo() {
        // Reference year 2021 (2022 is ignored), seven years, base year 2017: CZ's break sits on the base year.
        MetricsConfig config = new MetricsConfig(2021, 7, 2017);
        MetricsJob job = new MetricsJob(REFERENCE, POPULATION, config);
        MetricsJob.Result other = job.compute(job.prepare(
                ObservationFrames.of(TestSpark.session(), MetricsFixture.observations())));
        Map<PlainJavaMetrics.Key, Figure> actual = FigureRows.collect(other.figures().collectAsList(),
                new FigureOrder(REFERENCE)).stream().collect(Collectors.toMap(p -> key(p), p -> p));
        Map<PlainJavaMetrics.Key, PlainJavaMetrics.Expected> expected =
                new PlainJavaMetrics(REFERENCE, POPULATION, config).compute(MetricsFixture.observations());
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((k, e) -> assertThat(actual.get(k)).as("%s", k).isEqualTo(e.figure()));
        Figure cz2016 = actual.get(new PlainJavaMetrics.Key("CZ", "CYB", "RECORDED", 2016));
        Figure cz2018 = actual.get(new PlainJavaMetrics.Key("CZ", "CYB", "RECORDED", 2018));
        assertThat(cz2016.index()).as("the base year starts a new series").isNull();
        assertThat(cz2018.index()).isEqualTo(PlainJavaMetrics.round(2750 * 100.0 / 2600));
        assertThat(actual.keySet()).noneMatch(k -> k.year() < 2015 || k.year() > 2021);
    }

    @Test
    void countryMetricsByHand() {
        Figure at = figure("AT", "CYB", 2022);
        assertThat(at.value()).isEqualTo(2000L);
        assertThat(at.ratePer100k()).isEqualTo(200.0);
        assertThat(at.yoyAbs()).isEqualTo(200L);
        assertThat(at.yoyPct()).isEqualTo(11.11);                       // 200 / 1800
        assertThat(at.cagr5y()).isEqualTo(7.39);                        // (2000 / 1400)^(1/5) − 1
        assertThat(at.ma3y()).as("reads 2020, withheld to protect DK 2020").isNull();
        assertThat(figure("AT", "CYB", 2019).ma3y()).isEqualTo(1500.0);  // (1400 + 1500 + 1600) / 3
        assertThat(at.index()).isEqualTo(200.0);                        // 2000 / 1000 (2013 = 100)
        assertThat(at.shareOfTotal()).isEqualTo(100.0);
        assertThat(at.flags()).isEmpty();
        assertThat(figure("AT", "COMP", 2022).value()).isEqualTo(100L + 390 + 60);
        assertThat(figure("AT", "COMP", 2022).shareOfTotal()).isEqualTo(27.5); // 550 / 2000
        assertThat(figure("AT", "CYB", 2013).yoyAbs()).as("no year before the window").isNull();
        assertThat(figure("AT", "CYB", 2014).ma3y()).as("two years only").isNull();
        assertThat(figure("AT", "CYB", 2017).cagr5y()).as("start year outside the window").isNull();
    }

    @Test
    void zerosAndSmallCounts() {
        Figure cy2016 = figure("CY", "CYB", 2016);
        assertThat(cy2016.yoyAbs()).isEqualTo(12L);
        assertThat(cy2016.yoyPct()).as("previous year is zero").isNull();
        assertThat(figure("CY", "CYB", 2015).yoyPct()).isEqualTo(-100.0);
        assertThat(figure("CY", "CYB", 2020).cagr5y()).as("start of the span is zero").isNull();
        assertThat(figure("CY", "CYB", 2021).cagr5y()).isEqualTo(PlainJavaMetrics.round((Math.pow(28.0 / 12, 0.2) - 1) * 100));
        assertThat(figure("CY", "CYB", 2013).flags()).as("rate from 5 events").isEqualTo("u");
        assertThat(figure("CY", "CYB", 2019).flags()).as("rate from 25 events").isEmpty();
        assertThat(figure("CY", "CYB", 2015).index()).isEqualTo(0.0);
    }

    @Test
    void noChangeAcrossABreak() {
        assertThat(figure("CZ", "CYB", 2017).yoyAbs()).isNull();
        assertThat(figure("CZ", "CYB", 2017).flags()).isEqualTo("b");
        assertThat(figure("CZ", "CYB", 2018).yoyAbs()).as("2017 → 2018 is after the break").isEqualTo(150L);
        assertThat(figure("CZ", "CYB", 2018).ma3y()).as("2016–2018 spans the break").isNull();
        assertThat(figure("CZ", "CYB", 2020).yoyAbs()).as("2019 missing").isNull();
        assertThat(figure("CZ", "CYB", 2020).ma3y()).as("2019 missing").isNull();
        assertThat(figure("CZ", "CYB", 2016).index()).as("before the break, same series as the base").isEqualTo(122.5);
        assertThat(figure("CZ", "CYB", 2017).index()).as("the base year is before the break").isNull();
        assertThat(figure("CZ", "CYB", 2021).cagr5y()).as("2016 → 2021 spans the break").isNull();
        assertThat(figure("CZ", "CYB", 2022).cagr5y()).as("2017 → 2022 starts at the break")
                .isEqualTo(PlainJavaMetrics.round((Math.pow(3350.0 / 2600, 0.2) - 1) * 100));
        assertThat(figure("EE", "CYB", 2020).index()).as("no base year value").isNull();
    }

    @Test
    void confidentialValuesAreNeverWrittenForACountry() {
        Figure dk = figure("DK", "CYB", 2020);
        assertThat(dk.value()).isNull();
        assertThat(dk.flags()).isEqualTo("c");
        assertThat(List.of(dk)).allSatisfy(f -> {
            assertThat(f.ratePer100k()).isNull();
            assertThat(f.yoyAbs()).isNull();
            assertThat(f.yoyPct()).isNull();
            assertThat(f.ma3y()).isNull();
            assertThat(f.index()).isNull();
            assertThat(f.shareOfTotal()).isNull();
            assertThat(f.rank()).isNull();
        });
        assertThat(figure("DK", "CYB", 2021).yoyAbs()).as("would reveal 2020").isNull();
        assertThat(figure("DK", "CYB", 2022).ma3y()).as("would include 2020").isNull();
        assertThat(figure("DK", "CYB", 2022).yoyAbs()).isEqualTo(-100L);
        Figure lu = figure("LU", "CYB", 2018);
        assertThat(lu.value()).as("derived from a confidential group, not confidential itself")
                .isEqualTo(50L + 65 + 12 + 3 + 9);
        assertThat(lu.flags()).isEmpty();
        assertThat(figures.get(new PlainJavaMetrics.Key("LU", "CONT", "RECORDED", 2018)).confidentiality())
                .isEqualTo(ConfidentialityStatus.PRIMARY);
        Figure luCia = figures.get(new PlainJavaMetrics.Key("LU", "CIA", "RECORDED", 2018));
        assertThat(luCia.confidentiality()).as("withheld, or CYB − the other groups gives CONT back")
                .isEqualTo(ConfidentialityStatus.SECONDARY);
        assertThat(luCia.value()).isNull();
        assertThat(luCia.flags()).isEqualTo("c");
        assertThat(luCia.ratePer100k()).isNull();
        assertThat(figure("FI", "CYB", 2021).value()).isNull();
        assertThat(figure("FI", "CYB", 2021).flags()).isEqualTo("c");
        assertThat(figures.values()).filteredOn(p -> p.flags().contains("c")
                        && !p.geo().equals(Countries.EU27_2020))
                .allSatisfy(p -> assertThat(p.value()).isNull());
    }

    @Test
    void confidentialValuesEnterEuSums() {
        long expected = 0;
        for (String geo : List.of("AT", "CY", "CZ", "DK", "EE", "FI", "LU", "DE")) {
            expected += switch (geo) {
                case "AT" -> 1700;
                case "CY" -> 30;
                case "CZ" -> 2000 + 150 * 7;
                case "DK" -> 3900;                         // confidential, still in the sum
                case "EE" -> 700 + 20 * 7;
                case "FI" -> 2500 + 100 * 7;
                case "LU" -> 54 + 67 + 13 + 3 + 10;
                case "DE" -> 64000;
                default -> 0;
            };
        }
        Figure eu = figure(Countries.EU27_2020, "CYB", 2020);
        assertThat(eu.value()).isEqualTo(expected);
        assertThat(eu.countriesCovered()).isEqualTo(8);
        assertThat(eu.flags()).as("c is not inherited; e from DK 2019 is not in 2020").isEmpty();
        assertThat(figure(Countries.EU27_2020, "CYB", 2021).countriesCovered()).as("FI has no value").isEqualTo(7);
        assertThat(figure(Countries.EU27_2020, "CYB", 2019).flags()).isEqualTo("e");
        assertThat(result.warnings()).filteredOn(w -> w.code().equals(MetricsWarning.SECONDARY_SUPPRESSION))
                .extracting(MetricsWarning::message)
                .anySatisfy(m -> assertThat(m).startsWith("DK CYB RECORDED 2020 is confidential: 1 further figure(s) withheld"));
        // EU27 − the other Member States would give DK back: another Member State in the sum and the panel is withheld.
        assertThat(figures.values()).filteredOn(p -> p.offence().equals("CYB") && p.year() == 2020
                        && p.confidentiality() == ConfidentialityStatus.SECONDARY)
                .singleElement().satisfies(p -> assertThat(p.geo()).isEqualTo("AT"));
    }

    @Test
    void groupsAreDerivedOnlyFromCompleteChildrenAndReportedParentsWin() {
        assertThat(figures).doesNotContainKey(new PlainJavaMetrics.Key("BG", "CIA", "RECORDED", 2016));
        assertThat(figure("BG", "CIA", 2015).value()).isEqualTo(12L + 22 + 32 + 42 + 52);
        assertThat(figure("BG", "CIA", 2019).value()).isEqualTo(999L);
        assertThat(figure("BG", "CIA", 2020).value()).isEqualTo(100L);
        assertThat(figure("BG", "CIA", 2020).flags()).isEqualTo("e");
        assertThat(figure("LU", "CYB", 2022).value()).isEqualTo(58L + 69 + 14 + 3 + 11);
        assertThat(figure("BE", "CIA", 2022).value()).isEqualTo(700L);
        assertThat(figures).doesNotContainKey(new PlainJavaMetrics.Key("BE", "CYB", "RECORDED", 2022));
        assertThat(figure("BE", "CIA", 2022).shareOfTotal()).as("no total for BE").isNull();
        assertThat(result.warnings()).filteredOn(w -> w.code().equals(MetricsWarning.PARENT_MISMATCH))
                .extracting(MetricsWarning::message)
                .containsExactlyInAnyOrder(
                        "BG 2019 RECORDED: CIA reported as 999 but its offences sum to " + (16 + 26 + 36 + 46 + 56)
                                + "; the reported figure is used.",
                        "BG 2020 RECORDED: CIA reported as 100 but its offences already reported sum to "
                                + (17 + 27 + 37 + 47) + "; the reported figure is used.",
                        "DE 2021 RECORDED: CYB reported as 66000 but its offences sum to 66500; the reported figure is used.");
    }

    @Test
    void ranksAmongMemberStatesByRateWithTies() {
        // AT and BE: 700 offences per 1 000 000 inhabitants = 70.00; BG CIA and DE CIA differ.
        Figure at = figure("AT", "CIA", 2022);
        Figure be = figure("BE", "CIA", 2022);
        assertThat(at.ratePer100k()).isEqualTo(70.0).isEqualTo(be.ratePer100k());
        assertThat(at.rank()).isEqualTo(be.rank());
        List<Figure> cia2022 = figures.values().stream()
                .filter(f -> f.offence().equals("CIA") && f.year() == 2022 && f.rank() != null)
                .sorted((a, b) -> Integer.compare(a.rank(), b.rank())).toList();
        assertThat(cia2022).extracting(Figure::rank).containsExactly(1, 1, 3, 4, 5);
        assertThat(cia2022).extracting(Figure::geo).startsWith("AT", "BE").endsWith("BG");
        assertThat(figure("XK", "CYB", 2022).rank()).as("not a Member State").isNull();
        assertThat(figure(Countries.EU27_2020, "CYB", 2022).rank()).isNull();
    }

    @Test
    void missingPopulationMeansNoRateAndAWarning() {
        assertThat(figure("XK", "CYB", 2013).ratePer100k()).isNull();
        assertThat(figure("XK", "CYB", 2013).value()).isEqualTo(90L);
        assertThat(figure("XK", "CYB", 2020).ratePer100k()).isNotNull();
        assertThat(result.warnings()).filteredOn(w -> w.code().equals(MetricsWarning.NO_POPULATION))
                .extracting(MetricsWarning::message).singleElement().asString().startsWith("No population for XK in 2013");
    }

    @Test
    void euAggregateCoverageAndPanel() {
        Panel cyb = result.panels().stream()
                .filter(p -> p.offence().equals("CYB") && p.indicator().equals("RECORDED")).findFirst().orElseThrow();
        assertThat(cyb.members()).containsExactly("AT", "CY", "DE", "DK", "LU");
        assertThat(cyb.excluded()).containsOnlyKeys("CZ", "EE", "FI");
        assertThat(cyb.excluded().get("CZ")).isEqualTo("no value for 2019");
        assertThat(cyb.excluded().get("FI")).isEqualTo("no value for 2021");

        Figure eu = figure(Countries.EU27_2020, "CYB", 2022);
        Figure euRow = figures.get(key(eu));
        long panel2022 = 2000 + 35 + 70000 + 4000 + (58 + 69 + 14 + 3 + 11);
        long panel2021 = 1800 + 28 + 66000 + 4100 + (56 + 68 + 14 + 3 + 11);
        assertThat(euRow.panelValue()).isEqualTo(panel2022);
        assertThat(euRow.panelCountries()).isEqualTo(5);
        assertThat(eu.yoyAbs()).isEqualTo(panel2022 - panel2021);
        assertThat(eu.yoyPct()).isEqualTo(PlainJavaMetrics.round((panel2022 - panel2021) * 100.0 / panel2021));
        long population = POPULATION.asMap().entrySet().stream()
                .filter(e -> List.of("AT", "CY", "CZ", "DK", "EE", "FI", "LU", "DE").contains(e.getKey()))
                .mapToLong(e -> e.getValue().get(2022)).sum();
        long euPopulation = REFERENCE.countries().eu27().stream()
                .mapToLong(c -> POPULATION.populationOf(c.geo(), 2022).orElseThrow()).sum();
        assertThat(eu.populationCoveredPct()).isCloseTo(population * 100.0 / euPopulation, within(0.005));
        assertThat(eu.ratePer100k()).isCloseTo(eu.value() * 100000.0 / population, within(0.005));
        assertThat(result.panels()).filteredOn(p -> p.offence().equals("CIA_ACCESS")).singleElement()
                .satisfies(p -> assertThat(p.members()).containsExactly("BG"));
    }

    @Test
    void aggregatesAndOtherYearsAreNotInputs() {
        assertThat(figures.keySet()).noneMatch(k -> k.year() < 2013 || k.year() > 2022);
        assertThat(result.warnings()).filteredOn(w -> w.code().equals(MetricsWarning.AGGREGATE_INPUT)).hasSize(1);
        assertThat(figure(Countries.EU27_2020, "CYB", 2013).value()).isGreaterThan(1L);
    }

    @Test
    void otherIndicatorsAreSeparateSeries() {
        Figure suspects = figure("AT", "CYB", "SUSPECTS", 2022);
        assertThat(suspects.yoyAbs()).isEqualTo(90L);
        assertThat(suspects.flags()).isEqualTo("p");
        assertThat(suspects.shareOfTotal()).isEqualTo(100.0);
        assertThat(figure(Countries.EU27_2020, "CYB", "SUSPECTS", 2022).yoyAbs()).as("empty panel").isNull();
    }

    @Test
    void personsAreNeverSummedUpTheClassification() {
        assertThat(figure("AT", "COMP_FRAUD", "SUSPECTS", 2022).value()).isEqualTo(500L);
        assertThat(figures).as("COMP suspects are not the sum of its offences' suspects")
                .doesNotContainKey(new PlainJavaMetrics.Key("AT", "COMP", "SUSPECTS", 2022));
        assertThat(figure("AT", "CYB", "SUSPECTS", 2022).value()).as("reported, below its offences' sum").isEqualTo(990L);
        assertThat(result.warnings()).filteredOn(w -> w.code().equals(MetricsWarning.PARENT_MISMATCH))
                .noneMatch(w -> w.message().contains("SUSPECTS"));
    }
}
