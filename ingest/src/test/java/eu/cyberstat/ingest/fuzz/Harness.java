package eu.cyberstat.ingest.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one input through a target with a time bound, counts the outcome, and keeps every input
 * that broke a promise under {@code target/fuzz-failures/<target>/} for a regression fixture.
 * The reader runs on another thread so that a hang is caught (and reported as one) instead of
 * stopping the build.
 */
final class Harness {

    /** Per input; the largest generated input is a few hundred kilobytes, read in milliseconds. */
    static final long BOUND_MILLIS = Long.getLong("cyberstat.fuzz.bound.millis", 10_000);

    private static final Path FAILURES = Path.of("target", "fuzz-failures");
    private static final Path REPORT = Path.of("target", "fuzz-report");
    private static final Map<String, Tally> TALLIES = new ConcurrentHashMap<>();
    private static ExecutorService executor = newExecutor();

    private Harness() {
    }

    /** Reads the input, within the bound; throws AssertionError (the input kept) when a promise is broken. */
    static Verdict check(FuzzTarget target, FuzzInput input) {
        Path dir;
        try {
            dir = Files.createTempDirectory("fuzz-" + target.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = dir.resolve(target.fileName());
        long start = System.nanoTime();
        try {
            Files.write(file, input.bytes());
            Future<Verdict> outcome = executor().submit(() -> target.read(file));
            Verdict verdict;
            try {
                verdict = outcome.get(BOUND_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                outcome.cancel(true);
                abandonExecutor();
                throw failed(target, input, "took more than " + BOUND_MILLIS + " ms: a hang, or a cost that grows "
                        + "faster than the input", null);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw failed(target, input, cause instanceof AssertionError ? cause.getMessage()
                        : "threw " + cause, cause);
            }
            TALLIES.computeIfAbsent(target.name(), k -> new Tally()).add(verdict, System.nanoTime() - start);
            return verdict;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Writes the counts of every target that ran (appending: several test classes may run targets). */
    static synchronized void writeReport() {
        try {
            Files.createDirectories(REPORT);
            Map<String, Tally> sorted = new TreeMap<>(TALLIES);
            for (Map.Entry<String, Tally> e : sorted.entrySet()) {
                Tally t = e.getValue();
                Files.writeString(REPORT.resolve(e.getKey() + ".tsv"), String.format(java.util.Locale.ROOT,
                        "target\tinputs\taccepted\trejected\tseconds\tslowest_ms%n%s\t%d\t%d\t%d\t%.1f\t%d%n",
                        e.getKey(), t.inputs, t.accepted, t.rejected, t.nanos / 1e9, t.slowestNanos / 1_000_000));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AssertionError failed(FuzzTarget target, FuzzInput input, String what, Throwable cause) {
        Path kept = keep(target, input.bytes());
        AssertionError error = new AssertionError(target.name() + ": " + what + "\n  input: " + input + "\n  kept as: "
                + kept + " (commit it in src/test/resources/fuzz-regressions/" + target.name() + "/: FuzzRegressionTest replays it)");
        if (cause != null) {
            error.initCause(cause);
        }
        return error;
    }

    /** Keeps a failing input gzipped (huge runs of one character pack to almost nothing), ready to commit. */
    static Path keep(FuzzTarget target, byte[] bytes) {
        try {
            Path dir = Files.createDirectories(FAILURES.resolve(target.name()));
            String name = sha256(bytes).substring(0, 16) + extension(target.fileName()) + ".gz";
            try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve(name)))) {
                out.write(bytes);
            }
            return dir.resolve(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String extension(String fileName) {
        int dot = fileName.indexOf('.');
        return dot < 0 ? "" : fileName.substring(dot);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized ExecutorService executor() {
        return executor;
    }

    /** A hung reader keeps its thread; the next input gets a new one (daemon threads: the JVM can still exit). */
    private static synchronized void abandonExecutor() {
        executor.shutdownNow();
        executor = newExecutor();
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzzed-reader");
            t.setDaemon(true);
            return t;
        });
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is no reason to fail a test
        }
    }

    /** Counts of one target. */
    private static final class Tally {
        private long inputs;
        private long accepted;
        private long rejected;
        private long nanos;
        private long slowestNanos;

        synchronized void add(Verdict verdict, long elapsed) {
            inputs++;
            if (verdict == Verdict.ACCEPTED) {
                accepted++;
            } else {
                rejected++;
            }
            nanos += elapsed;
            slowestNanos = Math.max(slowestNanos, elapsed);
        }
    }
}
