package eu.cyberstat.pipeline.run;

import eu.cyberstat.pipeline.storage.Warehouse;
import java.time.Instant;

/**
 * A further step of the annual run, after the national-statistics metrics: the hook through
 * which the alert-platform metrics (and anything else computed per reference year) join the
 * run, its timings, its outputs and its manifest. Register steps with {@link AnnualRun}.
 *
 * <p>A step writes its files through {@link RunContext#write} (atomic, hashed into the
 * manifest), reports warnings through {@link RunContext#warn}, and may write its own
 * warehouse table. It must be deterministic: the same warehouse state gives the same bytes.
 */
public interface RunStep {

    /** Short name, used as the stage name in the manifest's timings and warnings. */
    String name();

    /**
     * A text that changes whenever this step's inputs change (e.g. the ids of the effective
     * commits of the table it reads, as of {@code asOf}); part of the run id, so that a run id
     * names exactly one set of inputs. Empty when the step reads nothing of its own.
     */
    default String inputFingerprint(Warehouse warehouse, Instant asOf) {
        return "";
    }

    /**
     * When the newest input of this step was committed (as of {@code asOf}), or null when it
     * reads nothing of its own: the run's data vintage is the newest of all its inputs. Called
     * after {@link #inputFingerprint}.
     */
    default Instant inputVintage(Warehouse warehouse, Instant asOf) {
        return null;
    }

    void run(RunContext context);
}
