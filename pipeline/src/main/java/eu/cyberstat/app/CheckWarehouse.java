package eu.cyberstat.app;

import eu.cyberstat.warehousing.WarehouseCheck;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The warehouse's health: what no commit references (leftovers of interrupted writes, and of
 * runs that did not finish beside the given output folders) and what is damaged; and the
 * removal of leftovers old enough that no writer still running can own them.
 */
public final class CheckWarehouse {

    /** Leftovers younger than this are kept by default: a long alert ingest may still be writing them. */
    public static final Duration OLDER_THAN_DEFAULT = Duration.ofHours(24);

    /** @param runFolders output folders of runs, beside which unfinished runs are looked for */
    public record Request(List<Path> runFolders) {
        public Request {
            runFolders = List.copyOf(runFolders);
        }
    }

    private final Application app;

    public CheckWarehouse(Application app) {
        this.app = app;
    }

    /** The check; changes nothing. */
    public WarehouseCheck.Report check(Request request) {
        return WarehouseCheck.of(app.warehouse(), request.runFolders());
    }

    /** Removes the leftovers older than {@code olderThan} (nothing with {@code dryRun}). */
    public WarehouseCheck.CleanUp clean(Request request, Duration olderThan, boolean dryRun) {
        return WarehouseCheck.clean(app.warehouse(), request.runFolders(), Instant.now(), olderThan, dryRun);
    }
}
