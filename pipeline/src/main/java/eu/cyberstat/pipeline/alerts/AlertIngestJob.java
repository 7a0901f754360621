package eu.cyberstat.pipeline.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.ingest.alerts.AlertIdFingerprints;
import eu.cyberstat.ingest.alerts.DuplicateAlertIds;
import eu.cyberstat.ingest.alerts.ExportFile;
import eu.cyberstat.ingest.alerts.ExportSplit;
import eu.cyberstat.ingest.alerts.PlatformProfile;
import eu.cyberstat.pipeline.progress.Progress;
import eu.cyberstat.warehousing.AlertIngest;
import eu.cyberstat.warehousing.AlertMonthsUpdate;
import eu.cyberstat.warehousing.AlertTablesSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.io.file.PathUtils;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests alert-platform exports into the warehouse in three passes over the files, none of
 * which shuffles data:
 * <ol>
 *   <li><b>scan</b> (parallel, by split): counts records and lines per split (for exact line
 *       numbers) and writes the sorted fingerprints of the alert ids to disk;</li>
 *   <li><b>duplicates</b>: a streaming merge of those runs finds repeated ids (memory: one
 *       buffer per split); only if there are any, a second scan compares the ids themselves;</li>
 *   <li><b>read and write</b> (parallel, by split): {@link AlertExportSource} parses, normalises
 *       and pseudonymises each record and the rows go to the alerts table in one atomic
 *       replacement of the platform-months they cover. Quarantined records go to the quarantine
 *       table afterwards.</li>
 * </ol>
 */
public final class AlertIngestJob {

    private static final Logger LOG = LoggerFactory.getLogger(AlertIngestJob.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MIN_SPLIT_BYTES = 4L << 20;

    /** What to ingest. */
    /**
     * @param restate ingest even if exactly these bytes with this profile are in force already
     *                (e.g. after an upgrade that normalises differently)
     */
    public record Request(List<Path> files, PlatformProfile profile, byte[] hmacKey, Path workDir, long maxSplitBytes,
                          boolean restate) {
        @Override
        public String toString() {
            return "Request[" + files + ", " + profile.platform() + "]"; // never the key
        }
    }

    private final SparkSession spark;
    private final AlertTables tables;

    public AlertIngestJob(SparkSession spark, AlertTables tables) {
        this.spark = spark;
        this.tables = tables;
    }

    public AlertIngestReceipt run(Request request) {
        return run(request, Progress.NONE);
    }

    /** Ingests, telling {@code progress} of each pass (scan, duplicate ids, read and write with rows done). */
    public AlertIngestReceipt run(Request request, Progress progress) {
        long started = System.nanoTime();
        PlatformProfile profile = request.profile();
        String ingestId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now())
                + "-" + UUID.randomUUID().toString().substring(0, 8);
        List<ExportFile> files = new ArrayList<>();
        for (Path f : request.files()) {
            files.add(ExportFile.inspect(files.size(), f.toAbsolutePath(), profile));
        }
        List<ExportSplit> splits = plan(files, request.maxSplitBytes());
        Path scratch = request.workDir().toAbsolutePath().resolve("alerts").resolve(ingestId);
        try {
            Files.createDirectories(scratch);
            return ingest(ingestId, profile, files, splits, request.hmacKey(), request.restate(), scratch, started,
                    progress);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use work folder " + scratch, e);
        } catch (Exception e) {
            // Spark's SparkException is checked but undeclared: caught here as Exception.
            throw AlertIngestJob.<RuntimeException>asTheReaderSaidIt(e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private AlertIngestReceipt ingest(String ingestId, PlatformProfile profile, List<ExportFile> files,
                                      List<ExportSplit> splits, byte[] key, boolean restate, Path scratch, long started,
                                      Progress progress) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String runDir = scratch.toString();
        // The exports' digest, on a driver thread while the executors scan (it reads every byte once).
        CompletableFuture<String> inputSha256 = CompletableFuture.supplyAsync(() -> inputSha256(profile, files));
        // Pass 1: line counts and id fingerprints, split by split.
        progress.stage("scan", splits.size(), "splits");
        spark.sparkContext().setJobDescription("alerts " + ingestId + ": scan");
        List<AlertIdFingerprints.SplitScan> scans = new ArrayList<>(jsc.parallelize(splits, splits.size())
                .map(s -> AlertIdFingerprints.scan(files.get(s.fileIndex()), s, profile, Path.of(runDir)))
                .collect());
        scans.sort(Comparator.comparingInt(AlertIdFingerprints.SplitScan::splitIndex));
        progress.advance(scans.size());
        LOG.info("alert ingest {}: scanned {} splits in {} ms", ingestId, splits.size(), (System.nanoTime() - started) / 1_000_000);
        long[] firstLines = new long[splits.size()];
        long totalRecords = 0;
        for (ExportSplit s : splits) {
            AlertIdFingerprints.SplitScan scan = scans.get(s.index());
            totalRecords += scan.records();
            boolean firstOfFile = s.isFirstOfFile();
            firstLines[s.index()] = firstOfFile ? 1 : firstLines[s.index() - 1] + scans.get(s.index() - 1).lines();
        }
        Optional<String> inForce = restate ? Optional.empty() : tables.ingestInForce(joined(inputSha256));
        if (inForce.isPresent()) {
            deleteRuns(scans);
            spark.sparkContext().setJobDescription(null);
            return new AlertIngestReceipt(ingestId, profile.platform(), files.stream().map(ExportFile::name).toList(),
                    totalRecords, 0, 0, 0, List.of(), Duration.ofNanos(System.nanoTime() - started), inForce.get());
        }
        // Pass 2: repeated alert ids, exactly.
        Set<Long> candidates = AlertIdFingerprints.repeated(scans.stream().map(s -> Path.of(s.runFile())).toList());
        DuplicateAlertIds duplicates = DuplicateAlertIds.NONE;
        if (!candidates.isEmpty()) {
            progress.stage("duplicate ids", 0, null);
            spark.sparkContext().setJobDescription("alerts " + ingestId + ": duplicate ids");
            List<DuplicateAlertIds.Occurrence> occurrences = jsc.parallelize(splits, splits.size())
                    .flatMap(s -> DuplicateAlertIds.occurrences(files.get(s.fileIndex()), s, profile, candidates).iterator())
                    .collect();
            duplicates = DuplicateAlertIds.of(occurrences);
        }
        deleteRuns(scans);
        // Pass 3: read, normalise, pseudonymise, write.
        IngestPlan plan = new IngestPlan(ingestId, profile, List.copyOf(files), List.copyOf(splits), firstLines, duplicates,
                key, runDir);
        List<String> names = files.stream().map(ExportFile::name).toList();
        AlertMonthsUpdate update = tables.replaceAlertMonths(
                new AlertIngest(ingestId, joined(inputSha256), profile.platform(), names, totalRecords, true));
        spark.sparkContext().setJobDescription("alerts " + ingestId + ": write");
        long writeStart = System.nanoTime();
        if (totalRecords == 0) {
            // Nothing to store: no commit at all, rather than one that replaces nothing.
            Duration time = Duration.ofNanos(System.nanoTime() - started);
            return new AlertIngestReceipt(ingestId, profile.platform(), files.stream().map(ExportFile::name).toList(),
                    0, 0, 0, 0, List.of(), time, null);
        }
        Map<String, String> previous = apply(spark, alertWriteSettings());
        IngestProgress.reset();
        progress.stage("read and write", totalRecords, "rows", IngestProgress::records);
        try {
            update.stageAlerts(AlertExportSource.read(spark, plan));
            IngestProgress.add(Math.max(0, totalRecords - IngestProgress.records()));
        } finally {
            restore(spark, previous);
            AlertExportSource.release(plan);
            spark.sparkContext().setJobDescription(null);
        }
        LOG.info("alert ingest {}: read and wrote {} records in {} ms", ingestId, totalRecords,
                (System.nanoTime() - writeStart) / 1_000_000);
        List<SplitRowReader.SplitCounts> counts = readCounts(scratch);
        long read = 0;
        long accepted = 0;
        long quarantined = 0;
        long repeated = 0;
        TreeSet<String> months = new TreeSet<>();
        for (SplitRowReader.SplitCounts c : counts) {
            read += c.records();
            accepted += c.accepted();
            quarantined += c.quarantined();
            repeated += c.duplicates();
            months.addAll(c.months());
        }
        if (quarantined + repeated > 0) {
            String[] quarantineFiles;
            try (Stream<Path> list = Files.list(scratch)) {
                quarantineFiles = list.filter(p -> p.getFileName().toString().matches("quarantine-\\d+\\.jsonl"))
                        .map(Path::toString).sorted().toArray(String[]::new);
            }
            Dataset<Row> q = spark.read().schema(AlertTablesSchema.QUARANTINE_SCHEMA).json(quarantineFiles);
            progress.stage("quarantine", 0, null);
            update.stageQuarantine(q);
        }
        // The alerts' months and the quarantine become visible together, after both were written.
        update.commit();
        Duration time = Duration.ofNanos(System.nanoTime() - started);
        AlertIngestReceipt receipt = new AlertIngestReceipt(ingestId, profile.platform(),
                files.stream().map(ExportFile::name).toList(), read, accepted, quarantined, repeated, List.copyOf(months), time,
                null);
        LOG.info("alert ingest {}: {} rows read, {} accepted, {} quarantined, {} duplicates in {} ms", ingestId, read,
                accepted, quarantined, repeated, time.toMillis());
        return receipt;
    }

    /**
     * Write settings measured on the benchmark (docs/benchmarks.md). Alert ids, URL hashes and
     * times are (nearly) unique: Parquet's dictionary encoding would fill a dictionary, give up
     * and fall back to plain encoding for every page, at a third of the write time. And a task
     * of a time-ordered export sees one or two months: writing each month's file as rows come,
     * instead of sorting the task's rows by partition first, saves the sort. The settings name
     * only this table's columns, and hold only while the alerts are written.
     */
    static Map<String, String> alertWriteSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String column : new String[] {"alert_id", "received_at", "closed_at", "url_domain", "url_hmac"}) {
            settings.put("parquet.enable.dictionary#" + column, "false");
        }
        // Min/max of a hash or a domain never prunes a query; computing them compares every value.
        for (String column : new String[] {"url_domain", "url_hmac"}) {
            settings.put("parquet.column.statistics.enabled#" + column, "false");
            settings.put("parquet.size.statistics.enabled#" + column, "false");
        }
        settings.put("spark.sql.maxConcurrentOutputFileWriters", "16");
        return settings;
    }

    /** Sets session settings for the duration of one write and puts the previous values back. */
    private static Map<String, String> apply(SparkSession spark, Map<String, String> settings) {
        Map<String, String> previous = new LinkedHashMap<>();
        settings.forEach((k, v) -> {
            previous.put(k, spark.conf().getOption(k).getOrElse(() -> null));
            spark.conf().set(k, v);
        });
        return previous;
    }

    private static void restore(SparkSession spark, Map<String, String> previous) {
        previous.forEach((k, v) -> {
            if (v == null) {
                spark.conf().unset(k);
            } else {
                spark.conf().set(k, v);
            }
        });
    }

    /** Splits of about equal size, enough to keep every core busy, none larger than the setting. */
    private List<ExportSplit> plan(List<ExportFile> files, long maxSplitBytes) {
        long total = files.stream().mapToLong(ExportFile::size).sum();
        int parallelism = Math.max(1, spark.sparkContext().defaultParallelism());
        long splitBytes = Math.max(Math.min(MIN_SPLIT_BYTES, maxSplitBytes), Math.min(maxSplitBytes, total / (2L * parallelism) + 1));
        List<ExportSplit> splits = new ArrayList<>();
        for (ExportFile f : files) {
            splits.addAll(f.splits(splits.size(), splitBytes));
        }
        return splits;
    }

    private static List<SplitRowReader.SplitCounts> readCounts(Path scratch) throws IOException {
        List<SplitRowReader.SplitCounts> counts = new ArrayList<>();
        try (Stream<Path> files = Files.list(scratch)) {
            for (Path p : files.filter(p -> p.getFileName().toString().matches("counts-\\d+\\.json")).sorted().toList()) {
                counts.add(JSON.readValue(p.toFile(), SplitRowReader.SplitCounts.class));
            }
        }
        return counts;
    }

    /**
     * An export that a task could not read reaches the driver wrapped in Spark's job failure; the
     * reader's own sentence (an {@link BadInputException} naming the file and line) is what the user
     * needs, not Spark's stack trace.
     */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> RuntimeException asTheReaderSaidIt(Exception e) throws E {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadInputException input) {
                return input;
            }
        }
        throw (E) e; // anything else goes on unchanged, a checked SparkException included
    }

    private static void deleteQuietly(Path dir) {
        try {
            if (Files.exists(dir)) {
                PathUtils.deleteDirectory(dir);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the work folder {}: {}", dir, e.getMessage());
        }
    }

    /**
     * What an ingest reads, as one digest: the SHA-256 of every export file in order, and the
     * profile that maps them (the same bytes mapped differently are another input). Independent
     * of how the files are split. The key needs no place here: a warehouse accepts only the key
     * its alerts were hashed with.
     */
    static String inputSha256(PlatformProfile profile, List<ExportFile> files) {
        StringBuilder text = new StringBuilder(profile.toString()).append('\n');
        files.forEach(f -> text.append(f.sha256()).append('\n'));
        return DigestUtils.sha256Hex(text.toString());
    }

    /** The digest, or the error it met as such (a failure cyberstat explains stays a sentence for the user). */
    private static String joined(CompletableFuture<String> digest) {
        try {
            return digest.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static void deleteRuns(List<AlertIdFingerprints.SplitScan> scans) throws IOException {
        for (AlertIdFingerprints.SplitScan s : scans) {
            Files.deleteIfExists(Path.of(s.runFile()));
        }
    }
}
