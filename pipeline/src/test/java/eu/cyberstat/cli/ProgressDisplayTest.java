package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressDisplayTest {

    @Test
    void aLineSaysStageUnitsDoneRateTimeLeftAndElapsed() {
        try (ProgressDisplay display = ProgressDisplay.start("ingest DE-MELDESTELLE")) {
            assertThat(display.line("read and write", 5_000_000, 20_000_000, "rows", 10_000_000_000L))
                    .isEqualTo("ingest DE-MELDESTELLE: read and write: 5,000,000 of 20,000,000 rows (25.0 %), "
                            + "500,000 rows/s, ETA 30 s, 10.0 s elapsed");
            assertThat(display.line("read and write", 20_000_000, 20_000_000, "rows", 40_000_000_000L))
                    .doesNotContain("ETA");
            assertThat(display.line("metrics", 0, 0, null, 1_500_000_000L))
                    .isEqualTo("ingest DE-MELDESTELLE: metrics, 1.5 s elapsed");
            assertThat(display.line("report set", 12, 33, "documents", 6_000_000_000L))
                    .isEqualTo("ingest DE-MELDESTELLE: report set: 12 of 33 documents (36.4 %), ETA 11 s, 6.0 s elapsed");
        }
    }

    @Test
    void underTestsStandardErrorIsNoTerminal() {
        // Under Surefire (and in CI, a pipe, a log) nothing is drawn: progress shows on a terminal only.
        assertThat(Terminal.isStderrTerminal()).isFalse();
    }
}
