package eu.cyberstat.ingest.validation;

import eu.cyberstat.figure.Observation;
import eu.cyberstat.ingest.format.InputFormat;
import eu.cyberstat.problem.ValidationReport;
import java.nio.file.Path;
import java.util.List;

/**
 * A file after validation: its format, the report, and the figures it contributes (normalised;
 * empty when the report rejects the file, so that a rejected file never reaches the warehouse).
 */
public record ValidatedFile(Path file, InputFormat format, ValidationReport report, List<Observation> observations) {

    public ValidatedFile {
        observations = List.copyOf(observations);
    }

    public boolean isAccepted() {
        return report.isAccepted();
    }
}
