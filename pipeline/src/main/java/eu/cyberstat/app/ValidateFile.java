package eu.cyberstat.app;

import eu.cyberstat.ingest.validation.PriorFigures;
import eu.cyberstat.ingest.validation.StatisticsValidator;
import eu.cyberstat.ingest.validation.ValidatedFile;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.warehousing.Warehouse;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Validates a national statistics file without storing it: the validation report (every
 * problem with its line, column and code) and, when the warehouse holds earlier years, the
 * year-on-year comparison with them. Pure Java: no Spark starts.
 */
public final class ValidateFile {

    /** The file and how to read it (country, mapping profile, forced format). */
    public record Request(Path file, ValidationRequest options) {
    }

    /**
     * The validated file, and the warehouse that was named but not found (its earlier years could
     * not be compared), if so.
     */
    public record Result(ValidatedFile validated, Optional<String> missingWarehouse) {
        public boolean isAccepted() {
            return validated.isAccepted();
        }
    }

    private final Application app;

    public ValidateFile(Application app) {
        this.app = app;
    }

    public Result validate(Request request) {
        // Figures already in the warehouse (none when there is no warehouse yet): a new year is
        // compared with the previous one held there. A warehouse named but absent is said, not created.
        Optional<Warehouse> found = app.findWarehouse();
        PriorFigures prior = found.map(w -> w.submissions().priorFigures(null)).orElse(PriorFigures.NONE);
        Optional<String> missing = found.isEmpty() && app.settings().get(Settings.WAREHOUSE_DIR).isPresent()
                ? Optional.of(app.warehouseLocation().describe()) : Optional.empty();
        StatisticsValidator validator = new StatisticsValidator(app.reference(), prior, app.validationSettings());
        return new Result(validator.validate(request.file(), request.options()), missing);
    }
}
