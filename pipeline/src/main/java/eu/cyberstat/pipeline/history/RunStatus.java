package eu.cyberstat.pipeline.history;

/** Where a recorded run stands. */
public enum RunStatus {
    /** Waiting for its turn (one run at a time) or for its retry time. */
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    /** Its process ended while it ran (killed, power loss); found so at the next start. */
    INTERRUPTED,
    /** Left out by an operator or by a backfill before it started. */
    CANCELLED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == INTERRUPTED || this == CANCELLED;
    }
}
