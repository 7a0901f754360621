package eu.cyberstat.pipeline.history;

import eu.cyberstat.pipeline.run.OutputFile;
import eu.cyberstat.pipeline.run.RunManifest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One run as the history keeps it.
 *
 * @param id                the history's number of the run (runs show ID)
 * @param asOf              the instant the warehouse was read as of; null for its latest state
 * @param requestedBy       the user (command line: the operating-system user; page: the signed-in
 *                          user; schedule: {@code scheduler})
 * @param notBefore         a queued run does not start before (a retry's pause)
 * @param attempt           1, then 2, 3... for retries and the recovery of an interrupted run
 * @param retryOf           the run this one repeats (retry or recovery); null for a first attempt
 * @param executor          the process that must run it (a command waiting for its own run);
 *                          null: whichever worker is free (the service's, a backfill command's)
 * @param owner             the process running or having run it ({@code host/pid/start})
 * @param outDir            where the run writes its files
 * @param inputsFingerprint what it read ({@link eu.cyberstat.pipeline.run.InputsFingerprint}); null until started
 * @param resultId          the run id of its manifest (equal for equal inputs); null unless succeeded
 * @param failure           why it failed; null unless failed
 * @param message           the failure's or the interruption's sentence
 * @param publishedAt       when an operator published it as the official report of its year
 * @param supersededAt      when another run of the year was published in its place
 */
public record RunRecord(long id, int referenceYear, Instant asOf, RunTrigger trigger, String requestedBy,
                        RunStatus status, Instant queuedAt, Instant notBefore, Instant startedAt, Instant finishedAt,
                        int attempt, Long retryOf, String executor, String owner, Path outDir,
                        String inputsFingerprint, String resultId, FailureKind failure, String message,
                        List<RunManifest.StageTiming> stages, List<RunManifest.Warning> warnings,
                        List<RunManifest.Input> inputs, List<OutputFile> outputs, Instant publishedAt,
                        String publishedBy, Instant supersededAt) {

    public RunRecord {
        stages = List.copyOf(stages);
        warnings = List.copyOf(warnings);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** The official report of its year: published and not superseded. */
    public boolean isPublished() {
        return publishedAt != null && supersededAt == null;
    }

    /** Wall-clock time from start to end; null while it has not ended. */
    public Duration duration() {
        return startedAt == null || finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }
}
