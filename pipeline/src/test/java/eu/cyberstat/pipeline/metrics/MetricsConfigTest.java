package eu.cyberstat.pipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.pipeline.Settings;
import org.junit.jupiter.api.Test;

class MetricsConfigTest {

    @Test
    void defaultsToTenYearsWithTheFirstAsBase() {
        MetricsConfig c = MetricsConfig.from(Settings.defaults(), 2022, null);
        assertThat(c.firstYear()).isEqualTo(2013);
        assertThat(c.baseYear()).isEqualTo(2013);
        assertThat(c.years()).hasSize(10).startsWith(2013).endsWith(2022);
    }

    @Test
    void commandLineBaseYearWinsOverSettings() {
        Settings s = Settings.defaults().with(MetricsConfig.WINDOW_YEARS, 6).with(MetricsConfig.BASE_YEAR, 2018);
        assertThat(MetricsConfig.from(s, 2022, null)).isEqualTo(new MetricsConfig(2022, 6, 2018));
        assertThat(MetricsConfig.from(s, 2022, 2020).baseYear()).isEqualTo(2020);
    }

    @Test
    void rejectsABaseYearOutsideTheWindowWithAClearMessage() {
        assertThatThrownBy(() -> new MetricsConfig(2022, 10, 2012)).isInstanceOf(BadInputException.class)
                .hasMessage("Base year 2012 is outside the window 2013–2022: choose a year inside it with --base-year "
                        + "or metrics.base.year.");
        assertThatThrownBy(() -> new MetricsConfig(22, 10, 13)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("Reference year 22 is not plausible");
    }
}
