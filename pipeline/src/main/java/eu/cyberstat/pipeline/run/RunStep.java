package eu.cyberstat.pipeline.run;

import eu.cyberstat.warehousing.Warehouse;
import java.time.Instant;
import java.util.Set;

/**
 * A further step of the annual run, after the national-statistics metrics: the hook through
 * which the alert-platform metrics (and anything else computed per reference year) join the
 * run, its timings, its outputs and its manifest. Register steps with {@link AnnualRun}.
 *
 * <p>A step declares the {@link RunProduct}s it reads and produces: the run orders its steps by
 * them (a step runs after the steps that make what it reads), and the {@link RunContext} hands a
 * step only what it declared. A step writes its files through {@link RunContext#write} (atomic,
 * hashed into the manifest), reports warnings through {@link RunContext#warn}, and may write its
 * own warehouse table. It must be deterministic: the same warehouse state gives the same bytes.
 */
public interface RunStep {

    /** Short name, used as the stage name in the manifest's timings and warnings. */
    String name();

    /** What the step reads of what the run and other steps produce. */
    default Set<RunProduct<?>> reads() {
        return Set.of();
    }

    /** What the step produces for later steps. */
    default Set<RunProduct<?>> produces() {
        return Set.of();
    }

    /**
     * What a step reads of its own, as of an instant.
     *
     * @param fingerprint a text that changes whenever these inputs change (e.g. the ids of the
     *                    effective commits of the table read); part of the run id, so that a run
     *                    id names exactly one set of inputs
     * @param vintage     when the newest of them was committed; the run's data vintage is the
     *                    newest of all its inputs. Null when there is none.
     */
    record Inputs(String fingerprint, Instant vintage) {
        public static final Inputs NONE = new Inputs("", null);
    }

    /** This step's own inputs as of {@code asOf} (null = latest). */
    default Inputs inputs(Warehouse warehouse, Instant asOf) {
        return Inputs.NONE;
    }

    /**
     * Runs the step. It reads its inputs as of the run's data vintage
     * ({@code context.provenance().asOf()}): commit times only grow, so that is exactly the state
     * {@link #inputs} described, even if something commits meanwhile.
     */
    void run(RunContext context);
}
