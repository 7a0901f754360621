package eu.cyberstat.pipeline.history;

import java.time.Instant;

/**
 * Something the operator is told: on the operator page, and by e-mail when an SMTP server is set.
 *
 * @param runId     the run it is about; null for a deadline
 * @param mailedTo  the addresses it was sent to; null when no mail was sent
 * @param mailError why sending failed; null when it did not
 */
public record Notification(long id, Instant happenedAt, Kind kind, Long runId, Integer referenceYear, String message,
                           String mailedTo, String mailError) {

    public enum Kind {
        RUN_FINISHED,
        RUN_FAILED,
        /** An alert export from the inbox was refused (it is set aside in the inbox's failed/ folder). */
        INGEST_FAILED,
        /** The publication deadline of a reference year passed without a published run. */
        DEADLINE_PASSED
    }
}
