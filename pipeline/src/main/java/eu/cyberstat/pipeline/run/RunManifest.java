package eu.cyberstat.pipeline.run;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/**
 * {@code manifest.json}: what a run read, decided and produced. The one output of a run that
 * differs between two runs on the same inputs (start, end and timings); everything else in it
 * is determined by the inputs. See docs/metrics.md, "The run manifest".
 *
 * @param runId          identifies the computation: the same inputs, settings and software give
 *                       the same id (see {@link RunIds})
 * @param asOfRequested  the {@code --as-of} instant given, or null for "latest"
 * @param dataVintage    commit time of the newest input the run read (national submissions,
 *                       alert exports): the state of the warehouse the figures describe
 */
public record RunManifest(String runId, int referenceYear, Window window, Instant startedAt, Instant finishedAt,
                          String softwareVersion, String gitRevision, String sparkVersion, String sparkMaster,
                          Instant asOfRequested, Instant dataVintage, String populationSha256, List<Input> inputs,
                          List<PanelEntry> panels, TableCommit table, List<OutputFile> outputs,
                          List<StageTiming> timings, List<Warning> warnings) {

    /** The years the figures cover and the base year of the index. */
    public record Window(int firstYear, int lastYear, int baseYear) {
    }

    /**
     * One accepted submission whose figures the run read.
     *
     * @param rows               figures the submission brought
     * @param rowsInForce        of those, figures not superseded by a later submission
     * @param rowsRead           of those, figures inside the window
     * @param rowsRejected       of those, figures the run could not use (an aggregate such as
     *                           EU27_2020, an offence outside the classification)
     * @param validationWarnings warnings raised when the submission was validated
     */
    public record Input(String submissionId, String file, String sha256, Instant committedAt, long rows,
                        long rowsInForce, long rowsRead, long rowsRejected, int validationWarnings) {
    }

    /** The EU panel of one offence × indicator: its countries, and who was left out and why. */
    public record PanelEntry(String offence, String indicator, List<String> countries,
                             SortedMap<String, String> excluded) {
    }

    /** The commit that replaced the reference year's partition of the warehouse table {@code metrics}. */
    public record TableCommit(String table, String commitId, Instant committedAt, List<String> partition, long rows) {
    }

    public record StageTiming(String stage, long millis) {
    }

    /** A warning of a stage, with a stable code (docs/metrics.md, "Warnings"). */
    public record Warning(String stage, String code, String message) {
    }
}
