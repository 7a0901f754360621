package eu.cyberstat.app;

import eu.cyberstat.pipeline.history.RunHistory;
import eu.cyberstat.warehousing.AtomicFiles;
import eu.cyberstat.warehousing.StorageFailures;
import eu.cyberstat.warehousing.WarehouseCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

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
        return WarehouseCheck.of(app.warehouse(), withKeptRuns(request.runFolders()));
    }

    /** Removes the leftovers older than {@code olderThan} (nothing with {@code dryRun}). */
    public WarehouseCheck.CleanUp clean(Request request, Duration olderThan, boolean dryRun) {
        return WarehouseCheck.clean(app.warehouse(), withKeptRuns(request.runFolders()), Instant.now(), olderThan,
                dryRun);
    }

    /**
     * The given output folders and the run folders of the history that a killed process left
     * unfinished ({@code runs/.N.partial-…}, {@code runs/.N.replaced-…}): the history publishes a
     * run's folder the way a run publishes {@code --out}, so the same leftovers can be beside it.
     */
    private List<Path> withKeptRuns(List<Path> runFolders) {
        Path runs = app.historyDir().resolve(RunHistory.RUNS_DIR);
        if (!Files.isDirectory(runs)) {
            return runFolders;
        }
        Set<Path> all = new LinkedHashSet<>(runFolders);
        try (Stream<Path> children = Files.list(runs)) {
            children.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".") && (n.contains(AtomicFiles.PARTIAL) || n.contains(AtomicFiles.REPLACED)))
                    .map(n -> runs.resolve(n.substring(1, n.indexOf('.', 1))))
                    .forEach(all::add);
        } catch (IOException e) {
            throw StorageFailures.of("list the kept runs of", runs, e);
        }
        return List.copyOf(all);
    }
}
