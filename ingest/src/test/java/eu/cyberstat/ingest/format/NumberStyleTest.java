package eu.cyberstat.ingest.format;

import static eu.cyberstat.reference.Language.EN;
import static eu.cyberstat.reference.Language.FR;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberStyleTest {

    @Test
    void evidenceInTheValuesDecides() {
        assertThat(NumberStyle.detect(List.of("1.234.567", "12.345"), '\t')).isEqualTo(new NumberStyle(',', '.', true));
        assertThat(NumberStyle.detect(List.of("1,234,567"), '\t')).isEqualTo(new NumberStyle('.', ',', true));
        assertThat(NumberStyle.detect(List.of("1.234,5"), '\t')).isEqualTo(new NumberStyle(',', '.', true));
        assertThat(NumberStyle.detect(List.of("1,234.5"), ';')).isEqualTo(new NumberStyle('.', ',', true));
        assertThat(NumberStyle.detect(List.of("12,5", "12.345"), '\t')).isEqualTo(new NumberStyle(',', '.', true));
        assertThat(NumberStyle.detect(List.of("3.75"), '\t')).isEqualTo(new NumberStyle('.', ',', true));
        assertThat(NumberStyle.detect(List.of("0,125"), '\t')).isEqualTo(new NumberStyle(',', '.', true));
        assertThat(NumberStyle.detect(List.of("1234,567"), '\t')).isEqualTo(new NumberStyle(',', '.', true));
        assertThat(NumberStyle.detect(List.of("12 345,678"), '\t')).isEqualTo(new NumberStyle(',', '.', true));
    }

    @Test
    void withoutEvidenceTheFieldSeparatorDecides() {
        // Excel writes ';' in the locales whose decimal separator is ','.
        assertThat(NumberStyle.detect(List.of("12.345", "12,345"), ';')).isEqualTo(new NumberStyle(',', '.', true));
        assertThat(NumberStyle.detect(List.of("12,345"), ',')).isEqualTo(new NumberStyle('.', ',', true));
    }

    @Test
    void withNeitherAThreeDigitGroupIsAGuessedThousandsSeparator() {
        NumberStyle style = NumberStyle.detect(List.of("12.345", "950"), '\t');
        assertThat(style).isEqualTo(new NumberStyle(',', '.', false));
        assertThat(style.read("12.345")).isEqualTo(new NumberStyle.Reading(new BigDecimal("12345"), null, true));
        assertThat(style.read("950").ambiguous()).isFalse();
        assertThat(NumberStyle.detect(List.of("12,345"), (char) 0)).isEqualTo(new NumberStyle('.', ',', false));
    }

    @Test
    void readsTheWaysPeopleWriteCounts() {
        NumberStyle french = NumberStyle.declared(',', ' ');
        assertThat(french.read("12 345").value()).isEqualByComparingTo("12345");
        assertThat(french.read("12\u00a0345").value()).isEqualByComparingTo("12345");
        assertThat(french.read("12\u202f345,0").value()).isEqualByComparingTo("12345");
        assertThat(french.read("1'234").value()).isEqualByComparingTo("1234");
        assertThat(french.read("12,5").value()).isEqualByComparingTo("12.5");
        assertThat(french.read("-12").value()).isEqualByComparingTo("-12");
        assertThat(french.read("\u221212").value()).isEqualByComparingTo("-12");
        assertThat(french.read("(12)").value()).isEqualByComparingTo("-12");
        assertThat(french.read("1,5E+3").value()).isEqualByComparingTo("1500");
        assertThat(NumberStyle.PLAIN.read("13103").value()).isEqualByComparingTo("13103");
        assertThat(NumberStyle.PLAIN.read("2.92").value()).isEqualByComparingTo("2.92");
    }

    @Test
    void rejectsWhatIsNotANumberSayingWhy() {
        NumberStyle german = NumberStyle.declared(',', '.');
        assertThat(german.read("12.34").problem().in(EN)).isEqualTo(", its digits are not grouped in threes");
        assertThat(german.read("1.2345").problem().in(EN)).isEqualTo(", its digits are not grouped in threes");
        assertThat(german.read("1234.567").problem().in(EN)).isEqualTo(", its digits are not grouped in threes");
        assertThat(german.read("n/a").problem()).isNull();
        assertThat(german.read("12%").isNumber()).isFalse();
        assertThat(NumberStyle.PLAIN.read("1,234").problem().in(EN))
                .isEqualTo(", given how this file writes numbers (like 12345.6)");
        assertThat(NumberStyle.PLAIN.read("1,234").problem().in(FR))
                .isEqualTo(", vu la façon dont ce fichier écrit les nombres (par exemple 12345.6)");
        assertThat(german.read("99999999999999999999").problem().in(EN)).isEqualTo(", it is far too large");
        assertThat(german.read("1e").isNumber()).isFalse();
    }
}
