package eu.cyberstat.pipeline.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IngestProgressDisplayTest {

    @Test
    void logLineSaysRowsRateAndTimeLeft() {
        try (IngestProgressDisplay display = IngestProgressDisplay.start(20_000_000)) {
            assertThat(display.line(5_000_000, 10_000_000_000L))
                    .isEqualTo("ingest: 5,000,000 of 20,000,000 rows (25.0 %), 500,000 rows/s, ETA 30 s");
            assertThat(display.line(20_000_000, 40_000_000_000L)).doesNotContain("ETA");
        }
    }

    @Test
    void doneFillsTheBar() {
        try (IngestProgressDisplay display = IngestProgressDisplay.start(1000)) {
            IngestProgress.add(10);
            display.done();
            assertThat(IngestProgress.records()).isEqualTo(1000);
        }
    }
}
