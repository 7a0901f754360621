package eu.cyberstat.figure;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.figure.Observation;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionNoteTest {

    private static Observation figure(String geo, int year, String offence, String note) {
        return new Observation(geo, year, offence, "RECORDED", 1L, "", note);
    }

    @Test
    void oneNotePerCountryAndTextWithItsYearsAndFigures() {
        List<SubmissionNote> notes = SubmissionNote.of(List.of(
                figure("EL", 2014, "CYB", "Estimated from regional returns"),
                figure("EL", 2013, "CIA", "Estimated from regional returns "),
                figure("EL", 2013, "CYB", "Estimated from regional returns"),
                figure("EL", 2016, "CYB", ""),
                figure("EL", 2015, "CYB", "Estimated from regional returns"),
                figure("CY", 2015, "CYB", "Estimated from regional returns"),
                figure("EL", 2022, "CYB", "Provisional")));
        assertThat(notes).containsExactly(
                new SubmissionNote("EL", "Estimated from regional returns", List.of(2013, 2014, 2015), 4),
                new SubmissionNote("CY", "Estimated from regional returns", List.of(2015), 1),
                new SubmissionNote("EL", "Provisional", List.of(2022), 1));
    }

    @Test
    void theWholeSubmissionsNoteComesFirstForEachCountryItCovers() {
        List<Observation> figures = List.of(
                figure("EL", 2021, "CYB", ""),
                figure("EL", 2022, "CYB", "Provisional"),
                figure("CY", 2022, "CYB", ""));
        assertThat(SubmissionNote.of("  2021 revised after the audit ", figures)).containsExactly(
                new SubmissionNote("EL", "2021 revised after the audit", List.of(2021, 2022), 2),
                new SubmissionNote("CY", "2021 revised after the audit", List.of(2022), 1),
                new SubmissionNote("EL", "Provisional", List.of(2022), 1));
        assertThat(SubmissionNote.of(" ", figures)).isEqualTo(SubmissionNote.of(figures));
        assertThat(SubmissionNote.of(null, figures)).isEqualTo(SubmissionNote.of(figures));
    }

    @Test
    void aNoteIsShownOnOneLineWithoutControlsOrInvisibleFormatting() {
        assertThat(SubmissionNote.printable("line one\nline\ttwo\r")).isEqualTo("line one line two");
        assertThat(SubmissionNote.printable("\u001B[31mred\u001B[0m")).isEqualTo("\\u001B[31mred\\u001B[0m");
        assertThat(SubmissionNote.printable("abc\u202Efed\u200B")).isEqualTo("abc\\u202Efed\\u200B");
        assertThat(SubmissionNote.printable("Révision : chiffres définitifs")).isEqualTo("Révision : chiffres définitifs");
        // A formula stays as it was written: each output guards it its own way (the workbook quote-prefixes it).
        assertThat(SubmissionNote.printable("=1+1")).isEqualTo("=1+1");
        String longNote = "x".repeat(SubmissionNote.MAX_SHOWN + 50);
        assertThat(SubmissionNote.printable(longNote)).hasSize(SubmissionNote.MAX_SHOWN + 1).endsWith("x…");
    }
}
