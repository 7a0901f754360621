package eu.cyberstat.pipeline.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import eu.cyberstat.failure.NotFoundException;
import eu.cyberstat.pipeline.run.Json;
import eu.cyberstat.pipeline.run.OutputFile;
import eu.cyberstat.pipeline.run.RunManifest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every run, however started, with what it read and made, in the history database; also the
 * queue of runs (one at a time: a run starts only by {@link #claimNext} or {@link #claim}, which
 * refuse while another runs, under one lock row), the notifications and the scheduler's own
 * small state.
 */
public final class RunHistory {

    /** What is asked of a new run. */
    public record NewRun(int referenceYear, Instant asOf, RunTrigger trigger, String requestedBy, Instant notBefore,
                         int attempt, Long retryOf, String executor, Path outDir) {

        /** A first attempt for whichever worker is free, writing into the history's own folder. */
        public static NewRun queued(int referenceYear, Instant asOf, RunTrigger trigger, String requestedBy) {
            return new NewRun(referenceYear, asOf, trigger, requestedBy, Instant.now(), 1, null, null, null);
        }
    }

    /** The runs' folders and logs, inside the history folder: {@code runs/ID}, {@code runs/ID.log}. */
    public static final String RUNS_DIR = "runs";

    private static final TypeReference<List<RunManifest.StageTiming>> STAGES = new TypeReference<>() { };
    private static final TypeReference<List<RunManifest.Warning>> WARNINGS = new TypeReference<>() { };
    private static final TypeReference<List<RunManifest.Input>> INPUTS = new TypeReference<>() { };
    private static final TypeReference<List<OutputFile>> OUTPUTS = new TypeReference<>() { };

    private final HistoryDatabase db;

    public RunHistory(HistoryDatabase db) {
        this.db = db;
    }

    public HistoryDatabase database() {
        return db;
    }

    /**
     * The folder a run keeps its outputs and manifest in: the output folder of a run given none,
     * which the run publishes whole straight there (written aside, renamed into place), or the copy
     * of the outputs of a run that wrote into a folder of the operator's choice.
     */
    public Path folderOf(long id) {
        return db.dir().resolve(RUNS_DIR).resolve(Long.toString(id));
    }

    /**
     * The log of a run, beside its folder ({@code runs/ID.log}) rather than in it: the run writes it
     * from its first moment, and its folder is replaced whole when the run publishes its outputs.
     */
    public Path logOf(long id) {
        return db.dir().resolve(RUNS_DIR).resolve(id + ".log");
    }

    /** Queues a run; returns its record. */
    public RunRecord enqueue(NewRun run) {
        Instant now = Instant.now();
        long id = update(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO RUN (REFERENCE_YEAR, AS_OF, TRIGGERED_BY, "
                    + "REQUESTED_BY, STATUS, QUEUED_AT, NOT_BEFORE, ATTEMPT, RETRY_OF, EXECUTOR, OUT_DIR) "
                    + "VALUES (?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
                ps.setInt(1, run.referenceYear());
                setInstant(ps, 2, run.asOf());
                ps.setString(3, run.trigger().name());
                ps.setString(4, run.requestedBy());
                setInstant(ps, 5, now);
                setInstant(ps, 6, run.notBefore() == null ? now : run.notBefore());
                ps.setInt(7, run.attempt());
                if (run.retryOf() == null) {
                    ps.setNull(8, Types.BIGINT);
                } else {
                    ps.setLong(8, run.retryOf());
                }
                ps.setString(9, run.executor());
                ps.setString(10, run.outDir() == null ? "" : run.outDir().toAbsolutePath().normalize().toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    long newId = keys.getLong(1);
                    if (run.outDir() == null) {
                        try (PreparedStatement out = c.prepareStatement("UPDATE RUN SET OUT_DIR = ? WHERE ID = ?")) {
                            out.setString(1, folderOf(newId).toAbsolutePath().normalize().toString());
                            out.setLong(2, newId);
                            out.executeUpdate();
                        }
                    }
                    return newId;
                }
            }
        }, "record a run in");
        return require(id);
    }

    /**
     * Starts the next queued run that is due and that {@code executor} may run (one for any worker,
     * or one waiting for this very process), unless a run is running: one run at a time.
     */
    public Optional<RunRecord> claimNext(String owner, String executor, Instant now) {
        Long claimed = update(c -> {
            if (anyRunning(c)) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT ID FROM RUN WHERE STATUS = 'QUEUED' AND NOT_BEFORE <= ? "
                    + "AND (EXECUTOR IS NULL OR EXECUTOR = ?) ORDER BY NOT_BEFORE, ID LIMIT 1")) {
                setInstant(ps, 1, now);
                ps.setString(2, executor);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    long id = rs.getLong(1);
                    markRunning(c, id, owner, now);
                    return id;
                }
            }
        }, "start a run in");
        return Optional.ofNullable(claimed).map(this::require);
    }

    /** Starts this queued run if no other runs; false when it must wait. */
    public boolean claim(long id, String owner, Instant now) {
        return update(c -> {
            if (anyRunning(c) || require(id).status() != RunStatus.QUEUED) {
                return false;
            }
            markRunning(c, id, owner, now);
            return true;
        }, "start a run in");
    }

    /** Takes the queue's lock row for the rest of the transaction, then says whether a run is running. */
    private static boolean anyRunning(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT ID FROM RUN_QUEUE_LOCK WHERE ID = 1 FOR UPDATE");
             ResultSet ignored = lock.executeQuery();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM RUN WHERE STATUS = 'RUNNING'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    private static void markRunning(Connection c, long id, String owner, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE RUN SET STATUS = 'RUNNING', STARTED_AT = ?, OWNER = ? WHERE ID = ?")) {
            setInstant(ps, 1, now);
            ps.setString(2, owner);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    /** What the run reads, known once it started. */
    public void inputsFingerprint(long id, String fingerprint) {
        execute("UPDATE RUN SET INPUTS_FINGERPRINT = ? WHERE ID = ?", fingerprint, id);
    }

    /** The run ended well: what its manifest says it read and made. */
    public void succeeded(long id, RunManifest manifest, List<RunManifest.Warning> moreWarnings) {
        List<RunManifest.Warning> warnings = new ArrayList<>(manifest.warnings());
        warnings.addAll(moreWarnings);
        execute("UPDATE RUN SET STATUS = 'SUCCEEDED', FINISHED_AT = ?, RESULT_ID = ?, STAGES = ?, WARNINGS = ?, "
                        + "INPUTS = ?, OUTPUTS = ? WHERE ID = ?", Instant.now(), manifest.runId(), json(manifest.timings()),
                json(warnings), json(manifest.inputs()), json(manifest.outputs()), id);
    }

    public void failed(long id, FailureKind kind, String message) {
        execute("UPDATE RUN SET STATUS = 'FAILED', FINISHED_AT = ?, FAILURE = ?, MESSAGE = ? WHERE ID = ?",
                Instant.now(), kind.name(), cut(message), id);
    }

    public void interrupted(long id, String message) {
        execute("UPDATE RUN SET STATUS = 'INTERRUPTED', FINISHED_AT = ?, MESSAGE = ? WHERE ID = ?", Instant.now(),
                cut(message), id);
    }

    public void cancelled(long id, String message) {
        execute("UPDATE RUN SET STATUS = 'CANCELLED', FINISHED_AT = ?, MESSAGE = ? WHERE ID = ? AND STATUS = 'QUEUED'",
                Instant.now(), cut(message), id);
    }

    /** Makes a run the official report of its year, in place of the one published before (if any). */
    public void published(long id, String by, Instant at) {
        RunRecord run = require(id);
        update(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE RUN SET SUPERSEDED_AT = ? WHERE REFERENCE_YEAR = ? "
                    + "AND PUBLISHED_AT IS NOT NULL AND SUPERSEDED_AT IS NULL AND ID <> ?")) {
                setInstant(ps, 1, at);
                ps.setInt(2, run.referenceYear());
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE RUN SET PUBLISHED_AT = ?, PUBLISHED_BY = ?, SUPERSEDED_AT = NULL WHERE ID = ?")) {
                setInstant(ps, 1, at);
                ps.setString(2, by);
                ps.setLong(3, id);
                return ps.executeUpdate();
            }
        }, "publish a run in");
    }

    public Optional<RunRecord> find(long id) {
        List<RunRecord> found = query("SELECT * FROM RUN WHERE ID = ?", id);
        return found.stream().findFirst();
    }

    public RunRecord require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("There is no run " + id + " in the run history "
                + db.dir() + ": cyberstat runs lists them."));
    }

    /** Every run, newest first; of one reference year when {@code year} is not null. */
    public List<RunRecord> list(Integer year) {
        return year == null ? query("SELECT * FROM RUN ORDER BY ID DESC")
                : query("SELECT * FROM RUN WHERE REFERENCE_YEAR = ? ORDER BY ID DESC", year);
    }

    public List<RunRecord> withStatus(RunStatus status) {
        return query("SELECT * FROM RUN WHERE STATUS = ? ORDER BY ID", status.name());
    }

    /** The last successful run of a year on the warehouse's latest state (not a reproduction --as-of). */
    public Optional<RunRecord> lastSucceeded(int year) {
        return query("SELECT * FROM RUN WHERE REFERENCE_YEAR = ? AND STATUS = 'SUCCEEDED' AND AS_OF IS NULL "
                + "ORDER BY FINISHED_AT DESC, ID DESC LIMIT 1", year).stream().findFirst();
    }

    /** The official report of a year. */
    public Optional<RunRecord> published(int year) {
        return query("SELECT * FROM RUN WHERE REFERENCE_YEAR = ? AND PUBLISHED_AT IS NOT NULL AND SUPERSEDED_AT IS NULL",
                year).stream().findFirst();
    }

    /** The reference years with at least one successful run, in order. */
    public List<Integer> yearsWithSuccess() {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT REFERENCE_YEAR FROM RUN WHERE STATUS = 'SUCCEEDED' ORDER BY REFERENCE_YEAR");
                 ResultSet rs = ps.executeQuery()) {
                List<Integer> years = new ArrayList<>();
                while (rs.next()) {
                    years.add(rs.getInt(1));
                }
                return years;
            }
        }, "read");
    }

    /** Queued or running runs of a year. */
    public List<RunRecord> pending(int year) {
        return query("SELECT * FROM RUN WHERE REFERENCE_YEAR = ? AND STATUS IN ('QUEUED', 'RUNNING') ORDER BY ID", year);
    }

    /** The retry or recovery attempts of a run. */
    public List<RunRecord> attemptsAfter(long id) {
        return query("SELECT * FROM RUN WHERE RETRY_OF = ? ORDER BY ID", id);
    }

    // --- notifications ---------------------------------------------------------------------------

    public Notification notify(Notification.Kind kind, Long runId, Integer year, String message) {
        long id = update(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO NOTIFICATION (HAPPENED_AT, KIND, RUN_ID, "
                    + "REFERENCE_YEAR, MESSAGE) VALUES (?, ?, ?, ?, ?)", new String[] {"ID"})) {
                bind(ps, Instant.now(), kind.name(), runId, year, cut(message));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }, "record a notification in");
        return notifications(Integer.MAX_VALUE).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
    }

    /** How a notification's e-mail went: to whom, or why it failed. */
    public void mailed(long notificationId, String to, String error) {
        execute("UPDATE NOTIFICATION SET MAILED_TO = ?, MAIL_ERROR = ? WHERE ID = ?", to, cut(error), notificationId);
    }

    /** The latest notifications, newest first. */
    public List<Notification> notifications(int limit) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM NOTIFICATION ORDER BY ID DESC LIMIT ?")) {
                ps.setInt(1, limit);
                List<Notification> all = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long run = rs.getLong("RUN_ID");
                        Long runId = rs.wasNull() ? null : run;
                        int year = rs.getInt("REFERENCE_YEAR");
                        Integer referenceYear = rs.wasNull() ? null : year;
                        all.add(new Notification(rs.getLong("ID"), instant(rs, "HAPPENED_AT"),
                                Notification.Kind.valueOf(rs.getString("KIND")), runId, referenceYear,
                                rs.getString("MESSAGE"), rs.getString("MAILED_TO"), rs.getString("MAIL_ERROR")));
                    }
                }
                return all;
            }
        }, "read the notifications of");
    }

    /** Whether a notification of this kind was given for this year (a deadline is told once). */
    public boolean notified(Notification.Kind kind, int year) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM NOTIFICATION WHERE KIND = ? AND REFERENCE_YEAR = ?")) {
                bind(ps, kind.name(), year);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) > 0;
                }
            }
        }, "read the notifications of");
    }

    // --- the scheduler's state ------------------------------------------------------------------

    public Optional<String> state(String name) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT VAL FROM SCHEDULE_STATE WHERE NAME = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        }, "read the scheduler state of");
    }

    public void state(String name, String value) {
        execute("MERGE INTO SCHEDULE_STATE KEY (NAME) VALUES (?, ?)", name, value);
    }

    // --- plumbing --------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Work<T> {
        T in(Connection c) throws SQLException;
    }

    /** One transaction. */
    private <T> T update(Work<T> work, String doing) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.in(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw db.failure(doing, e);
        }
    }

    private <T> T read(Work<T> work, String doing) {
        try (Connection c = db.connection()) {
            return work.in(c);
        } catch (SQLException e) {
            throw db.failure(doing, e);
        }
    }

    private void execute(String sql, Object... values) {
        update(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, values);
                return ps.executeUpdate();
            }
        }, "update");
    }

    private List<RunRecord> query(String sql, Object... values) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, values);
                List<RunRecord> runs = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        runs.add(record(rs));
                    }
                }
                return runs;
            }
        }, "read");
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof Instant t) {
                setInstant(ps, i + 1, t);
            } else if (v == null) {
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    private static void setInstant(PreparedStatement ps, int index, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            // H2 keeps microseconds: a time with more would be rounded, possibly later than asked.
            ps.setObject(index, t.truncatedTo(java.time.temporal.ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static RunRecord record(ResultSet rs) throws SQLException {
        long retryOf = rs.getLong("RETRY_OF");
        Long retry = rs.wasNull() ? null : retryOf;
        String failure = rs.getString("FAILURE");
        return new RunRecord(rs.getLong("ID"), rs.getInt("REFERENCE_YEAR"), instant(rs, "AS_OF"),
                RunTrigger.valueOf(rs.getString("TRIGGERED_BY")), rs.getString("REQUESTED_BY"),
                RunStatus.valueOf(rs.getString("STATUS")), instant(rs, "QUEUED_AT"), instant(rs, "NOT_BEFORE"),
                instant(rs, "STARTED_AT"), instant(rs, "FINISHED_AT"), rs.getInt("ATTEMPT"), retry,
                rs.getString("EXECUTOR"), rs.getString("OWNER"), Path.of(rs.getString("OUT_DIR")),
                rs.getString("INPUTS_FINGERPRINT"), rs.getString("RESULT_ID"),
                failure == null ? null : FailureKind.valueOf(failure), rs.getString("MESSAGE"),
                list(rs.getString("STAGES"), STAGES), list(rs.getString("WARNINGS"), WARNINGS),
                list(rs.getString("INPUTS"), INPUTS), list(rs.getString("OUTPUTS"), OUTPUTS),
                instant(rs, "PUBLISHED_AT"), rs.getString("PUBLISHED_BY"), instant(rs, "SUPERSEDED_AT"));
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value + " as JSON", e);
        }
    }

    private static <T> List<T> list(String json, TypeReference<List<T>> type) {
        if (json == null) {
            return List.of();
        }
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The run history holds unreadable JSON: " + e.getMessage(), e);
        }
    }

    private static String cut(String message) {
        return message == null || message.length() <= 4000 ? message : message.substring(0, 3997) + "...";
    }
}
