package eu.cyberstat.ingest.store;

import eu.cyberstat.ingest.InputException;
import eu.cyberstat.ingest.Observation;
import eu.cyberstat.ingest.validation.PriorFigures;
import eu.cyberstat.ingest.validation.ValidationReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Keeps national-statistics submissions: every upload's raw bytes (accepted or rejected), its
 * validation report and normalised figures, and the log of accepted submissions. The log is the
 * commit log of the observations table, so accepting a submission is one atomic step that makes
 * its raw file, its report and its Parquet rows visible together.
 *
 * <p>Layout: {@code submissions/<id>/} (raw/, observations.csv, validation.json),
 * {@code submissions/rejected/<id>/} (one per rejected content: raw/, validation.json and
 * rejection.properties), {@code tables/observations/_log/}.
 */
public final class SubmissionStore {

    public static final String SUBMISSIONS = "submissions";
    public static final String OBSERVATIONS_TABLE = "tables/observations";
    static final String NORMALISED_FILE = "observations.csv";
    static final String REPORT_FILE = "validation.json";
    static final String RAW_DIR = "raw";
    static final String REJECTED = "rejected";
    /** Beside a rejected upload's report: the file's name, whom it was for and when it was last received. */
    static final String REJECTION_FILE = "rejection.properties";
    private static final String RECEIVED_AT = "received_at";

    /** The normalised figures as the project CSV (see docs/data-format.md). */
    static final String[] COLUMNS = {"country", "year", "offence", "indicator", "value", "flags", "note"};
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS")
            .withZone(ZoneOffset.UTC);

    private final Path warehouse;
    private final CommitLog log;

    public SubmissionStore(Path warehouse) {
        this.warehouse = warehouse;
        this.log = new CommitLog(warehouse.resolve(OBSERVATIONS_TABLE).resolve("_log"));
    }

    public CommitLog log() {
        return log;
    }

    public Path folderOf(String submissionId) {
        return warehouse.resolve(SUBMISSIONS).resolve(submissionId);
    }

    /** A new submission id: time of receipt and the start of the file's checksum. */
    public static String newSubmissionId(Instant receivedAt, String sha256) {
        return "S" + ID_TIME.format(receivedAt) + "-" + sha256.substring(0, 8);
    }

    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return DigestUtils.sha256Hex(in);
        } catch (IOException e) {
            throw new InputException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Accepted submissions in the order they were committed. */
    public List<Submission> history() {
        return log.commits().stream().map(Submission::of).toList();
    }

    /** Accepted submissions still providing at least one country-year as of {@code asOf} (null: now). */
    public List<Submission> effective(Instant asOf) {
        return log.snapshot(asOf).effectiveCommits().stream().map(Submission::of).toList();
    }

    /**
     * The accepted submission that already holds this exact file (same SHA-256), even if later
     * submissions have superseded part of it since: submitting it again is a duplicate, so that
     * reloading the same files never undoes a later revision. Restating an old file on purpose
     * is {@code submit --restate}.
     */
    public Optional<Submission> acceptedDuplicate(String sha256) {
        return acceptedDuplicate(log.snapshot(null), sha256);
    }

    /** As {@link #acceptedDuplicate(String)}, in a snapshot already read. */
    public Optional<Submission> acceptedDuplicate(Snapshot snapshot, String sha256) {
        return snapshot.commits().stream().filter(c -> sha256.equals(c.property(Submission.SHA256)))
                .reduce((a, b) -> b).map(Submission::of);
    }

    /** The countries with figures in force for a reference year in a snapshot: the deliveries received. */
    public static Set<String> countriesWithFigures(Snapshot snapshot, int year) {
        Set<String> geos = new java.util.TreeSet<>();
        snapshot.partitionOwners().keySet().stream().filter(cy -> cy.get(1).equals(Integer.toString(year)))
                .forEach(cy -> geos.add(cy.get(0)));
        return geos;
    }

    /** The submissions the given country-years currently come from (what a new one would supersede). */
    public Map<String, List<List<String>>> currentProviders(List<List<String>> countryYears) {
        return currentProviders(log.snapshot(null), countryYears);
    }

    /** As {@link #currentProviders(List)}, in a snapshot already read. */
    public Map<String, List<List<String>>> currentProviders(Snapshot snapshot, List<List<String>> countryYears) {
        Map<List<String>, Commit> owners = snapshot.partitionOwners();
        Map<String, List<List<String>>> providers = new LinkedHashMap<>();
        for (List<String> cy : countryYears) {
            Commit c = owners.get(cy);
            if (c != null) {
                providers.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(cy);
            }
        }
        return providers;
    }

    /**
     * Writes an accepted submission's files to a staging folder: the raw upload byte for byte,
     * the validation report and the normalised figures. Nothing is visible until
     * {@link #publish} and the table commit.
     */
    public Path stage(String id, Path rawFile, String originalName, ValidationReport report,
                      List<Observation> observations) {
        Path staged = warehouse.resolve("_staging").resolve("submission-" + id);
        try {
            Files.createDirectories(staged.resolve(RAW_DIR));
            Files.copy(rawFile, staged.resolve(RAW_DIR).resolve(safeName(originalName)));
            Files.writeString(staged.resolve(REPORT_FILE), report.toJson(), StandardCharsets.UTF_8);
            writeNormalised(staged.resolve(NORMALISED_FILE), observations);
            return staged;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage submission " + id + " in " + staged, e);
        }
    }

    /** Moves a staged submission folder into place (still invisible until its commit is logged). */
    public void publish(String id, Path staged) {
        try {
            Path target = folderOf(id);
            Files.createDirectories(target.getParent());
            CommitLog.moveAtomically(staged, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move submission " + id + " into the warehouse", e);
        }
    }

    /**
     * Commits an accepted submission: the one step that makes it visible. Unless {@code restate},
     * refused with {@link CommitLog.Conflict} when the same file was accepted before, checked
     * under the log's lock (two processes submitting one file at once: one wins).
     */
    public Submission commit(String id, String dataDir, String fileName, String sha256, long bytes,
                             ValidationReport report, String declaredCountry, List<Observation> observations,
                             boolean restate) {
        return commit(id, dataDir, fileName, sha256, bytes, report, declaredCountry, observations, restate, null);
    }

    /**
     * As {@link #commit(String, String, String, String, long, ValidationReport, String, List, boolean)},
     * for a caller that read the log once into {@code base} and checked it (for a duplicate, and
     * for what the file revises): only the commits appended since are checked, under the lock.
     * Besides the same file, a commit since {@code base} that wrote any of this file's
     * country-years is a {@link CommitLog.Conflict} too: what the caller showed of the revision
     * would no longer be true.
     */
    public Submission commit(String id, String dataDir, String fileName, String sha256, long bytes,
                             ValidationReport report, String declaredCountry, List<Observation> observations,
                             boolean restate, Snapshot base) {
        List<List<String>> countryYears = countryYears(observations);
        Map<String, String> properties = new HashMap<>();
        properties.put(Submission.FILE, fileName);
        properties.put(Submission.SHA256, sha256);
        properties.put(Submission.BYTES, Long.toString(bytes));
        properties.put(Submission.ROWS, Long.toString(observations.size()));
        properties.put(Submission.COUNTRY, declaredCountry == null ? "" : declaredCountry);
        properties.put(Submission.FORMAT, report.format() == null ? "" : report.format());
        properties.put(Submission.WARNINGS, Integer.toString(report.warnings().size()));
        Set<List<String>> written = Set.copyOf(countryYears);
        return Submission.of(log.append(id, dataDir, countryYears, properties, base, commits -> {
            Optional<Commit> same = restate ? Optional.empty()
                    : commits.stream().filter(c -> sha256.equals(c.property(Submission.SHA256))).reduce((a, b) -> b);
            if (same.isPresent() || base == null) {
                return same;
            }
            return commits.stream().filter(c -> c.partitions().stream().anyMatch(written::contains)).findFirst();
        }));
    }

    /** The (geo, year) pairs of some figures, in country then year order: the partitions they replace. */
    public static List<List<String>> countryYears(List<Observation> observations) {
        TreeSet<List<String>> countryYears = new TreeSet<>((a, b) -> {
            int c = a.get(0).compareTo(b.get(0));
            return c != 0 ? c : Integer.compare(Integer.parseInt(a.get(1)), Integer.parseInt(b.get(1)));
        });
        observations.forEach(o -> countryYears.add(List.of(o.geo(), Integer.toString(o.year()))));
        return new ArrayList<>(countryYears);
    }

    /**
     * Keeps a rejected upload and its report: nothing a Member State sends is lost. One copy per
     * content: the same bytes rejected again (a retry without correcting them) are not stored
     * again; the folder of the first rejection keeps them, and the report of the latest attempt.
     *
     * @return the id under which the rejected content is kept (the first rejection's)
     */
    public String keepRejected(String id, Path rawFile, String sha256, String originalName, ValidationReport report) {
        return keepRejected(id, rawFile, sha256, originalName, report, List.of(), Instant.now());
    }

    /**
     * As above, recording whom the upload was for ({@code countries}: the declared country, else
     * those its rows name; empty when unknown) and when it was first received, so that the
     * feedback sheet of that country can list it ({@link #rejected}).
     */
    public String keepRejected(String id, Path rawFile, String sha256, String originalName, ValidationReport report,
                               List<String> countries, Instant receivedAt) {
        Path rejected = warehouse.resolve(SUBMISSIONS).resolve(REJECTED);
        String keptAs = rejectedCopy(rejected, sha256).orElse(id);
        Path dir = rejected.resolve(keptAs);
        try {
            if (keptAs.equals(id)) {
                Files.createDirectories(dir.resolve(RAW_DIR));
                Files.copy(rawFile, dir.resolve(RAW_DIR).resolve(safeName(originalName)), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(dir.resolve(REPORT_FILE), report.toJson(), StandardCharsets.UTF_8);
            // The same bytes again are the same delivery: it keeps its first receipt (a rerun changes
            // no feedback sheet), and learns of a country a later attempt declared.
            java.util.Properties about = rejectionOf(dir);
            TreeSet<String> whom = new TreeSet<>(countriesOf(about));
            whom.addAll(countries);
            about.setProperty(Submission.FILE, about.getProperty(Submission.FILE, safeName(originalName)));
            about.setProperty(Submission.COUNTRY, String.join(",", whom));
            about.setProperty(RECEIVED_AT, about.getProperty(RECEIVED_AT, receivedAt.toString()));
            StringBuilder text = new StringBuilder();
            for (String key : new TreeSet<>(about.stringPropertyNames())) {
                text.append(key).append('=').append(about.getProperty(key)).append('\n');
            }
            Files.writeString(dir.resolve(REJECTION_FILE), text, StandardCharsets.UTF_8);
            return keptAs;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep rejected upload " + id, e);
        }
    }

    /**
     * Every rejected upload kept, first received first. An upload kept before the store recorded
     * whom it was for has no countries, and the time of its id.
     */
    public List<RejectedUpload> rejected() {
        Path rejected = warehouse.resolve(SUBMISSIONS).resolve(REJECTED);
        if (!Files.isDirectory(rejected)) {
            return List.of();
        }
        List<RejectedUpload> out = new ArrayList<>();
        try (var folders = Files.list(rejected)) {
            for (Path dir : folders.filter(Files::isDirectory).sorted().toList()) {
                if (!Files.exists(dir.resolve(REPORT_FILE))) {
                    continue;
                }
                java.util.Properties about = rejectionOf(dir);
                String id = dir.getFileName().toString();
                String file = about.getProperty(Submission.FILE, rawFileIn(dir).map(f -> f.getFileName().toString()).orElse(""));
                Instant at = about.containsKey(RECEIVED_AT) ? Instant.parse(about.getProperty(RECEIVED_AT)) : receivedAtOf(id);
                ValidationReport report = ValidationReport.fromJson(Files.readString(dir.resolve(REPORT_FILE), StandardCharsets.UTF_8));
                out.add(new RejectedUpload(id, file, countriesOf(about), at, report));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rejected uploads in " + rejected, e);
        }
        out.sort(java.util.Comparator.comparing(RejectedUpload::receivedAt).thenComparing(RejectedUpload::id));
        return out;
    }

    /** What is known of a rejected upload kept in {@code dir} (nothing, for one kept before it was recorded). */
    private static java.util.Properties rejectionOf(Path dir) throws IOException {
        java.util.Properties about = new java.util.Properties();
        if (Files.exists(dir.resolve(REJECTION_FILE))) {
            try (Reader in = Files.newBufferedReader(dir.resolve(REJECTION_FILE), StandardCharsets.UTF_8)) {
                about.load(in);
            }
        }
        return about;
    }

    private static List<String> countriesOf(java.util.Properties about) {
        String countries = about.getProperty(Submission.COUNTRY, "");
        return countries.isEmpty() ? List.of() : List.of(countries.split(","));
    }

    /** The time of receipt a submission id starts with ({@link #newSubmissionId}). */
    static Instant receivedAtOf(String id) {
        return java.time.LocalDateTime.parse(id.substring(1, id.indexOf('-')), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS"))
                .toInstant(ZoneOffset.UTC);
    }

    /** The rejected upload already kept with these bytes: ids end with the checksum's start, which the raw file confirms. */
    private static Optional<String> rejectedCopy(Path rejected, String sha256) {
        if (!Files.isDirectory(rejected)) {
            return Optional.empty();
        }
        String suffix = "-" + sha256.substring(0, 8);
        try (var folders = Files.list(rejected)) {
            return folders.filter(d -> d.getFileName().toString().endsWith(suffix)).sorted()
                    .filter(d -> rawFileIn(d).map(f -> sha256.equals(sha256(f))).orElse(false))
                    .map(d -> d.getFileName().toString()).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + rejected, e);
        }
    }

    private static Optional<Path> rawFileIn(Path folder) {
        Path raw = folder.resolve(RAW_DIR);
        if (!Files.isDirectory(raw)) {
            return Optional.empty();
        }
        try (var files = Files.list(raw)) {
            return files.findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + raw, e);
        }
    }

    /** The validation report kept with a submission. */
    public ValidationReport reportOf(String submissionId) {
        Path file = folderOf(submissionId).resolve(REPORT_FILE);
        try {
            return ValidationReport.fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The figures a submission brought, as kept with it (with their notes). */
    public List<Observation> figuresOf(String submissionId) {
        return readNormalised(folderOf(submissionId).resolve(NORMALISED_FILE));
    }

    /** The raw upload of a submission, byte for byte as received. */
    public Path rawFileOf(String submissionId) {
        Path raw = folderOf(submissionId).resolve(RAW_DIR);
        try (var files = Files.list(raw)) {
            return files.findFirst().orElseThrow(() -> new IllegalStateException("No raw file in " + raw));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + raw, e);
        }
    }

    /**
     * The figures the warehouse holds as of {@code asOf} (null: now), read from the normalised
     * copies kept with each submission (no Spark: validation must stay fast).
     */
    public PriorFigures priorFigures(Instant asOf) {
        return valuesOf(figuresInForce(log.snapshot(asOf)));
    }

    /**
     * Every figure in force in a snapshot, from the normalised copies kept with each submission
     * (no Spark): for each country-year, the figures of the submission that owns it.
     */
    public Map<Observation.Key, Observation> figuresInForce(Snapshot snapshot) {
        Map<Observation.Key, Observation> figures = new HashMap<>();
        for (Commit c : snapshot.effectiveCommits()) {
            Set<List<String>> owned = new HashSet<>(snapshot.partitionsOwnedBy(c));
            for (Observation o : readNormalised(folderOf(c.id()).resolve(NORMALISED_FILE))) {
                if (owned.contains(List.of(o.geo(), Integer.toString(o.year())))) {
                    figures.put(o.key(), o);
                }
            }
        }
        return figures;
    }

    /** The values of figures in force, for the validator's comparison with earlier years. */
    public static PriorFigures valuesOf(Map<Observation.Key, Observation> figures) {
        return (geo, year, offence, indicator) -> {
            Observation o = figures.get(new Observation.Key(geo, year, offence, indicator));
            return o == null || o.value() == null ? OptionalLong.empty() : OptionalLong.of(o.value());
        };
    }

    static void writeNormalised(Path file, List<Observation> observations) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSV)) {
            out.printRecord((Object[]) COLUMNS);
            for (Observation o : observations) {
                out.printRecord(o.geo(), o.year(), o.offence(), o.indicator(), o.value() == null ? "" : o.value(),
                        o.flags(), o.note());
            }
        }
    }

    static List<Observation> readNormalised(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Observation> list = new ArrayList<>();
            for (CSVRecord rec : CSV.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                String value = rec.get("value");
                list.add(new Observation(rec.get("country"), Integer.parseInt(rec.get("year")), rec.get("offence"),
                        rec.get("indicator"), value.isEmpty() ? null : Long.valueOf(value), rec.get("flags"),
                        rec.get("note")));
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** A file name safe to store: no folders, no control characters. */
    static String safeName(String name) {
        String base = Path.of(name).getFileName().toString().replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return base.isBlank() || base.startsWith(".") ? "upload" + base : base;
    }
}
