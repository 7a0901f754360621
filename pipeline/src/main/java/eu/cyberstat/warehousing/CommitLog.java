package eu.cyberstat.warehousing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.cyberstat.failure.ConflictException;
import eu.cyberstat.failure.StorageException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The append-only commit log of one warehouse table, as Iceberg's metadata log: every change is
 * one JSON file {@code _log/00000000000000000042.json}, written in full under a temporary name
 * and made visible by one atomic rename that never replaces an entry. Readers only ever see whole
 * commits; data folders that no commit names (left by a crash) are invisible. Two processes
 * appending at once both succeed, one after the other: on a local disk a file lock serialises
 * them; on Hadoop, which has no lock a dead process would release, the second one's rename to the
 * same entry fails, and it reads the entry that won, checks it for conflicts as if it had been
 * there before, and takes the next number ({@link WarehouseStorage#appendingTo}).
 */
public final class CommitLog {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final WarehouseStorage storage;
    private final Path dir;
    private final Clock clock;
    /** Whole reads of each log in this JVM, by folder, for tests that a use case reads a log once. */
    private static final java.util.concurrent.ConcurrentMap<Path, AtomicLong> FULL_READS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicLong fullReads = new AtomicLong();

    public CommitLog(Path dir) {
        this(dir, Clock.systemUTC());
    }

    CommitLog(Path dir, Clock clock) {
        this(LocalStorage.INSTANCE, dir, clock);
    }

    CommitLog(WarehouseStorage storage, Path dir) {
        this(storage, dir, Clock.systemUTC());
    }

    CommitLog(WarehouseStorage storage, Path dir, Clock clock) {
        this.storage = storage;
        this.dir = dir;
        this.clock = clock;
    }


    /**
     * Appends a commit and returns it. The only step that makes anything visible: call it last,
     * after the data folder is complete and in place.
     */
    public Commit append(String id, String dataDir, List<List<String>> partitions, Map<String, String> properties) {
        return append(id, dataDir, partitions, properties, existing -> Optional.empty());
    }

    /** A commit refused because of one already in the log (see {@link #append(String, String, List, Map, Function)}). */
    public static final class Conflict extends ConflictException {
        private final transient Commit existing;

        Conflict(Commit existing) {
            super("Conflicts with commit " + existing.id());
            this.existing = existing;
        }

        public Commit existing() {
            return existing;
        }
    }

    /**
     * Appends a commit unless {@code conflict} finds, in the log as it is under the lock, a commit
     * that forbids it (e.g. the same file accepted meanwhile by another process): then throws
     * {@link Conflict} and writes nothing. Checking before taking the lock would let two
     * processes both pass the check. On Hadoop, with no lock, {@code conflict} runs again on every
     * entry that took the number this commit tried (see the class comment).
     */
    public Commit append(String id, String dataDir, List<List<String>> partitions, Map<String, String> properties,
                         Function<List<Commit>, Optional<Commit>> conflict) {
        return append(id, dataDir, partitions, properties, null, conflict);
    }

    /**
     * As {@link #append(String, String, List, Map, Function)}, for a writer that read the log
     * already: {@code base} is the latest snapshot it took, whose commits it has checked. Under
     * the lock only the commits appended since {@code base} are read and given to
     * {@code conflict}, so that a submission reads the log once rather than once per check.
     *
     * @param base a {@link #snapshot(Instant) snapshot(null)} of this log, or null to read it all
     */
    public Commit append(String id, String dataDir, List<List<String>> partitions, Map<String, String> properties,
                         Snapshot base, Function<List<Commit>, Optional<Commit>> conflict) {
        try {
            return storage.appendingTo(dir, () -> {
                List<Commit> unseen = base == null ? commits() : since(base.latest());
                while (true) {
                    Optional<Commit> conflicting = conflict.apply(unseen);
                    if (conflicting.isPresent()) {
                        throw new Conflict(conflicting.get());
                    }
                    Commit last = !unseen.isEmpty() ? unseen.get(unseen.size() - 1) : base == null ? null : base.latest();
                    if (Stream.concat(base == null ? Stream.empty() : base.commits().stream(), unseen.stream())
                            .anyMatch(c -> c.id().equals(id))) {
                        throw new IllegalStateException("Commit id " + id + " already exists in " + storage.describe(dir));
                    }
                    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                    // Commit times strictly increase, so "as of" is well defined even if the clock steps back.
                    Instant at = last != null && !now.isAfter(last.committedAt()) ? last.committedAt().plusMillis(1) : now;
                    long sequence = last == null ? 1 : last.sequence() + 1;
                    Commit commit = new Commit(sequence, id, at, dataDir, partitions, properties);
                    // Written in full under a temporary name, then renamed into the log, never over an
                    // entry there: the one step that commits.
                    byte[] entry = JSON.writeValueAsBytes(commit);
                    if (storage.createOnce(dir.resolve(fileName(sequence)), AtomicFiles.PUBLISHED, out -> out.write(entry))) {
                        return commit;
                    }
                    // Another writer took this number (Hadoop: no lock): its commits are checked as well, then the next.
                    List<Commit> more = new ArrayList<>(unseen);
                    more.addAll(since(last));
                    unseen = more;
                }
            });
        } catch (IOException e) {
            throw storage.failure("commit to", dir, e);
        }
    }

    /** Every commit in log order. */
    public List<Commit> commits() {
        if (!storage.isDirectory(dir)) {
            return List.of();
        }
        fullReads.incrementAndGet();
        FULL_READS.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> new AtomicLong()).incrementAndGet();
        List<Path> entries = storage.list(dir).stream()
                .filter(p -> p.getFileName().toString().matches("\\d{20}\\.json")).toList();
        List<Commit> commits = new ArrayList<>(entries.size());
        for (Path p : entries) {
            commits.add(read(p));
        }
        return commits;
    }

    /** The commits after {@code known} (null: all), found by their sequence numbers, which have no gaps. */
    private List<Commit> since(Commit known) {
        List<Commit> newer = new ArrayList<>();
        for (long sequence = known == null ? 1 : known.sequence() + 1; ; sequence++) {
            Path entry = dir.resolve(fileName(sequence));
            if (!storage.exists(entry)) {
                return newer;
            }
            newer.add(read(entry));
        }
    }

    private Commit read(Path entry) {
        try {
            try (java.io.InputStream in = storage.read(entry)) {
                return JSON.readValue(in, Commit.class);
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private StorageException unreadable(IOException e) {
        return new StorageException("The warehouse log " + storage.describe(dir) + " cannot be read (" + e.getMessage()
                + "): is this a cyberstat warehouse?", e);
    }

    /**
     * How many times this object has read the whole log (each {@link #snapshot} or
     * {@link #commits()}), for tests that a writer reads it once.
     */
    public long fullReads() {
        return fullReads.get();
    }

    /**
     * How many times this JVM has read the whole log in {@code logDir}, whichever object read it:
     * for tests that a use case, which opens the warehouse itself, reads a log once.
     */
    public static long fullReadsOf(Path logDir) {
        AtomicLong n = FULL_READS.get(logDir.toAbsolutePath().normalize());
        return n == null ? 0 : n.get();
    }

    /** The folder of this log. */
    public Path dir() {
        return dir;
    }

    /** The table as of {@code asOf} (null: latest). */
    public Snapshot snapshot(Instant asOf) {
        return new Snapshot(asOf, commits());
    }

    private static String fileName(long sequence) {
        return String.format("%020d.json", sequence);
    }
}
