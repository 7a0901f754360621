package eu.cyberstat.pipeline.history;

/** What asked for a run. */
public enum RunTrigger {
    /** {@code cyberstat run} on the command line. */
    COMMAND,
    /** The operator page of the portal. */
    PAGE,
    /** The annual run's schedule. */
    SCHEDULE,
    /** A provisional re-run after new submissions or alert exports (debounced). */
    PROVISIONAL,
    /** {@code cyberstat runs backfill} or the backfill button. */
    BACKFILL,
    /** Another attempt after a failure that may pass (I/O). */
    RETRY,
    /** The one re-run of a run interrupted by the end of its process. */
    RECOVERY,
    /** The annual run of {@code cyberstat demo} (and of {@code serve --demo}, which runs it). */
    DEMO
}
