package eu.cyberstat.ingest.fuzz;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.ingest.alerts.AlertNormaliser;
import eu.cyberstat.ingest.alerts.AlertSplitReader;
import eu.cyberstat.ingest.alerts.DuplicateAlertIds;
import eu.cyberstat.ingest.alerts.ExportFile;
import eu.cyberstat.ingest.alerts.ExportSplit;
import eu.cyberstat.ingest.alerts.PlatformProfile;
import eu.cyberstat.ingest.alerts.PlatformProfiles;
import eu.cyberstat.ingest.alerts.Rejection;
import eu.cyberstat.ingest.population.DemoPjanReader;
import eu.cyberstat.ingest.population.PopulationFigure;
import eu.cyberstat.ingest.population.PopulationFigures;
import eu.cyberstat.ingest.profile.MappingProfiles;
import eu.cyberstat.problem.Check;
import eu.cyberstat.problem.Checks;
import eu.cyberstat.problem.Issue;
import eu.cyberstat.ingest.validation.PriorFigures;
import eu.cyberstat.ingest.validation.StatisticsValidator;
import eu.cyberstat.ingest.validation.ValidatedFile;
import eu.cyberstat.problem.ValidationReport;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.ingest.validation.ValidationSettings;
import eu.cyberstat.reference.ReferenceData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every reader of outside input, as a {@link FuzzTarget}: the national statistics formats through
 * the validator (project CSV, SDMX-CSV 1.0 and 2.0 with Eurostat's labelled layout, Eurostat TSV,
 * workbooks, a national layout through its mapping profile), mapping and platform profiles, alert
 * exports in CSV and JSON Lines, and demo_pjan population files. Each states what its reader
 * promises and checks it on every input.
 */
final class Targets {

    static final ReferenceData REFERENCE = ReferenceData.shipped();
    static final Path HOME = projectDir();
    static final java.nio.charset.Charset WINDOWS_1252 = java.nio.charset.Charset.forName("windows-1252");
    private static final Path SAMPLES = HOME.resolve("data-samples");
    private static final Path PROFILES = HOME.resolve("templates/profiles");
    private static final byte[] HMAC_KEY = "fuzzing-key-of-32-bytes-at-least!".getBytes(StandardCharsets.UTF_8);
    private static final Set<String> CHECK_CODES = Checks.all().stream().map(Check::code).collect(Collectors.toSet());
    /** Issues about the file as a whole, which have no line to name. */
    private static final Set<String> FILE_LEVEL = Set.of("E_FILE_TOO_LARGE", "E_EMPTY_FILE", "E_NO_FIGURES",
            "E_SPREADSHEET_ENCRYPTED", "E_SPREADSHEET_CORRUPT", "E_SPREADSHEET_TOO_LARGE", "E_SHEET_NOT_FOUND");
    private static final Set<String> REJECTION_CODES = Set.of(Rejection.FIELD_COUNT, Rejection.SYNTAX,
            Rejection.RECORD_TOO_LONG, Rejection.MISSING, Rejection.TIME, Rejection.CATEGORY, Rejection.STATUS,
            Rejection.COUNTRY, Rejection.URL, Rejection.CLOSED_BEFORE_RECEIVED);
    /** A fuzzed file is small: a lower size limit keeps the gzip and size checks inside every run. */
    private static final ValidationSettings SETTINGS = ValidationSettings.defaults().withLimits(4L << 20, 20_000, 500);

    private Targets() {
    }

    static List<FuzzTarget> all() {
        return List.of(projectCsv(), sdmxCsv1(), sdmxCsv2(), eurostatTsv(), xlsx(), nationalLayout(), mappingProfile(),
                platformProfile(), alertCsv(), alertJsonLines(), demoPjan());
    }

    static FuzzTarget byName(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No fuzz target " + name));
    }

    // ---- National statistics, through the validator ----

    static FuzzTarget projectCsv() {
        return new Statistics("project-csv", "figures.csv", ValidationRequest.detect(), Grammar::projectCsv,
                concat(samples("national", p -> !p.toString().contains(".sdmx") && !p.toString().endsWith(".xlsx")
                        && !p.getFileName().toString().startsWith("at-") && !p.getFileName().toString().startsWith("de-")
                        && !p.getFileName().toString().endsWith(".tsv")),
                        samples("bad", p -> p.toString().endsWith(".csv") && !p.toString().contains("sdmx"))));
    }

    static FuzzTarget sdmxCsv1() {
        return new Statistics("sdmx-csv-1", "crim_off_cat.csv", ValidationRequest.detect(), r -> Grammar.sdmxCsv(r, false),
                samples("national", p -> p.toString().endsWith(".sdmx1.csv")));
    }

    static FuzzTarget sdmxCsv2() {
        List<byte[]> seeds = new ArrayList<>(concat(samples("national", p -> p.toString().endsWith(".sdmx2.csv")),
                samples("bad", p -> p.toString().endsWith(".sdmx2.csv"))));
        seeds.add(EUROSTAT_LABELLED.getBytes(StandardCharsets.UTF_8));
        return new Statistics("sdmx-csv-2", "crim_off_cat.csv", ValidationRequest.detect(), r -> Grammar.sdmxCsv(r, true),
                seeds);
    }

    static FuzzTarget eurostatTsv() {
        return new Statistics("eurostat-tsv", "estat_crim_off_cat.tsv", ValidationRequest.detect(), Grammar::eurostatTsv,
                concat(samples("eurostat", p -> true), samples("national", p -> p.toString().endsWith(".tsv")),
                        samples("bad", p -> p.toString().endsWith(".tsv"))));
    }

    static FuzzTarget nationalLayout() {
        Path profile = PROFILES.resolve("de-pks.yaml");
        return new Statistics("national-layout", "pks.csv", new ValidationRequest("DE", profile, null),
                r -> Grammar.projectCsv(r), samples("national", p -> p.getFileName().toString().startsWith("de-pks")));
    }

    static FuzzTarget xlsx() {
        return new Workbooks();
    }

    /** The validator's promises: a report naming the file, every issue known and placed, figures only when accepted. */
    static final class Statistics implements FuzzTarget {
        private final String name;
        private final String fileName;
        private final ValidationRequest request;
        private final Function<Random, byte[]> grammar;
        private final List<byte[]> seeds;

        Statistics(String name, String fileName, ValidationRequest request, Function<Random, byte[]> grammar,
                   List<byte[]> seeds) {
            this.name = name;
            this.fileName = fileName;
            this.request = request;
            this.grammar = grammar;
            this.seeds = seeds;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String fileName() {
            return fileName;
        }

        @Override
        public List<byte[]> seeds() {
            return seeds;
        }

        @Override
        public byte[] generate(Random random) {
            return grammar.apply(random);
        }

        @Override
        public Verdict read(Path file) {
            return validate(file, request);
        }
    }

    /** Validates a national statistics file and checks the report. */
    static Verdict validate(Path file, ValidationRequest request) {
        ValidatedFile result;
        try {
            result = new StatisticsValidator(REFERENCE, PriorFigures.NONE, SETTINGS).validate(file, request);
        } catch (BadInputException e) {
            return refused(e, file);
        }
        return checkReport(result, file);
    }

    static Verdict checkReport(ValidatedFile result, Path file) {
        ValidationReport report = result.report();
        require(report.file().equals(file.getFileName().toString()), "the report names '" + report.file()
                + "', not the file");
        List<Issue> issues = new ArrayList<>(report.errors());
        issues.addAll(report.warnings());
        for (Issue i : issues) {
            String where = i.code() + " at line " + i.line() + " column '" + i.column() + "'";
            require(CHECK_CODES.contains(i.code()), "unknown code " + where);
            require(i.message() != null && !i.message().isBlank(), "no message for " + where);
            require(!i.message().contains("\n") && !i.message().contains("Exception") && i.message().length() < 4000,
                    "the message of " + where + " is not one readable line: " + shorten(i.message()));
            require(i.column() != null && !i.column().contains("\n") && i.column().length() <= 600,
                    "the column of " + where + " is not a name");
            require(i.line() >= 0, "negative line in " + where);
            boolean notListed = i.phrase() != null && "not-listed".equals(i.phrase().key());
            require(i.line() > 0 || FILE_LEVEL.contains(i.code()) || notListed,
                    "no line for " + where + ": " + shorten(i.message()));
        }
        if (report.isAccepted()) {
            require(report.errors().isEmpty(), "accepted with errors");
            require(result.observations().size() == report.rows(), "accepted " + result.observations().size()
                    + " figures but the report says " + report.rows());
            for (Observation o : result.observations()) {
                checkObservation(o);
            }
            return Verdict.ACCEPTED;
        }
        require(!report.errors().isEmpty(), "rejected without an error");
        require(result.observations().isEmpty(), "rejected but gives figures");
        return Verdict.REJECTED;
    }

    private static void checkObservation(Observation o) {
        String what = "accepted figure " + o;
        require(REFERENCE.countries().find(o.geo()).filter(c -> !c.isAggregate()).isPresent(), what + ": geo");
        require(o.year() >= SETTINGS.firstYear() && o.year() <= Year.now().getValue(), what + ": year");
        require(REFERENCE.offences().find(o.offence()).isPresent(), what + ": offence");
        require(REFERENCE.indicator(o.indicator()).isPresent(), what + ": indicator");
        require(o.value() == null ? !(o.flags().isEmpty() && o.note().isEmpty()) : o.value() >= 0, what + ": value");
    }

    // ---- Workbooks: real and generated ones, mutated inside (the zip's entries, the XML in them) ----

    static final class Workbooks implements FuzzTarget {
        private final List<byte[]> seeds;

        Workbooks() {
            List<byte[]> s = new ArrayList<>(concat(samples("national", p -> p.toString().endsWith(".xlsx")),
                    samples("bad", p -> p.toString().endsWith(".xlsx"))));
            Random r = new Random(14);
            for (int i = 0; i < 4; i++) {
                s.add(generate(r));
            }
            seeds = List.copyOf(s);
        }

        @Override
        public String name() {
            return "xlsx";
        }

        @Override
        public String fileName() {
            return "figures.xlsx";
        }

        @Override
        public List<byte[]> seeds() {
            return seeds;
        }

        /** A workbook of project CSV rows from the grammar: numbers as numeric cells, the rest as text. */
        @Override
        public byte[] generate(Random random) {
            String csv = new String(Grammar.projectCsv(new Random(random.nextLong())), StandardCharsets.UTF_8);
            try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                XSSFSheet sheet = wb.createSheet(random.nextInt(5) == 0 ? "Notes" : "Figures");
                int n = 0;
                for (String line : csv.split("\r?\n")) {
                    XSSFRow row = sheet.createRow(n++ + (random.nextInt(10) == 0 ? 1 : 0));
                    String[] cells = line.split("[,;\t]", -1);
                    for (int c = 0; c < cells.length; c++) {
                        String v = cells[c].replace("\"", "");
                        if (v.matches("-?\\d{1,15}") && random.nextBoolean()) {
                            row.createCell(c).setCellValue(Double.parseDouble(v));
                        } else if (!v.isEmpty()) {
                            row.createCell(c).setCellValue(v);
                        }
                    }
                }
                wb.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Mutates inside the workbook: each change goes to the bytes of one entry (its XML),
         * drops or renames an entry, or (one in eight) to the zip's own bytes after repacking.
         */
        @Override
        public byte[] mutate(byte[] input, List<Mutation> mutations) {
            Map<String, byte[]> entries = unzip(input);
            if (entries == null || entries.isEmpty()) {
                return Mutation.applyAll(input, mutations);
            }
            List<Mutation> raw = new ArrayList<>();
            for (Mutation m : mutations) {
                List<String> names = new ArrayList<>(entries.keySet());
                if (names.isEmpty()) {
                    break;
                }
                String name = names.get(Math.min(names.size() - 1, (int) (m.at() * names.size())));
                switch ((int) Math.floorMod(m.seed(), 8)) {
                    case 0 -> raw.add(m);
                    case 1 -> entries.remove(name);
                    case 2 -> entries.put(name.replace(".xml", ".xm1"), entries.remove(name));
                    default -> {
                        // Aim at the sheets and the shared strings, where the figures are, more often than elsewhere.
                        String target = m.size() % 3 == 0 ? name : names.stream()
                                .filter(e -> e.contains("sheet") || e.contains("sharedStrings")).findFirst().orElse(name);
                        entries.put(target, new Mutation(m.kind(), ((m.seed() >>> 8) & 0xFFFF) / 65536.0, m.size(),
                                m.seed()).applyTo(entries.get(target)));
                    }
                }
            }
            return Mutation.applyAll(zip(entries), raw);
        }

        @Override
        public Verdict read(Path file) {
            return validate(file, ValidationRequest.detect());
        }

        private static Map<String, byte[]> unzip(byte[] bytes) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    entries.put(e.getName(), in.readNBytes(1 << 22));
                }
                return entries;
            } catch (IOException | IllegalArgumentException e) {
                return null;
            }
        }

        private static byte[] zip(Map<String, byte[]> entries) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    out.putNextEntry(new ZipEntry(e.getKey()));
                    out.write(e.getValue());
                    out.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    }

    // ---- Profiles ----

    /** A mapping profile: loaded or refused naming the profile; a loaded one then reads the sample layout. */
    static FuzzTarget mappingProfile() {
        Path sample = SAMPLES.resolve("national/de-pks-style.csv");
        return new Simple("mapping-profile", "profile.yaml", Grammar::mappingProfile,
                concat(samples(PROFILES, p -> p.toString().endsWith(".yaml")
                        && !p.getFileName().toString().startsWith("alerts-")),
                        samples("bad", p -> p.toString().endsWith(".yaml"))),
                file -> {
                    try {
                        MappingProfiles.load(file, REFERENCE);
                    } catch (BadInputException e) {
                        return refused(e, file);
                    }
                    ValidatedFile result;
                    try {
                        result = new StatisticsValidator(REFERENCE, PriorFigures.NONE, SETTINGS)
                                .validate(sample, new ValidationRequest(null, file, null));
                    } catch (BadInputException e) {
                        throw new AssertionError("the profile loaded, then was refused: " + e.getMessage(), e);
                    }
                    checkReport(result, sample);
                    return Verdict.ACCEPTED;
                });
    }

    /** A platform profile: loaded or refused naming the profile; a loaded one then reads the head of an export. */
    static FuzzTarget platformProfile() {
        return new Simple("platform-profile", "alerts-profile.yaml", Grammar::platformProfile,
                samples(PROFILES, p -> p.getFileName().toString().startsWith("alerts-")),
                file -> {
                    PlatformProfile profile;
                    try {
                        profile = PlatformProfiles.load(file, REFERENCE.offences());
                        new AlertNormaliser(profile, HMAC_KEY);
                    } catch (BadInputException e) {
                        return refused(e, file);
                    }
                    Path export = Files.createTempFile(file.getParent(), "export", ".csv");
                    Files.write(export, profile.format() == PlatformProfile.Format.JSONL
                            ? head(SAMPLES.resolve("alerts/nl-meldpunt-2022-2024.jsonl"), 40)
                            : head(SAMPLES.resolve("alerts/fr-pharos-2022-2024.csv"), 40));
                    readExport(export, profile);
                    return Verdict.ACCEPTED;
                });
    }

    // ---- Alert exports ----

    static FuzzTarget alertCsv() {
        PlatformProfile profile = PlatformProfiles.load(PROFILES.resolve("alerts-fr-pharos.yaml"), REFERENCE.offences());
        List<byte[]> seeds = List.of(head(SAMPLES.resolve("alerts/fr-pharos-2022-2024.csv"), 60),
                gzip(head(SAMPLES.resolve("alerts/fr-pharos-2022-2024.csv"), 30)));
        return new Simple("alert-csv", "export.csv", Grammar::alertCsv, seeds, file -> readExport(file, profile));
    }

    static FuzzTarget alertJsonLines() {
        PlatformProfile profile = PlatformProfiles.load(PROFILES.resolve("alerts-nl-meldpunt.yaml"), REFERENCE.offences());
        List<byte[]> seeds = List.of(head(SAMPLES.resolve("alerts/nl-meldpunt-2022-2024.jsonl"), 60),
                gzip(head(SAMPLES.resolve("alerts/nl-meldpunt-2022-2024.jsonl"), 30)));
        return new Simple("alert-jsonl", "export.jsonl", Grammar::alertJsonLines, seeds, file -> readExport(file, profile));
    }

    /**
     * Reads an export as the ingest does: inspected, then every record accepted or quarantined
     * with a known code and its line; the same counts whatever the split size.
     */
    static Verdict readExport(Path file, PlatformProfile profile) throws IOException {
        ExportFile export;
        try {
            export = ExportFile.inspect(0, file, profile);
        } catch (BadInputException e) {
            return refused(e, file);
        }
        Map<String, Long> whole;
        try {
            whole = outcomes(export, profile, Long.MAX_VALUE);
            if (export.splittable() && export.size() > 300) {
                Map<String, Long> split = outcomes(export, profile, 128);
                require(split.equals(whole), "reading in splits gives " + split + ", reading at once " + whole);
            }
        } catch (BadInputException e) {
            require(e.getMessage().contains(file.getFileName().toString()) && e.getMessage().contains("line"),
                    "the message does not say which file and line: " + e.getMessage());
            return Verdict.REJECTED;
        }
        return Verdict.ACCEPTED;
    }

    private static Map<String, Long> outcomes(ExportFile export, PlatformProfile profile, long splitBytes)
            throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        for (ExportSplit split : export.splits(0, splitBytes)) {
            try (AlertSplitReader reader = new AlertSplitReader(export, split, 1, profile, HMAC_KEY,
                    DuplicateAlertIds.NONE)) {
                while (reader.next()) {
                    require(reader.line() > 0, "a record without a line");
                    if (reader.outcome() == AlertSplitReader.Outcome.ACCEPTED) {
                        var a = reader.alert();
                        require(a.alertId != null && !a.alertId.isBlank() && a.alertId.length() <= 200, "alert id");
                        require(a.offence != null && a.status != null && a.yearMonth > 0, "an accepted alert " + a.alertId
                                + " lacks its offence, status or month");
                        counts.merge("accepted", 1L, Long::sum);
                    } else {
                        Rejection r = reader.rejection();
                        require(REJECTION_CODES.contains(r.code()), "unknown quarantine code " + r.code());
                        require(r.reason() != null && !r.reason().isBlank() && !r.reason().contains("Exception"),
                                "the reason of " + r.code() + " says nothing: " + r.reason());
                        counts.merge(r.code(), 1L, Long::sum);
                    }
                }
            }
        }
        return counts;
    }

    // ---- demo_pjan ----

    static FuzzTarget demoPjan() {
        Path fixtures = HOME.resolve("ingest/src/test/resources/eu/cyberstat/ingest/population");
        return new Simple("demo-pjan", "demo_pjan.tsv", Grammar::demoPjan, samples(fixtures, p -> true), file -> {
            PopulationFigures read;
            try {
                read = new DemoPjanReader(REFERENCE.countries()).read(file);
            } catch (BadInputException e) {
                return refused(e, file);
            }
            require(!read.figures().isEmpty(), "read without a figure");
            for (PopulationFigure f : read.figures()) {
                require(f.population() > 0 && f.year() >= 1000 && f.year() <= 9999 && f.line() > 0
                        && REFERENCE.countries().isKnown(f.geo()), "implausible figure " + f);
            }
            return Verdict.ACCEPTED;
        });
    }

    // ---- Helpers ----

    /** A target of a reader with no format of its own to mutate inside. */
    record Simple(String name, String fileName, Function<Random, byte[]> grammar, List<byte[]> seeds, Reader reader)
            implements FuzzTarget {
        @Override
        public byte[] generate(Random random) {
            return grammar.apply(random);
        }

        @Override
        public Verdict read(Path file) throws Exception {
            return reader.read(file);
        }
    }

    interface Reader {
        Verdict read(Path file) throws Exception;
    }

    /** A refusal must name the file (a reader that throws for anything else is broken). */
    static Verdict refused(BadInputException e, Path file) {
        String m = e.getMessage();
        require(m != null && (m.contains(file.getFileName().toString())), "the message does not name the file: " + m);
        require(!m.contains("\tat ") && m.length() < 20_000 && m.lines().allMatch(l -> l.length() <= 1000),
                "the message is not sentences a person reads: " + shorten(m));
        return Verdict.REJECTED;
    }

    static void require(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static String shorten(String s) {
        return s == null || s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }

    private static final String EUROSTAT_LABELLED = "STRUCTURE,STRUCTURE_ID,STRUCTURE_NAME,freq,Time frequency,iccs,"
            + "International classification of crime for statistical purposes (ICCS),unit,Unit of measure,geo,"
            + "Geopolitical entity (reporting),TIME_PERIOD,Time,OBS_VALUE,Observation value,OBS_FLAG,"
            + "Observation status (Flag) V2 structure,CONF_STATUS,Confidentiality status (flag)\n"
            + "dataflow,ESTAT:CRIM_OFF_CAT(1.0),Offences by offence category (ICCS),A,Annual,ICCS0903,Acts against "
            + "computer systems,NR,Number,BE,Belgium,2016,,1234,,,,F,Free (free for publication)\n"
            + "dataflow,ESTAT:CRIM_OFF_CAT(1.0),Offences by offence category (ICCS),A,Annual,ICCS0903,Acts against "
            + "computer systems,NR,Number,BE,Belgium,2017,,1502,,p,provisional,F,Free (free for publication)\n"
            + "dataflow,ESTAT:CRIM_OFF_CAT(1.0),Offences by offence category (ICCS),A,Annual,ICCS0903,Acts against "
            + "computer systems,NR,Number,NL,Netherlands,2018,,,,,,C,Confidential statistical information\n";

    /** The files of data-samples/FOLDER that pass the filter, in name order. */
    private static List<byte[]> samples(String folder, Predicate<Path> filter) {
        return samples(SAMPLES.resolve(folder), filter);
    }

    private static List<byte[]> samples(Path dir, Predicate<Path> filter) {
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".json")
                    && !p.toString().endsWith(".md")).filter(filter).sorted().toList()) {
                seeds.add(Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (seeds.isEmpty()) {
            throw new IllegalStateException("No sample found in " + dir);
        }
        return seeds;
    }

    @SafeVarargs
    private static List<byte[]> concat(List<byte[]>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }

    /** The first lines of a sample (gzip unpacked): fuzzed inputs stay small and quick. */
    static byte[] head(Path file, int lines) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            byte[] all = in.readNBytes(1 << 20);
            int n = 0;
            for (int i = 0; i < all.length; i++) {
                if (all[i] == '\n' && ++n == lines) {
                    return Arrays.copyOf(all, i + 1);
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Path projectDir() {
        String dir = System.getProperty("cyberstat.project.dir");
        return dir != null ? Path.of(dir) : Path.of("..").toAbsolutePath().normalize();
    }
}
