package eu.cyberstat.pipeline.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The run's steps run in the order their products need, whatever order they are registered in. */
class RunStepOrderTest {

    /** A step that only declares what it reads and makes. */
    private record Step(String name, Set<RunProduct<?>> reads, Set<RunProduct<?>> produces) implements RunStep {
        @Override
        public void run(RunContext context) {
        }
    }

    private static final Step ALERTS = new Step("alerts", Set.of(), Set.of(RunProduct.ALERT_FIGURES));
    private static final Step REPORT = new Step("report",
            Set.of(RunProduct.FIGURES, RunProduct.KEY_FINDINGS, RunProduct.ALERT_FIGURES), Set.of());

    @Test
    void aStepRunsAfterTheStepThatMakesWhatItReads() {
        assertThat(AnnualRun.ordered(List.of(REPORT, ALERTS))).containsExactly(ALERTS, REPORT);
        assertThat(AnnualRun.ordered(List.of(ALERTS, REPORT))).containsExactly(ALERTS, REPORT);
    }

    @Test
    void stepsThatNeedNothingOfEachOtherKeepTheirOrder() {
        Step a = new Step("a", Set.of(RunProduct.FIGURES), Set.of());
        Step b = new Step("b", Set.of(RunProduct.KEY_FINDINGS), Set.of());
        assertThat(AnnualRun.ordered(List.of(b, a))).containsExactly(b, a);
    }

    @Test
    void aStepReadingWhatNothingMakesIsRefusedBeforeTheRun() {
        assertThatThrownBy(() -> AnnualRun.ordered(List.of(REPORT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("report reads").hasMessageContaining("alert figures");
    }
}
