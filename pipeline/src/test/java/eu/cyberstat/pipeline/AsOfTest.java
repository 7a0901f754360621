package eu.cyberstat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.cyberstat.failure.BadInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AsOfTest {

    @Test
    void readsEveryDocumentedForm() {
        assertThat(AsOf.parse("2026-03-01T12:00:00Z")).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
        assertThat(AsOf.parse("2026-03-01T14:00:00+02:00")).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
        assertThat(AsOf.parse("2026-03-01T12:00")).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
        assertThat(AsOf.parse(" 2026-03-01 ")).isEqualTo(Instant.parse("2026-03-01T23:59:59.999Z"));
        assertThat(AsOf.parse("9999-12-31")).isEqualTo(Instant.parse("9999-12-31T23:59:59.999Z"));
        assertThat(AsOf.parse("0001-01-01T00:00:00Z")).isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
    }

    @Test
    void anOptionNotGivenIsTheLatestState() {
        assertThat(AsOf.parse(null)).isNull();
    }

    @Test
    void anEmptyOptionIsRefusedNotTakenForNow() {
        for (String empty : new String[] {"", "  ", "\t"}) {
            assertThatThrownBy(() -> AsOf.parse(empty)).isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("--as-of is empty: use e.g. 2026-03-01")
                    .hasMessageContaining("leave the option out to read the latest state");
        }
    }

    @Test
    void datesOutsideTheCalendarPeopleWriteAreRefused() {
        for (String far : new String[] {"+999999999-12-31", "-999999999-01-01", "+10000-01-01", "0000-12-31",
            "+1000000000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "-0001-06-01T00:00"}) {
            assertThatThrownBy(() -> AsOf.parse(far)).as(far).isInstanceOf(BadInputException.class)
                    .hasMessageMatching("--as-of '.*' is (outside the years 0001 to 9999|not a date or instant): use e\\.g\\. .*");
        }
        assertThatThrownBy(() -> AsOf.parse("+999999999-12-31"))
                .hasMessage("--as-of '+999999999-12-31' is outside the years 0001 to 9999: use e.g. 2026-03-01 (the end "
                        + "of that day, UTC) or 2026-03-01T12:00:00Z.");
    }

    @Test
    void wordsAreNotADate() {
        assertThatThrownBy(() -> AsOf.parse("last tuesday")).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("--as-of 'last tuesday' is not a date or instant");
    }
}
