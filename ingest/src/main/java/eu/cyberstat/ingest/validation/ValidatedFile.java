package eu.cyberstat.ingest.validation;

import eu.cyberstat.figure.Observation;
import eu.cyberstat.ingest.format.InputFormat;
import eu.cyberstat.problem.ValidationReport;
import java.nio.file.Path;
import java.util.List;

/**
 * A file after validation: its format, the report, the figures it contributes (normalised;
 * empty when the report rejects the file, so that a rejected file never reaches the warehouse)
 * and the reporting countries its rows name, accepted or not (whom a rejected file was for;
 * empty when no row could be read).
 */
public record ValidatedFile(Path file, InputFormat format, ValidationReport report, List<Observation> observations,
                            List<String> countries) {

    public ValidatedFile {
        observations = List.copyOf(observations);
        countries = List.copyOf(countries);
    }

    /** A file whose countries are those of its figures. */
    public ValidatedFile(Path file, InputFormat format, ValidationReport report, List<Observation> observations) {
        this(file, format, report, observations, observations.stream().map(Observation::geo).distinct().sorted().toList());
    }

    public boolean isAccepted() {
        return report.isAccepted();
    }
}
