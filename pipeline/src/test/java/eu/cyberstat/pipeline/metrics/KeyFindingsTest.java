package eu.cyberstat.pipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.reports.model.KeyFinding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyFindingsTest {

    private static final MetricsConfig CONFIG = MetricsConfig.of(2022);
    private final List<Figure> figures = new ArrayList<>();

    private void eu(String offence, long value, long panelValue, Long yoyAbs, Double yoyPct, int countries, double popPct) {
        figures.add(new Figure("EU27_2020", offence, "", "RECORDED", 2022, value, 10.0, yoyAbs, yoyPct,
                3.5, 1000.0, 150.0, null, null, "", countries, popPct).withPanel(panelValue, 20));
    }

    private void country(String geo, long value, Long yoyAbs, Double yoyPct, String flags) {
        figures.add(new Figure(geo, "CYB", "", "RECORDED", 2022, value, 5.0, yoyAbs, yoyPct,
                null, null, null, 100.0, 1, flags, null, null));
    }

    private List<KeyFinding> derive() {
        return new KeyFindings(ReferenceData.shipped(), CONFIG).derive(figures);
    }

    /** A year with rises, a fall, changes from too few events, a tie and a break. */
    private void typicalYear() {
        eu("CYB", 100_000, 90_000, 9_000L, 11.11, 25, 93.5);
        eu("CIA", 30_000, 28_000, 7_000L, 33.33, 25, 93.5);
        eu("COMP", 40_000, 35_000, 2_000L, 6.06, 25, 93.5);
        eu("CONT", 10_000, 9_000, -1_000L, -10.0, 25, 93.5);
        eu("IP", 500, 450, 50L, 12.5, 25, 93.5);
        eu("OTHER_SPAM", 15, 12, 9L, 300.0, 3, 10.0);          // from 3 events: not a finding
        country("AT", 2_000, 200L, 11.11, "");
        country("BE", 1_000, 500L, 100.0, "");
        country("BG", 30, 20L, 200.0, "");                        // from 10 events: not a finding
        country("CY", 500, 50L, 11.11, "");
        country("CZ", 800, -20L, -2.44, "b");
        country("DK", 900, 100L, 12.5, "");
    }

    @Test
    void ranksTotalThenIncreasesDecreasesCountriesAndCaveats() {
        typicalYear();

        List<KeyFinding> findings = derive();

        assertThat(findings).extracting(KeyFinding::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(findings).extracting(f -> f.kind() + " " + f.geo() + " " + f.offence()).containsExactly(
                "EU_TOTAL_TREND EU27_2020 CYB",
                "EU_LARGEST_INCREASE EU27_2020 CIA",
                "EU_LARGEST_INCREASE EU27_2020 IP",
                "EU_LARGEST_INCREASE EU27_2020 COMP",
                "EU_LARGEST_DECREASE EU27_2020 CONT",
                "COUNTRY_STEEPEST_RISE BE CYB",
                "COUNTRY_STEEPEST_RISE DK CYB",
                "COUNTRY_STEEPEST_RISE AT CYB",         // ties with CY on 11.11 %: by code
                "COVERAGE_CAVEAT EU27_2020 CYB",
                "COUNTRY_SERIES_BREAK CZ CYB");
        KeyFinding cia = findings.get(1);
        assertThat(cia.figures()).containsEntry("yoyPct", 33.33).containsEntry("panelValue", 28_000.0)
                .containsEntry("panelPrevious", 21_000.0).containsEntry("value", 30_000.0);
        assertThat(findings.get(0).figures()).containsEntry("baseYear", 2013.0).containsEntry("countries", 25.0)
                .containsEntry("populationPct", 93.5);
        assertThat(findings.get(5).figures()).containsEntry("previous", 500.0).containsEntry("yoyPct", 100.0);
        assertThat(findings.get(8).figures()).containsEntry("countries", 25.0).containsEntry("memberStates", 27.0);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.year()).isEqualTo(2022);
            assertThat(f.indicator()).isEqualTo("RECORDED");
        });
    }

    @Test
    void eachRankedFindingKnowsItsPlaceSoOnlyTheFirstIsCalledTheLargest() {
        typicalYear();
        eu("OTHER", 8_000, 7_000, -500L, -6.67, 25, 93.5);      // a second fall

        List<KeyFinding> findings = derive();

        // By hand: five reliable EU changes (CIA, COMP, CONT, OTHER, IP), rises 33.33 > 12.5 > 6.06,
        // falls -10 < -6.67; five reliable country changes (AT, BE, CY, CZ, DK), rises 100 > 12.5 > 11.11 = 11.11.
        assertThat(places(findings, KeyFinding.EU_LARGEST_INCREASE)).containsExactly("CIA 1 0 5", "IP 2 0 5", "COMP 3 0 5");
        assertThat(places(findings, KeyFinding.EU_LARGEST_DECREASE)).containsExactly("CONT 1 0 5", "OTHER 2 0 5");
        assertThat(places(findings, KeyFinding.COUNTRY_STEEPEST_RISE)).containsExactly("BE 1 0 5", "DK 2 0 5", "AT 3 1 5");
    }

    @Test
    void equalLargestChangesShareFirstPlace() {
        eu("CYB", 100_000, 90_000, 9_000L, 11.11, 25, 93.5);
        country("AT", 2_000, 200L, 11.11, "");
        country("CY", 500, 50L, 11.11, "");
        country("DK", 900, 50L, 5.9, "");
        assertThat(places(derive(), KeyFinding.COUNTRY_STEEPEST_RISE)).containsExactly("AT 1 1 3", "CY 1 1 3", "DK 3 0 3");
    }

    /** "who place tied compared" of each finding of one kind, in rank order. */
    private static List<String> places(List<KeyFinding> findings, String kind) {
        return findings.stream().filter(f -> f.kind().equals(kind))
                .map(f -> (f.geo().equals("EU27_2020") ? f.offence() : f.geo()) + " "
                        + f.figures().get("place").intValue() + " " + f.figures().get("tied").intValue() + " "
                        + f.figures().get("compared").intValue())
                .toList();
    }

    @Test
    void fullCoverageNeedsNoCaveatAndMissingTotalIsACaveat() {
        eu("CYB", 100_000, 90_000, 9_000L, 11.11, 27, 100.0);
        assertThat(derive()).extracting(KeyFinding::kind).containsExactly("EU_TOTAL_TREND");
        figures.clear();
        assertThat(derive()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("COVERAGE_CAVEAT");
            assertThat(f.figures()).containsEntry("countries", 0.0);
        });
    }
}
