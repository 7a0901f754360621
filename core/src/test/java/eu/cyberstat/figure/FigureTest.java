package eu.cyberstat.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A figure is read and written column by column through the catalogue, whatever holds its values. */
class FigureTest {

    private static final Figure EU = new Figure("EU27_2020", "CIA", "ICCS0903", "RECORDED", 2022, 12345678L, 2.5, -3L,
            -0.004, 12.3456, 1.0 / 3, 100.0, 33.333, null, "ep", 26, 99.999).withPanel(12000000L, 24);

    @Test
    void everyColumnReadsBackWhatWasWritten() {
        Map<FigureColumn, String> written = new HashMap<>();
        FigureColumns.PUBLISHED.forEach(c -> written.put(c, c.format(EU.get(c))));
        Figure read = Figure.of(c -> c.parse(written.get(c)));
        assertThat(read.geo()).isEqualTo("EU27_2020");
        assertThat(read.value()).isEqualTo(12345678L);
        assertThat(read.ratePer100k()).isEqualTo(2.5);
        assertThat(read.ma3y()).as("rounded to the published decimals").isEqualTo(0.33);
        assertThat(read.rank()).isNull();
        assertThat(read.panelValue()).isEqualTo(12000000L);
        assertThat(read.panelCountries()).isEqualTo(24);
        assertThat(read.confidentiality()).isEqualTo(ConfidentialityStatus.FREE);
        assertThat(written.get(FigureColumns.INDEX)).isEqualTo("100.00");
        assertThat(written.get(FigureColumns.RANK)).isEmpty();
    }

    @Test
    void aConfidentialFigureIsPrimaryUnlessSaidOtherwise() {
        Figure secret = new Figure("DK", "CYB", "", "VICTIMS", 2020, null, null, null, null, null, null, null, null, null,
                "bc", null, null);
        assertThat(secret.confidentiality()).isEqualTo(ConfidentialityStatus.PRIMARY);
        assertThat(secret.get(FigureColumns.CONF_STATUS)).isEqualTo("C");
        assertThat(secret.withConfidentiality(ConfidentialityStatus.SECONDARY).get(FigureColumns.CONF_STATUS))
                .isEqualTo("S");
    }

    @Test
    void onlyPublishedMeasuresAreAccepted() {
        assertThatThrownBy(() -> new Figure("DE", "CYB", "", "RECORDED", 2022, "", ConfidentialityStatus.FREE,
                Map.of("ma_5y", 1.0))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ma_5y");
    }

    @Test
    void theSdmxUnitOfTheIndexNamesItsBaseYear() {
        assertThat(FigureColumns.INDEX.sdmxUnit(2013)).isEqualTo("I13");
        assertThat(FigureColumns.RATE.sdmxUnit(2013)).isEqualTo("P_HTHAB");
    }
}
