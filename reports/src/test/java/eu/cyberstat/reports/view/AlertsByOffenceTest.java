package eu.cyberstat.reports.view;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.reports.model.AlertFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertsByOffenceTest {

    private static AlertFigure volume(String offence, double value) {
        return new AlertFigure("VOLUME", 2022, 0, "", offence, "", value);
    }

    @Test
    void everyAlertIsShownOnceAtTheLevelItWasPlaced() {
        // 40 fraud + 10 identity theft + 5 placed only at COMP; 20 illegal access; 3 placed only at "all".
        List<AlertFigure> figures = List.of(volume("", 78), volume("COMP", 55), volume("COMP_FRAUD", 40),
                volume("COMP_IDTHEFT", 10), volume("CIA", 20), volume("CIA_ACCESS", 20),
                // other breakdowns and years are not part of the chart
                new AlertFigure("VOLUME", 2022, 3, "", "COMP_FRAUD", "", 7), new AlertFigure("VOLUME", 2022, 0, "FR", "", "", 9),
                new AlertFigure("VOLUME", 2021, 0, "", "COMP_FRAUD", "", 99), new AlertFigure("YOY_PCT", 2022, 0, "", "", "", 5));

        List<AlertsByOffence.Bar> bars = AlertsByOffence.of(figures, 2022, ReferenceData.shipped().offences());

        assertThat(bars).containsExactly(
                new AlertsByOffence.Bar("COMP_FRAUD", false, 40),
                new AlertsByOffence.Bar("CIA_ACCESS", false, 20),
                new AlertsByOffence.Bar("COMP_IDTHEFT", false, 10),
                new AlertsByOffence.Bar("COMP", true, 5),
                new AlertsByOffence.Bar("CYB", true, 3));
        assertThat(bars.stream().mapToDouble(AlertsByOffence.Bar::alerts).sum()).as("the bars add up to all alerts").isEqualTo(78);
    }
}
