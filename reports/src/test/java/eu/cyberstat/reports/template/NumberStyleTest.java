package eu.cyberstat.reports.template;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.reference.Language;
import org.junit.jupiter.api.Test;

class NumberStyleTest {

    @Test
    void writesNumbersTheWayEachLanguageDoes() {
        assertThat(new NumberStyle(Language.EN).count(1234567L)).isEqualTo("1,234,567");
        assertThat(new NumberStyle(Language.FR).count(1234567L)).isEqualTo("1\u202F234\u202F567");
        assertThat(new NumberStyle(Language.DE).count(1234567L)).isEqualTo("1.234.567");
        assertThat(new NumberStyle(Language.DE).rate(12.345)).isEqualTo("12,3");
        assertThat(new NumberStyle(Language.FR).signedPct(-4.04)).isEqualTo("\u22124,0\u00A0%");
        assertThat(new NumberStyle(Language.EN).signedPct(11.96)).isEqualTo("+12.0%");
        assertThat(new NumberStyle(Language.EN).signedPct(-0.04)).isEqualTo("0.0%");
    }

    @Test
    void writesADashForAMissingNumberNeverNull() {
        NumberStyle en = new NumberStyle(Language.EN);
        assertThat(en.count(null)).isEqualTo("–");
        assertThat(en.pct("")).isEqualTo("–");
        assertThat(en.rate(Double.NaN)).isEqualTo("–");
    }
}
