package eu.cyberstat.warehousing;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.failure.StorageException;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.ingest.validation.PriorFigures;
import eu.cyberstat.problem.ValidationReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.TreeMap;
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
    private static final String REJECTION_FILE_NAME = "file";
    private static final String REJECTION_COUNTRIES = "country";

    /** The normalised figures as the project CSV (see docs/data-format.md). */
    static final String[] COLUMNS = {"country", "year", "offence", "indicator", "value", "flags", "note"};
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS")
            .withZone(ZoneOffset.UTC);

    private final WarehouseStorage storage;
    private final Path warehouse;
    private final CommitLog log;

    public SubmissionStore(Path warehouse) {
        this(LocalStorage.INSTANCE, warehouse);
    }

    SubmissionStore(WarehouseStorage storage, Path warehouse) {
        this.storage = storage;
        this.warehouse = warehouse;
        this.log = new CommitLog(storage, warehouse.resolve(OBSERVATIONS_TABLE).resolve("_log"));
    }

    /** The file system of the warehouse. */
    WarehouseStorage storage() {
        return storage;
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
            throw new BadInputException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Accepted submissions in the order they were committed. */
    public List<Submission> history() {
        return log.commits().stream().map(Submission::of).toList();
    }

    /**
     * The submissions an accepted one superseded when it committed, for which country-years: the
     * providers of its country-years among the commits before it, as its receipt said then.
     */
    public Map<String, List<CountryYear>> supersededWhenCommitted(String submissionId) {
        List<Commit> before = new ArrayList<>();
        for (Commit c : log.commits()) {
            if (c.id().equals(submissionId)) {
                return currentProviders(new Snapshot(null, before), Submission.of(c).countryYears());
            }
            before.add(c);
        }
        throw new IllegalArgumentException("No accepted submission " + submissionId);
    }

    /**
     * Every accepted submission visible as of {@code asOf} (null: now), in commit order, with the
     * country-years it still provides then (none when superseded everywhere).
     */
    public List<InForce> history(Instant asOf) {
        Snapshot snapshot = log.snapshot(asOf);
        return snapshot.commits().stream().map(c -> new InForce(Submission.of(c),
                snapshot.partitionsOwnedBy(c).stream().map(CountryYear::of).toList())).toList();
    }

    /** A submission and the country-years it provides at an instant. */
    public record InForce(Submission submission, List<CountryYear> countryYears) {
        public InForce {
            countryYears = List.copyOf(countryYears);
        }

        public boolean isFully() {
            return countryYears.size() == submission.countryYears().size();
        }

        public boolean isAtAll() {
            return !countryYears.isEmpty();
        }
    }

    /** The countries with figures in force for a reference year as of {@code asOf} (null: now). */
    public Set<String> countriesWithFigures(Instant asOf, int year) {
        return countriesWithFigures(log.snapshot(asOf), year);
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
    public static Optional<Submission> acceptedDuplicate(Snapshot snapshot, String sha256) {
        return snapshot.commits().stream().filter(c -> KeptFile.holds(c, sha256))
                .reduce((a, b) -> b).map(Submission::of);
    }

    /**
     * What each country's submissions in force deliver as of {@code asOf} (null: now), in the
     * order they were committed: one entry per submission and country, with the years in force,
     * which of them an earlier submission had given (revised) and the figures in force.
     */
    public List<Delivery> deliveries(Instant asOf) {
        Snapshot snapshot = log.snapshot(asOf);
        Set<List<String>> givenBefore = new HashSet<>();
        Set<Commit> effective = new HashSet<>(snapshot.effectiveCommits());
        List<Delivery> out = new ArrayList<>();
        for (Commit c : snapshot.commits()) {
            if (effective.contains(c)) {
                Submission s = Submission.of(c);
                Set<List<String>> owned = new HashSet<>(snapshot.partitionsOwnedBy(c));
                Map<String, List<Observation>> byGeo = new TreeMap<>();
                for (Observation o : figuresOf(c.id())) {
                    if (owned.contains(new CountryYear(o.geo(), o.year()).partition())) {
                        byGeo.computeIfAbsent(o.geo(), g -> new ArrayList<>()).add(o);
                    }
                }
                byGeo.forEach((geo, figures) -> {
                    List<Integer> years = figures.stream().map(Observation::year).distinct().sorted().toList();
                    List<Integer> revised = years.stream()
                            .filter(y -> givenBefore.contains(new CountryYear(geo, y).partition())).toList();
                    out.add(new Delivery(s, geo, years, revised, figures));
                });
            }
            givenBefore.addAll(c.partitions());
        }
        return out;
    }

    /** One country's figures in force from one submission (see {@link #deliveries}). */
    public record Delivery(Submission submission, String geo, List<Integer> years, List<Integer> revisedYears,
                           List<Observation> figures) {
        public Delivery {
            years = List.copyOf(years);
            revisedYears = List.copyOf(revisedYears);
            figures = List.copyOf(figures);
        }
    }

    /** The country-years a commit of the submission log still provides in a snapshot. */
    public static List<CountryYear> countryYearsOwnedBy(Snapshot snapshot, Commit commit) {
        return snapshot.partitionsOwnedBy(commit).stream().map(CountryYear::of).toList();
    }

    /** The reference years with figures in force in a snapshot. */
    public static Set<Integer> yearsWithFigures(Snapshot snapshot) {
        Set<Integer> years = new TreeSet<>();
        snapshot.partitionOwners().keySet().forEach(p -> years.add(CountryYear.of(p).year()));
        return years;
    }

    /** The countries with figures in force for a reference year in a snapshot: the deliveries received. */
    public static Set<String> countriesWithFigures(Snapshot snapshot, int year) {
        Set<String> geos = new java.util.TreeSet<>();
        snapshot.partitionOwners().keySet().stream().map(CountryYear::of).filter(cy -> cy.year() == year)
                .forEach(cy -> geos.add(cy.geo()));
        return geos;
    }

    /** The submissions the given country-years come from in a snapshot (what a new one would supersede). */
    static Map<String, List<CountryYear>> currentProviders(Snapshot snapshot, List<CountryYear> countryYears) {
        Map<List<String>, Commit> owners = snapshot.partitionOwners();
        Map<String, List<CountryYear>> providers = new LinkedHashMap<>();
        for (CountryYear cy : countryYears) {
            Commit c = owners.get(cy.partition());
            if (c != null) {
                providers.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(cy);
            }
        }
        return providers;
    }

    /** The country-years of some figures, in country then year order: the partitions they replace. */
    public static List<CountryYear> countryYears(List<Observation> observations) {
        TreeSet<CountryYear> countryYears = new TreeSet<>();
        observations.forEach(o -> countryYears.add(new CountryYear(o.geo(), o.year())));
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
        if (keptAs.equals(id)) {
            Path staged = warehouse.resolve(Warehouse.STAGING).resolve("rejected-" + id);
            try {
                storage.createDirectories(staged.resolve(RAW_DIR));
                storage.copyIn(rawFile, staged.resolve(RAW_DIR).resolve(safeName(originalName)));
            } catch (IOException e) {
                throw storage.failure("keep rejected upload " + id + " in", staged, e);
            }
            storage.moveIntoPlace(staged, dir);
        }
        String json = report.toJson();
        storage.publish(dir.resolve(REPORT_FILE), AtomicFiles.PUBLISHED,
                out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
        // The same bytes again are the same delivery: it keeps its first receipt (a rerun changes
        // no feedback sheet), and learns of a country a later attempt declared.
        java.util.Properties about;
        try {
            about = rejectionOf(dir);
        } catch (IOException e) {
            throw new StorageException("Cannot read " + storage.describe(dir.resolve(REJECTION_FILE)) + ": "
                    + e.getMessage(), e);
        }
        TreeSet<String> whom = new TreeSet<>(countriesOf(about));
        whom.addAll(countries);
        about.setProperty(REJECTION_FILE_NAME, about.getProperty(REJECTION_FILE_NAME, safeName(originalName)));
        about.setProperty(REJECTION_COUNTRIES, String.join(",", whom));
        about.setProperty(RECEIVED_AT, about.getProperty(RECEIVED_AT, receivedAt.toString()));
        StringBuilder text = new StringBuilder();
        for (String key : new TreeSet<>(about.stringPropertyNames())) {
            text.append(key).append('=').append(about.getProperty(key)).append('\n');
        }
        storage.publish(dir.resolve(REJECTION_FILE), AtomicFiles.PUBLISHED,
                out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        return keptAs;
    }

    /**
     * Every rejected upload kept, first received first. An upload kept before the store recorded
     * whom it was for has no countries, and the time of its id.
     */
    public List<RejectedUpload> rejected() {
        Path rejected = warehouse.resolve(SUBMISSIONS).resolve(REJECTED);
        if (!storage.isDirectory(rejected)) {
            return List.of();
        }
        List<RejectedUpload> out = new ArrayList<>();
        try {
            for (Path dir : storage.list(rejected).stream().filter(storage::isDirectory).toList()) {
                if (!storage.exists(dir.resolve(REPORT_FILE))) {
                    continue;
                }
                java.util.Properties about = rejectionOf(dir);
                String id = dir.getFileName().toString();
                String file = about.getProperty(REJECTION_FILE_NAME, rawFileIn(dir).map(f -> f.getFileName().toString()).orElse(""));
                Instant at = about.containsKey(RECEIVED_AT) ? Instant.parse(about.getProperty(RECEIVED_AT)) : receivedAtOf(id);
                ValidationReport report = ValidationReport.fromJson(readString(dir.resolve(REPORT_FILE)));
                out.add(new RejectedUpload(id, file, countriesOf(about), at, report));
            }
        } catch (IOException e) {
            throw new StorageException("Cannot read the rejected uploads in " + storage.describe(rejected) + ": "
                    + e.getMessage(), e);
        }
        out.sort(java.util.Comparator.comparing(RejectedUpload::receivedAt).thenComparing(RejectedUpload::id));
        return out;
    }

    /** What is known of a rejected upload kept in {@code dir} (nothing, for one kept before it was recorded). */
    private java.util.Properties rejectionOf(Path dir) throws IOException {
        java.util.Properties about = new java.util.Properties();
        if (storage.exists(dir.resolve(REJECTION_FILE))) {
            try (Reader in = new InputStreamReader(storage.read(dir.resolve(REJECTION_FILE)), StandardCharsets.UTF_8)) {
                about.load(in);
            }
        }
        return about;
    }

    private static List<String> countriesOf(java.util.Properties about) {
        String countries = about.getProperty(REJECTION_COUNTRIES, "");
        return countries.isEmpty() ? List.of() : List.of(countries.split(","));
    }

    /** The time of receipt a submission id starts with ({@link #newSubmissionId}). */
    static Instant receivedAtOf(String id) {
        return java.time.LocalDateTime.parse(id.substring(1, id.indexOf('-')), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS"))
                .toInstant(ZoneOffset.UTC);
    }

    /** The rejected upload already kept with these bytes: ids end with the checksum's start, which the raw file confirms. */
    private Optional<String> rejectedCopy(Path rejected, String sha256) {
        String suffix = "-" + sha256.substring(0, 8);
        return storage.list(rejected).stream().filter(d -> d.getFileName().toString().endsWith(suffix))
                .filter(d -> rawFileIn(d).map(f -> sha256.equals(sha256Of(f))).orElse(false))
                .map(d -> d.getFileName().toString()).findFirst();
    }

    private String sha256Of(Path kept) {
        try (InputStream in = storage.read(kept)) {
            return DigestUtils.sha256Hex(in);
        } catch (IOException e) {
            throw new StorageException("Cannot read " + storage.describe(kept) + ": " + e.getMessage(), e);
        }
    }

    private Optional<Path> rawFileIn(Path folder) {
        return storage.list(folder.resolve(RAW_DIR)).stream().findFirst();
    }

    private String readString(Path file) throws IOException {
        try (InputStream in = storage.read(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The validation report kept with a submission. */
    public ValidationReport reportOf(String submissionId) {
        Path file = folderOf(submissionId).resolve(REPORT_FILE);
        try {
            return ValidationReport.fromJson(readString(file));
        } catch (IOException e) {
            throw new StorageException("Cannot read " + storage.describe(file), e);
        }
    }

    /** The figures a submission brought, as kept with it (with their notes). */
    public List<Observation> figuresOf(String submissionId) {
        return readNormalised(folderOf(submissionId).resolve(NORMALISED_FILE));
    }

    /**
     * The raw upload of a submission, byte for byte as received: checked against the SHA-256 its
     * commit recorded, and never a symbolic link.
     *
     * @throws StorageException when it is missing, a link, or changed since it was committed
     */
    public Path rawFileOf(String submissionId) {
        Commit commit = log.commits().stream().filter(c -> c.id().equals(submissionId)).findFirst()
                .orElseThrow(() -> new eu.cyberstat.failure.NotFoundException("No accepted submission " + submissionId
                        + " in " + storage.describe(warehouse) + "."));
        return KeptFile.readBack(storage, folderOf(submissionId).resolve(RAW_DIR), commit);
    }

    /**
     * The raw upload of a submission, checked as {@link #rawFileOf}, opened to read: wherever
     * the warehouse is (on Hadoop, {@link #rawFileOf}'s path is a name on the cluster's file system).
     */
    public InputStream openRawFile(String submissionId) throws IOException {
        return storage.read(rawFileOf(submissionId));
    }

    /**
     * The figures the warehouse holds as of {@code asOf} (null: now), read from the normalised
     * copies kept with each submission (no Spark: validation must stay fast).
     */
    public PriorFigures priorFigures(Instant asOf) {
        return inForce(asOf).asPrior();
    }

    /**
     * The state a new submission is checked against, read once: the log as of {@code asOf}
     * (null: now) and every figure in force in it.
     */
    public FiguresInForce inForce(Instant asOf) {
        Snapshot snapshot = log.snapshot(asOf);
        return new FiguresInForce(snapshot, figuresInForce(snapshot));
    }

    /** A snapshot of the submission log and the figures in force in it. */
    public record FiguresInForce(Snapshot snapshot, Map<Observation.Key, Observation> figures) {

        /** Their values, for the validator's comparison with earlier years. */
        public PriorFigures asPrior() {
            return valuesOf(figures);
        }

        /** The accepted submission that already holds this exact file, if any (see {@link #acceptedDuplicate}). */
        public Optional<Submission> duplicateOf(String sha256) {
            return acceptedDuplicate(snapshot, sha256);
        }
    }

    /**
     * Every figure in force in a snapshot, from the normalised copies kept with each submission
     * (no Spark): for each country-year, the figures of the submission that owns it.
     */
    public Map<Observation.Key, Observation> figuresInForce(Snapshot snapshot) {
        Map<Observation.Key, Observation> figures = new HashMap<>();
        for (Commit c : snapshot.effectiveCommits()) {
            Set<List<String>> owned = new HashSet<>(snapshot.partitionsOwnedBy(c));
            for (Observation o : figuresOf(c.id())) {
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

    void writeNormalised(Path file, List<Observation> observations) throws IOException {
        storage.write(file, stream -> {
            CSVPrinter out = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), CSV);
            out.printRecord((Object[]) COLUMNS);
            for (Observation o : observations) {
                out.printRecord(o.geo(), o.year(), o.offence(), o.indicator(), o.value() == null ? "" : o.value(),
                        o.flags(), o.note());
            }
            out.flush(); // not closed: the storage forces the file to disk, then closes it
        });
    }

    List<Observation> readNormalised(Path file) {
        try (Reader r = new InputStreamReader(storage.read(file), StandardCharsets.UTF_8)) {
            List<Observation> list = new ArrayList<>();
            for (CSVRecord rec : CSV.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                String value = rec.get("value");
                list.add(new Observation(rec.get("country"), Integer.parseInt(rec.get("year")), rec.get("offence"),
                        rec.get("indicator"), value.isEmpty() ? null : Long.valueOf(value), rec.get("flags"),
                        rec.get("note")));
            }
            return list;
        } catch (IOException e) {
            throw new StorageException("Cannot read " + storage.describe(file), e);
        }
    }

    /** A file name safe to store: no folders, no control characters. */
    static String safeName(String name) {
        String base = Path.of(name).getFileName().toString().replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return base.isBlank() || base.startsWith(".") ? "upload" + base : base;
    }
}
