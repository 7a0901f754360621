package eu.cyberstat.pipeline.run;

import eu.cyberstat.ingest.Observation;
import eu.cyberstat.ingest.store.Submission;
import eu.cyberstat.ingest.store.SubmissionStore;
import eu.cyberstat.ingest.validation.ValidationReport;
import eu.cyberstat.pipeline.metrics.ObservationFrames;
import eu.cyberstat.pipeline.storage.Warehouse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.spark.sql.SparkSession;

/** Puts national figures into a test warehouse as accepted submissions. */
public final class RunTestSupport {

    private RunTestSupport() {
    }

    public static Submission submit(SparkSession spark, Warehouse warehouse, String fileName, List<Observation> rows) {
        String sha = DigestUtils.sha256Hex((fileName + rows).getBytes(StandardCharsets.UTF_8));
        String id = SubmissionStore.newSubmissionId(Instant.now(), sha);
        // The same steps as SubmissionIntake, without a file to validate.
        var table = warehouse.observations();
        String dataDir = table.moveIntoPlace(table.stage(id, ObservationFrames.of(spark, rows).drop("submission_id")));
        ValidationReport report = new ValidationReport(fileName, "csv", "UTF-8", rows.size(), List.of(), List.of());
        SubmissionStore store = warehouse.submissions();
        try {
            Path raw = Files.createTempFile("upload", ".csv");
            Files.writeString(raw, rows.toString());
            store.publish(id, store.stage(id, raw, fileName, report, rows));
            Files.delete(raw);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return store.commit(id, dataDir, fileName, sha, 100, report, null, rows);
    }
}
