package eu.cyberstat.pipeline.progress;

import java.util.function.LongSupplier;

/**
 * Where a long job says how far it got: the stage it is in and, within a stage, how many units
 * (rows, documents) of how many are done. What a person sees of it is the display's business
 * (the command line's progress display); jobs run by tests or embedded get {@link #NONE}.
 */
public interface Progress {

    /** Progress nobody watches. */
    Progress NONE = new Progress() {
        @Override
        public void stage(String name, long total, String unit) {
        }

        @Override
        public void advance(long units) {
        }
    };

    /**
     * A new stage begins.
     *
     * @param total units the stage has, 0 when not known (then only the stage and the time show)
     * @param unit  what is counted, e.g. "rows", "documents"; null with {@code total} 0
     */
    void stage(String name, long total, String unit);

    /** {@code units} more of the current stage are done (any thread). */
    void advance(long units);

    /**
     * A new stage whose units done are counted elsewhere, e.g. by Spark tasks in static
     * counters (see the alert ingest); by default counted through {@link #advance}.
     */
    default void stage(String name, long total, String unit, LongSupplier done) {
        stage(name, total, unit);
    }
}
