package eu.cyberstat.ingest.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidationSettingsTest {

    @Test
    void readsEveryKeyItFindsAndKeepsTheDefaultsOfTheOthers() {
        Map<String, String> file = Map.of(ValidationSettings.FIRST_YEAR, " 1980 ", ValidationSettings.JUMP_FACTOR, "4.5",
                ValidationSettings.MAX_FILE_BYTES, "1000", ValidationSettings.MAX_ISSUES_PER_CODE, "7");
        ValidationSettings s = ValidationSettings.from(k -> Optional.ofNullable(file.get(k)));
        ValidationSettings d = ValidationSettings.defaults();
        assertThat(s).isEqualTo(new ValidationSettings(1980, d.lastYear(), 4.5, d.jumpMinimum(), 1000,
                d.maxSheetRows(), d.maxSheetColumns(), 7));
        assertThat(ValidationSettings.from(k -> Optional.empty())).isEqualTo(d);
    }

    @Test
    void asksForEveryValidationKeyAndNothingElse() {
        Set<String> asked = new HashSet<>();
        ValidationSettings.from(k -> {
            asked.add(k);
            return Optional.empty();
        });
        assertThat(asked).containsExactlyInAnyOrder("validation.first-year", "validation.last-year",
                "validation.jump-factor", "validation.jump-minimum", "validation.max-file-bytes",
                "validation.max-sheet-rows", "validation.max-sheet-columns", "validation.max-issues-per-code");
    }

    @Test
    void aValueThatIsNotANumberIsReportedWithItsKey() {
        assertThatThrownBy(() -> ValidationSettings.from(
                k -> k.equals(ValidationSettings.MAX_SHEET_ROWS) ? Optional.of("lots") : Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("validation.max-sheet-rows is not a number: 'lots'");
    }
}
