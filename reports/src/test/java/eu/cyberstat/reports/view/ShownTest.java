package eu.cyberstat.reports.view;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.figure.Figure;
import org.junit.jupiter.api.Test;

/** Shown is the one gate every output goes through: a confidential figure publishes nothing but its flags. */
class ShownTest {

    /** A figure with every metric filled in, flagged as given. */
    private static Figure figure(String flags) {
        return new Figure("MT", "CONT_CSAM", "0903", "RECORDED", 2022, 1_703L, 331.2, 11L, 0.65, 1.3, 1_692.0, 104.2,
                6.8, 4, flags, null, null);
    }

    @Test
    void aConfidentialFigureShowsNothingButItsFlagsEvenWhenItCarriesValues() {
        Figure f = figure("cp");
        assertThat(Shown.isConfidential(f)).isTrue();
        assertThat(Shown.value(f)).isNull();
        assertThat(Shown.rate(f)).isNull();
        assertThat(Shown.yoyPct(f)).isNull();
        assertThat(Shown.yoyAbs(f)).isNull();
        assertThat(Shown.cagr5y(f)).isNull();
        assertThat(Shown.ma3y(f)).isNull();
        assertThat(Shown.index(f)).isNull();
        assertThat(Shown.share(f)).isNull();
        assertThat(Shown.rank(f)).isNull();
        assertThat(Shown.flags(f)).isEqualTo("cp");
    }

    @Test
    void anOpenFigureShowsWhatItCarries() {
        Figure f = figure("p");
        assertThat(Shown.isConfidential(f)).isFalse();
        assertThat(Shown.value(f)).isEqualTo(1_703L);
        assertThat(Shown.rate(f)).isEqualTo(331.2);
        assertThat(Shown.yoyPct(f)).isEqualTo(0.65);
        assertThat(Shown.yoyAbs(f)).isEqualTo(11L);
        assertThat(Shown.rank(f)).isEqualTo(4);
        assertThat(Shown.flags(f)).isEqualTo("p");
    }

    @Test
    void noFigureShowsNothing() {
        assertThat(Shown.value(null)).isNull();
        assertThat(Shown.rate(null)).isNull();
        assertThat(Shown.yoyPct(null)).isNull();
        assertThat(Shown.flags(null)).isEmpty();
        assertThat(Shown.isConfidential(null)).isFalse();
    }
}
