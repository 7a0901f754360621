package eu.cyberstat.warehousing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a warehouse holds that no commit references, and what is damaged; and the safe removal of
 * the former, in the spirit of Iceberg's remove-orphan-files.
 *
 * <p>A <em>leftover</em> is what an interrupted or refused write leaves: a folder under
 * {@code _staging/}, a temporary file of the {@link AtomicFiles publisher}, a table data folder,
 * submission folder or population import no log entry names, the hidden folders of a run that
 * did not finish. Readers never see them; they only take space. <em>Damage</em> is what makes
 * the warehouse untrustworthy: a kept raw file whose SHA-256 is no longer the one its commit
 * recorded, a symbolic link, a commit whose folder is gone. The check changes nothing.
 *
 * <p>The files are listed before the logs are read: a commit appended meanwhile only makes its
 * folder referenced, never the other way round.
 */
public final class WarehouseCheck {

    /** What a leftover is, in the words the check prints. */
    public enum Kind {
        STAGED("a write in progress or interrupted, under _staging"),
        TEMPORARY_FILE("a temporary file of an interrupted write"),
        UNCOMMITTED_DATA("a table data folder that no commit names"),
        UNCOMMITTED_SUBMISSION("a submission folder (raw upload) that no commit names"),
        UNCOMMITTED_IMPORT("a population import folder that no commit names"),
        UNFINISHED_RUN("the outputs of a run that did not finish"),
        REPLACED_RUN("a run's earlier outputs, set aside while a rerun replaced them");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * Something no commit references.
     *
     * @param lastModified the newest modification time of anything in it: a writer may still own
     *                     it while that is recent
     */
    public record Leftover(Path path, Kind kind, Instant lastModified, long bytes) {
    }

    /** Something that makes the warehouse untrustworthy, with what to do. */
    public record Damage(Path path, String problem) {
    }

    /**
     * @param abandoned ingests whose quarantine entry was prepared but whose alerts never
     *                  committed (invisible; their folders are referenced by the log and kept)
     * @param location  the warehouse as a reader finds it: its folder, or its Hadoop URI
     */
    public record Report(Path warehouse, List<Leftover> leftovers, List<Damage> damage, List<String> abandoned,
                         String location) {
        public Report {
            leftovers = List.copyOf(leftovers);
            damage = List.copyOf(damage);
            abandoned = List.copyOf(abandoned);
        }

        /** A path of the check as a reader finds it: in the warehouse, under its location (a Hadoop URI). */
        public String shown(Path p) {
            return p.startsWith(warehouse) ? location + p.toString().substring(warehouse.toString().length()) : p.toString();
        }

        /** True when nothing is damaged (leftovers are safe: no reader looks at them). */
        public boolean isSafe() {
            return damage.isEmpty();
        }
    }

    /**
     * What a clean-up removed, and what it kept because a writer may still own it.
     *
     * @param checked the check the clean-up acted on, which shows its paths as a reader finds them
     */
    public record CleanUp(List<Leftover> removed, List<Leftover> tooYoung, Duration olderThan, Report checked) {
        public CleanUp {
            removed = List.copyOf(removed);
            tooYoung = List.copyOf(tooYoung);
        }

        /** A path of the clean-up as a reader finds it: in the warehouse, under its location (a Hadoop URI). */
        public String shown(Path p) {
            return checked.shown(p);
        }
    }

    private static final String PARTIAL = AtomicFiles.PARTIAL;
    private static final String REPLACED = AtomicFiles.REPLACED;

    private WarehouseCheck() {
    }

    /**
     * Checks a warehouse, and beside each of {@code runFolders} the hidden folders of runs that
     * did not finish. Writes nothing.
     */
    public static Report of(Warehouse warehouse, List<Path> runFolders) {
        Path root = warehouse.root();
        WarehouseStorage storage = warehouse.storage();
        List<Leftover> leftovers = new ArrayList<>();
        List<Damage> damage = new ArrayList<>();
        // Listed first, then the logs read (see the class comment).
        List<Path> staged = children(storage, root.resolve(Warehouse.STAGING), p -> true);
        List<Path> tables = children(storage, root.resolve(Warehouse.TABLES), storage::isDirectory);
        List<List<Path>> dataFolders = tables.stream().map(t -> children(storage, t.resolve("data"), p -> true)).toList();
        List<Path> submissionFolders = children(storage, root.resolve(SubmissionStore.SUBMISSIONS),
                p -> !p.getFileName().toString().equals(SubmissionStore.REJECTED));
        List<Path> importFolders = children(storage, root.resolve(PopulationImports.FOLDER),
                p -> !p.getFileName().toString().equals("_log"));
        List<Path> everything = storage.walk(root);

        for (Path p : staged) {
            leftovers.add(leftover(storage, p, Kind.STAGED));
        }
        for (Path p : everything) {
            if (storage.isLink(p)) {
                String target = storage.linkTarget(p);
                damage.add(new Damage(p, "is a symbolic link" + (target.isEmpty() ? "" : " to " + target)
                        + ": a warehouse holds only its own files and "
                        + "folders, and a link may lead out of it. Replace it by the file it stands for, or remove it "
                        + "if no commit needs it."));
            } else if (isTemporary(storage, p) && !p.startsWith(root.resolve(Warehouse.STAGING))) {
                leftovers.add(leftover(storage, p, Kind.TEMPORARY_FILE));
            }
        }
        for (int i = 0; i < tables.size(); i++) {
            Path table = tables.get(i);
            List<Commit> commits = new CommitLog(storage, table.resolve("_log")).commits();
            Set<Path> named = commits.stream().map(c -> table.resolve(c.dataDir()).normalize()).collect(Collectors.toSet());
            for (Path folder : dataFolders.get(i)) {
                if (!named.contains(folder.normalize())) {
                    leftovers.add(leftover(storage, folder, Kind.UNCOMMITTED_DATA));
                }
            }
            for (Commit c : commits) {
                Path folder = table.resolve(c.dataDir());
                if (storage.isLink(folder) || !storage.isDirectory(folder)) {
                    damage.add(new Damage(folder, "is missing, though commit " + c.id() + " of " + table.getFileName()
                            + " names it: restore the warehouse from its backup."));
                }
            }
        }
        SubmissionStore store = warehouse.submissions();
        List<Commit> submissions = store.log().commits();
        uncommitted(storage, submissionFolders, submissions, Kind.UNCOMMITTED_SUBMISSION, leftovers);
        submissions.forEach(c -> KeptFile.verify(storage, store.folderOf(c.id()).resolve(SubmissionStore.RAW_DIR), c)
                .ifPresent(damage::add));
        PopulationImports imports = warehouse.populationImports();
        List<Commit> importCommits = imports.log().commits();
        uncommitted(storage, importFolders, importCommits, Kind.UNCOMMITTED_IMPORT, leftovers);
        importCommits.forEach(c -> KeptFile.verify(storage, imports.folderOf(c.id()).resolve(SubmissionStore.RAW_DIR), c)
                .ifPresent(damage::add));
        // Run folders are on this machine, wherever the warehouse is.
        for (Path out : runFolders) {
            Path absolute = out.toAbsolutePath().normalize();
            String name = "." + absolute.getFileName();
            for (Path p : children(LocalStorage.INSTANCE, absolute.getParent(),
                    p -> p.getFileName().toString().startsWith(name + PARTIAL)
                    || p.getFileName().toString().startsWith(name + REPLACED))) {
                leftovers.add(leftover(LocalStorage.INSTANCE, p, p.getFileName().toString().startsWith(name + PARTIAL)
                        ? Kind.UNFINISHED_RUN : Kind.REPLACED_RUN));
            }
        }
        List<String> abandoned = warehouse.alertIngests().abandonedQuarantine().stream()
                .map(c -> AlertIngest.of(c).ingestId()).toList();
        leftovers.sort(Comparator.comparing(Leftover::path));
        return new Report(root, leftovers, damage, abandoned, warehouse.describe());
    }

    /**
     * Removes the leftovers a fresh check finds whose every file is older than {@code olderThan}:
     * never anything a commit references (the check reads the logs after listing), and never
     * anything recent, which a writer still running (a submission being staged, an alert ingest
     * writing for an hour) may own. Removes nothing when {@code dryRun}.
     */
    public static CleanUp clean(Warehouse warehouse, List<Path> runFolders, Instant now, Duration olderThan,
                                boolean dryRun) {
        Report report = of(warehouse, runFolders);
        Instant limit = now.minus(olderThan);
        List<Leftover> removed = new ArrayList<>();
        List<Leftover> young = new ArrayList<>();
        for (Leftover l : report.leftovers()) {
            if (l.lastModified().isAfter(limit)) {
                young.add(l);
                continue;
            }
            if (!dryRun) {
                WarehouseStorage storage = l.kind() == Kind.UNFINISHED_RUN || l.kind() == Kind.REPLACED_RUN
                        ? LocalStorage.INSTANCE : warehouse.storage();
                if (!storage.isLink(l.path()) && storage.isDirectory(l.path())) {
                    storage.deleteTree(l.path());
                } else {
                    storage.delete(l.path());
                }
            }
            removed.add(l);
        }
        return new CleanUp(removed, young, olderThan, report);
    }

    private static void uncommitted(WarehouseStorage storage, List<Path> folders, List<Commit> commits, Kind kind,
                                    List<Leftover> into) {
        Set<String> ids = commits.stream().map(Commit::id).collect(Collectors.toSet());
        folders.stream().filter(f -> !ids.contains(f.getFileName().toString()))
                .forEach(f -> into.add(leftover(storage, f, kind)));
    }

    /** The names {@link AtomicFiles} gives its temporary files: {@code .<target><random>.tmp}. */
    private static boolean isTemporary(WarehouseStorage storage, Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".tmp") && !storage.isLink(p) && storage.isFile(p);
    }

    private static Leftover leftover(WarehouseStorage storage, Path p, Kind kind) {
        Instant newest = Instant.EPOCH;
        long bytes = 0;
        for (Path f : storage.walk(p)) {
            try {
                newest = max(newest, storage.lastModified(f));
                if (!storage.isLink(f) && storage.isFile(f)) {
                    bytes += storage.size(f);
                }
            } catch (IOException gone) {
                // Removed meanwhile (a writer finished with it): it only counts as recent.
                newest = Instant.now();
            }
        }
        return new Leftover(p, kind, newest, bytes);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static List<Path> children(WarehouseStorage storage, Path dir, Predicate<Path> keep) {
        if (dir == null || storage.isLink(dir)) {
            return List.of();
        }
        return storage.list(dir).stream().filter(keep).toList();
    }
}
