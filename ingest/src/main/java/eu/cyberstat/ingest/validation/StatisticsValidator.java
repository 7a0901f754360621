package eu.cyberstat.ingest.validation;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.ingest.format.DelimitedText;
import eu.cyberstat.ingest.format.EurostatTsvReader;
import eu.cyberstat.ingest.format.FigureReader;
import eu.cyberstat.ingest.format.FormatDetector;
import eu.cyberstat.ingest.format.InputFormat;
import eu.cyberstat.ingest.format.NumberStyle;
import eu.cyberstat.ingest.format.ProjectCsvReader;
import eu.cyberstat.ingest.format.RawFigure;
import eu.cyberstat.ingest.format.SdmxCsvReader;
import eu.cyberstat.ingest.format.Spreadsheets;
import eu.cyberstat.ingest.format.Table;
import eu.cyberstat.ingest.format.TableRow;
import eu.cyberstat.ingest.profile.MappingProfile;
import eu.cyberstat.ingest.profile.MappingProfiles;
import eu.cyberstat.ingest.profile.ProfileReader;
import eu.cyberstat.problem.Checks;
import eu.cyberstat.problem.IssueCollector;
import eu.cyberstat.problem.Phrase;
import eu.cyberstat.problem.ValidationReport;
import eu.cyberstat.reference.Flags;
import eu.cyberstat.reference.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a national statistics file in any accepted format and gives back its figures,
 * normalised, with the report. Pure Java and fast (no Spark): the same call serves the
 * {@code validate} command, {@code submit} and the upload page.
 *
 * <p>Reading and checking are separate: a format reader turns the file into raw figures (and
 * reports problems of structure), then the same checks run on every format's figures: each
 * figure on its own ({@link FigureRules}), then across the file (duplicates, children against
 * parents, year-on-year plausibility against the file and the warehouse).
 */
public final class StatisticsValidator {

    private final ReferenceData reference;
    private final PriorFigures prior;
    private final ValidationSettings settings;
    private final CodeHints hints;

    public StatisticsValidator(ReferenceData reference, PriorFigures prior) {
        this(reference, prior, ValidationSettings.defaults());
    }

    public StatisticsValidator(ReferenceData reference, PriorFigures prior, ValidationSettings settings) {
        this.reference = reference;
        this.prior = prior == null ? PriorFigures.NONE : prior;
        this.settings = settings;
        this.hints = new CodeHints(reference);
    }

    /**
     * Validates one file. Problems with its content are issues of the report (the file is then
     * rejected and no figure is returned); only a file or profile that cannot be read at all, or
     * a request that makes no sense, is an {@link BadInputException}.
     */
    public ValidatedFile validate(Path file, ValidationRequest request) {
        ValidationRequest req = request == null ? ValidationRequest.detect() : request;
        String country = uploaderCountry(req.country());
        if (!Files.exists(file)) {
            throw new BadInputException("File " + file + " does not exist.");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new BadInputException(file + " is not a readable file.");
        }
        MappingProfile profile = req.profile() == null ? null : MappingProfiles.load(req.profile(), reference);
        if (req.format() == InputFormat.PROFILE && profile == null) {
            throw new BadInputException("Format 'profile' needs a mapping profile: give it with --profile FILE.");
        }
        IssueCollector issues = new IssueCollector(settings.maxIssuesPerCode());
        String name = file.getFileName().toString();

        long size = size(file);
        if (size > settings.maxFileBytes()) {
            issues.add(Checks.E_FILE_TOO_LARGE, 0, "", "detail", Phrase.of("detail.size-is", "size", size), "limit",
                    settings.maxFileBytes());
            return rejected(file, name, req.format(), "", issues);
        }

        boolean spreadsheet = Spreadsheets.isSpreadsheet(file);
        if (req.format() == InputFormat.XLSX && !spreadsheet) {
            issues.add(Checks.E_SPREADSHEET_CORRUPT, 0, "", "detail", Phrase.of("detail.text-not-xlsx"));
            return rejected(file, name, InputFormat.XLSX, "", issues);
        }
        Optional<Table> read = readTable(file, spreadsheet, req, profile, issues);
        if (read.isEmpty()) {
            return rejected(file, name, profile != null ? InputFormat.PROFILE : spreadsheet ? InputFormat.XLSX : req.format(),
                    "", issues);
        }
        Table table = read.get();
        String encoding = table.isSpreadsheet() ? "sheet " + table.sheet() : table.encoding();
        List<TableRow> rows = table.rowsAfter(profile == null ? 0 : profile.skipLines());
        if (rows.isEmpty()) {
            issues.add(Checks.E_EMPTY_FILE, 0, "");
            return rejected(file, name, profile != null ? InputFormat.PROFILE : req.format(), encoding, issues);
        }
        rows = OverlongCells.leftOut(rows, issues);
        if (rows.isEmpty()) {
            return rejected(file, name, profile != null ? InputFormat.PROFILE : req.format(), encoding, issues);
        }

        // The format of the file (what the report says) and the layout of its rows (which reader):
        // the same, except for a workbook, whose sheet is in one of the other layouts.
        InputFormat format;
        InputFormat layout;
        if (profile != null) {
            format = layout = InputFormat.PROFILE;
        } else {
            Optional<InputFormat> detected = FormatDetector.detect(rows.get(0));
            layout = req.format() != null && req.format() != InputFormat.XLSX ? req.format() : detected.orElse(null);
            format = spreadsheet ? (req.format() != null ? req.format() : InputFormat.XLSX) : layout;
            if (layout == null || layout == InputFormat.XLSX) {
                issues.add(Checks.E_UNKNOWN_FORMAT, rows.get(0).line(), "", "header", FormatDetector.describe(rows.get(0)));
                return rejected(file, name, format, encoding, issues);
            }
        }
        FigureReader reader = switch (layout) {
            case PROFILE -> new ProfileReader(profile);
            case PROJECT_CSV -> new ProjectCsvReader(spreadsheet);
            case SDMX_CSV_1, SDMX_CSV_2 -> new SdmxCsvReader(layout.label());
            case EUROSTAT_TSV -> new EurostatTsvReader();
            case XLSX -> throw new IllegalStateException("a sheet's layout is one of the others");
        };
        List<RawFigure> raw = reader.read(rows, issues);
        NumberStyle style = reader.numberStyle() != null ? reader.numberStyle()
                : NumberStyle.detect(raw.stream().filter(r -> r.value().number() == null).map(r -> r.value().text()).toList(),
                        table.separator());

        List<CheckedFigure> figures = check(raw, style, country, issues);
        if (figures.isEmpty() && !issues.hasErrors()) {
            issues.add(Checks.E_NO_FIGURES, 0, "", "reason",
                    Phrase.of(raw.isEmpty() && rows.size() == 1 ? "reason.header-only" : "reason.all-skipped"));
        }
        boolean accepted = !issues.hasErrors();
        List<Observation> observations = accepted ? figures.stream().map(CheckedFigure::observation).toList() : List.of();
        ValidationReport report = ValidationReport.of(name, format.name(), encoding, observations.size(), issues.issues());
        return new ValidatedFile(file, format, report, observations, countriesNamed(raw));
    }

    /** The reporting countries (not aggregates) the rows name by a known code, in code order. */
    private List<String> countriesNamed(List<RawFigure> raw) {
        return raw.stream().map(r -> r.geo() == null ? null : r.geo().text()).filter(java.util.Objects::nonNull)
                .map(String::strip).distinct().filter(geo -> reference.countries().find(geo).map(c -> !c.isAggregate())
                        .orElse(false)).sorted().toList();
    }

    /**
     * The rows of the file: a sheet of a workbook, or delimited text; empty when a workbook cannot
     * be read or a text unpacks beyond the size limit.
     */
    private Optional<Table> readTable(Path file, boolean spreadsheet, ValidationRequest req, MappingProfile profile,
                                      IssueCollector issues) {
        if (spreadsheet) {
            return Spreadsheets.read(file, profile == null ? null : profile.sheet(),
                    profile == null ? FormatDetector::isKnownHeader : null, settings, issues);
        }
        char separator = profile != null ? profile.separator() : req.format() == InputFormat.EUROSTAT_TSV ? '\t' : 0;
        return DelimitedText.read(file, profile == null ? null : profile.encoding(), separator, settings, issues);
    }

    /** Each figure on its own, then the figures of the file together; the figures that pass. */
    private List<CheckedFigure> check(List<RawFigure> raw, NumberStyle style, String country, IssueCollector issues) {
        FigureRules rules = new FigureRules(reference, settings, country, hints);
        List<CheckedFigure> checked = new ArrayList<>(raw.size());
        for (RawFigure r : raw) {
            rules.check(r, style, issues).ifPresent(o -> checked.add(new CheckedFigure(o, r.line(), r.value().column(),
                    r.source())));
        }
        List<CheckedFigure> figures = addUpMappedParts(checked);
        for (FileRule rule : List.of(new DuplicateKeys(),
                new HierarchyConsistency(reference.offences(), reference.additiveIndicators()),
                new YearOnYear(prior, settings))) {
            rule.check(figures, issues);
        }
        return figures;
    }

    private String uploaderCountry(String requested) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        return new CountryCodes(reference).reportingCountry(requested);
    }

    /**
     * Figures a profile maps from several national codes onto one offence are added up: flags
     * united, notes kept, no value if any part has none. Two figures from the same national
     * code stay apart, for the duplicate check to report.
     */
    static List<CheckedFigure> addUpMappedParts(List<CheckedFigure> figures) {
        Map<Observation.Key, List<CheckedFigure>> byKey = new LinkedHashMap<>();
        for (CheckedFigure f : figures) {
            byKey.computeIfAbsent(f.key(), k -> new ArrayList<>(1)).add(f);
        }
        if (byKey.size() == figures.size()) {
            return figures;
        }
        List<CheckedFigure> result = new ArrayList<>(byKey.size());
        for (List<CheckedFigure> group : byKey.values()) {
            Set<String> sources = new HashSet<>();
            boolean parts = group.size() > 1 && group.stream().allMatch(f -> f.source() != null && sources.add(f.source()));
            if (!parts) {
                result.addAll(group);
                continue;
            }
            Long sum = 0L;
            String flags = "";
            Set<String> notes = new LinkedHashSet<>();
            for (CheckedFigure f : group) {
                sum = sum == null || f.value() == null ? null : sum + f.value();
                flags = Flags.union(flags, f.observation().flags());
                if (!f.observation().note().isBlank()) {
                    notes.add(f.observation().note());
                }
            }
            CheckedFigure first = group.get(0);
            Observation o = first.observation();
            result.add(new CheckedFigure(new Observation(o.geo(), o.year(), o.offence(), o.indicator(), sum, flags,
                    String.join("; ", notes)), first.line(), first.valueColumn(),
                    String.join("+", group.stream().map(CheckedFigure::source).toList())));
        }
        return result;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new BadInputException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static ValidatedFile rejected(Path file, String name, InputFormat format, String encoding,
                                          IssueCollector issues) {
        ValidationReport report = ValidationReport.of(name, format == null ? "" : format.name(), encoding, 0,
                issues.issues());
        return new ValidatedFile(file, format, report, List.of());
    }
}
