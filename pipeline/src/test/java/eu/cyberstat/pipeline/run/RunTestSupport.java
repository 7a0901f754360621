package eu.cyberstat.pipeline.run;

import eu.cyberstat.figure.Observation;
import eu.cyberstat.problem.ValidationReport;
import eu.cyberstat.warehousing.NewSubmission;
import eu.cyberstat.warehousing.Submission;
import eu.cyberstat.warehousing.SubmissionStore;
import eu.cyberstat.warehousing.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.spark.sql.SparkSession;

/** Puts national figures into a test warehouse as accepted submissions, the way submit does. */
public final class RunTestSupport {

    private RunTestSupport() {
    }

    public static Submission submit(SparkSession spark, Warehouse warehouse, String fileName, List<Observation> rows) {
        return submit(spark, warehouse, fileName, rows, null);
    }

    /** A submission with the uploader's note on the whole file. */
    public static Submission submit(SparkSession spark, Warehouse warehouse, String fileName, List<Observation> rows,
                                    String note) {
        String sha = DigestUtils.sha256Hex((fileName + rows).getBytes(StandardCharsets.UTF_8));
        String id = SubmissionStore.newSubmissionId(Instant.now(), sha);
        ValidationReport report = new ValidationReport(fileName, "csv", "UTF-8", rows.size(), List.of(), List.of());
        try {
            Path raw = Files.createTempFile("upload", ".csv");
            try {
                Files.writeString(raw, rows.toString());
                return warehouse.using(() -> spark).newSubmission(id, new NewSubmission.Upload(raw, fileName, sha,
                        Files.size(raw), note), report, null, rows, warehouse.submissions().inForce(null), false).commit();
            } finally {
                Files.delete(raw);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
