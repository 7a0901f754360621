package eu.cyberstat.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Which first rows are taken for the project layout's header. */
class ProjectCsvReaderTest {

    @Test
    void aHeaderIsRecognisedUnderEveryNameOfItsColumnsInAnyOrderAndCase() {
        assertThat(ProjectCsvReader.isHeader(row("country", "year", "offence", "indicator", "value", "flags", "note")))
                .isTrue();
        assertThat(ProjectCsvReader.isHeader(row("Value", "\uFEFFGeo ", "OFFENSE", "year"))).isTrue();
    }

    @Test
    void aHeaderWithoutIndicatorIsStillRecognisedButNotOneWithoutAnotherRequiredColumn() {
        assertThat(ProjectCsvReader.isHeader(row("country", "year", "offence", "value"))).isTrue();
        assertThat(ProjectCsvReader.isHeader(row("country", "year", "offence", "indicator"))).isFalse();
        assertThat(ProjectCsvReader.isHeader(row("country", "offence", "indicator", "value"))).isFalse();
        assertThat(ProjectCsvReader.isHeader(row("flag", "year", "offence", "indicator", "value", "note"))).isFalse();
    }

    private static TableRow row(String... cells) {
        return new TableRow(1, Arrays.stream(cells).map(Cell::text).toList());
    }
}
