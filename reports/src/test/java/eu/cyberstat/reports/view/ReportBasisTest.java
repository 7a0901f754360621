package eu.cyberstat.reports.view;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.reports.ReportFixtures;
import eu.cyberstat.reports.model.AlertFigure;
import eu.cyberstat.reports.model.ReportData;
import eu.cyberstat.reports.template.ReportTemplates;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportBasisTest {

    private static final ReportData FIXTURE = ReportFixtures.realistic().data();
    private static final ReportTemplates TEMPLATES = ReportTemplates.load(
            Path.of(System.getProperty("cyberstat.project.dir", ".."), "templates/report"), FIXTURE.reference());

    private static ReportBasis basis(List<AlertFigure> alerts) {
        return new ReportBasis(new ReportData(FIXTURE.provenance(), FIXTURE.reference(), FIXTURE.figures(),
                FIXTURE.keyFindings(), alerts, FIXTURE.checks()), TEMPLATES);
    }

    @Test
    void countriesWithRateAreTheCountriesWithAPublishedRateHighestFirst() {
        ReportBasis basis = basis(FIXTURE.alertFigures());
        // Malta's content offences are confidential: their rate is in the fixture but not published.
        List<String> expected = FIXTURE.figures().stream()
                .filter(f -> f.year() == 2022 && f.offence().equals("CONT") && !f.geo().equals("EU27_2020")
                        && f.ratePer100k() != null && !ReportFixtures.confidential(f))
                .sorted(Comparator.comparing(Figure::ratePer100k).reversed()).map(Figure::geo).toList();
        assertThat(expected).doesNotContain("MT").hasSizeGreaterThan(20);
        assertThat(basis.countriesWithRate("CONT", 2022)).containsExactlyElementsOf(expected);
        assertThat(basis.countriesByRate("CONT", 2022)).startsWith(expected.toArray(String[]::new)).contains("MT");
    }

    @Test
    void alertChecksLookAtTheReferenceYearAndWhatEachRendererDraws() {
        assertThat(basis(FIXTURE.alertFigures()).hasAlerts()).isTrue();
        assertThat(basis(FIXTURE.alertFigures()).monthlyPlatformVolumes()).hasSize(3 * 12);

        // Only last year's alerts: nothing of the reference year to show, no alerts chapter.
        List<AlertFigure> lastYear = FIXTURE.alertFigures().stream()
                .map(a -> new AlertFigure(a.measure(), a.year() - 1, a.month(), a.platform(), a.offence(),
                        a.hostingCountry(), a.value())).toList();
        ReportBasis old = basis(lastYear);
        assertThat(old.hasAlerts()).isFalse();
        assertThat(old.monthlyPlatformVolumes()).isEmpty();
        assertThat(old.platformYearFigures()).isEmpty();
        assertThat(old.alertsByOffence()).isEmpty();

        // Whole-year volumes only: a chapter, but no monthly lines to draw.
        List<AlertFigure> yearly = FIXTURE.alertFigures().stream().filter(AlertFigure::isWholeYear).toList();
        ReportBasis whole = basis(yearly);
        assertThat(whole.hasAlerts()).isTrue();
        assertThat(whole.monthlyPlatformVolumes()).isEmpty();
        assertThat(whole.platformYearFigures()).isNotEmpty();
    }
}
