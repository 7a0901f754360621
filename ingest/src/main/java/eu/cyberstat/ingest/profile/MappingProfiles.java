package eu.cyberstat.ingest.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.problem.MessageText;
import eu.cyberstat.ingest.profile.MappingProfile.ColumnRef;
import eu.cyberstat.ingest.profile.MappingProfile.IgnoreRule;
import eu.cyberstat.ingest.profile.MappingProfile.OffenceMapping;
import eu.cyberstat.ingest.profile.MappingProfile.SeriesBreak;
import eu.cyberstat.ingest.profile.MappingProfile.Unmapped;
import eu.cyberstat.ingest.profile.MappingProfile.ValueColumn;
import eu.cyberstat.reference.Flags;
import eu.cyberstat.reference.OffenceClassification.InputOffence;
import eu.cyberstat.reference.ReferenceData;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Loads and checks mapping profiles. A profile is written by a statistician, so every mistake
 * is reported at once, each with its line: a YAML syntax error or an unknown key (Jackson knows
 * where), and a wrong code or a contradiction (the {@link Located} scalars know where).
 */
public final class MappingProfiles {

    /** The profile format this build reads ({@code profile: 1}). */
    public static final int VERSION = 1;

    static final Set<String> COLUMN_FIELDS = Set.of("country", "year", "offence", "indicator", "value", "flags", "note");
    static final Set<String> FIXED_FIELDS = Set.of("country", "year", "offence", "indicator", "flags", "note");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private MappingProfiles() {
    }

    /** Reads and checks a profile; {@link BadInputException} lists what is wrong, line by line. */
    public static MappingProfile load(Path file, ReferenceData reference) {
        ProfileSize.check(file, "Profile");
        ProfileDocument doc;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            doc = YAML.readValue(reader, ProfileDocument.class);
        } catch (NoSuchFileException e) {
            throw new BadInputException("Profile " + file + " does not exist.", e);
        } catch (JsonProcessingException e) {
            throw new BadInputException("Profile " + file + ", " + where(e.getLocation()) + ": " + explain(e), e);
        } catch (IOException e) {
            throw new BadInputException("Cannot read profile " + file + ": " + e.getMessage(), e);
        }
        if (doc == null) {
            throw new BadInputException("Profile " + file + " is empty. templates/profiles/README.md shows what it holds.");
        }
        return new Checker(file, reference).check(doc);
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() <= 0 ? "somewhere" : "line " + location.getLineNr();
    }

    private static String explain(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "'" + MessageText.shown(u.getPropertyName()) + "' is not a setting here (known here: "
                    + String.join(", ", u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList())
                    + "). Check the spelling and the indentation.";
        }
        if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
            String expected = mi.getTargetType() == Located.class ? "a single value"
                    : List.class.isAssignableFrom(mi.getTargetType()) ? "a list" : "a group of settings";
            return expected + " is expected here. Check the indentation and the brackets.";
        }
        String m = e.getOriginalMessage();
        // SnakeYAML adds "in 'reader', line 4, column 8:" and the line itself on further lines: the location says it
        String first = m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip().lines().findFirst().orElse(m);
        return MessageText.shown(first.strip().replaceAll("\\.+$", "")) + ". Check the YAML syntax (indentation, quotes, "
                + "colons).";
    }

    /** Checks the document's content and builds the profile, collecting every problem. */
    private static final class Checker {
        private final Path file;
        private final ReferenceData reference;
        private final List<String> problems = new ArrayList<>();

        Checker(Path file, ReferenceData reference) {
            this.file = file;
            this.reference = reference;
        }

        MappingProfile check(ProfileDocument d) {
            if (d.profile == null) {
                problem(0, "'profile: " + VERSION + "' is missing at the top: it says which profile format this is");
            } else if (!d.profile.text().strip().equals(String.valueOf(VERSION))) {
                problem(d.profile.line(), "profile format '" + d.profile.text() + "' is not known; this cyberstat reads "
                        + "'profile: " + VERSION + "'");
            }
            String name = d.name != null && !d.name.text().isBlank() ? d.name.text().strip()
                    : file.getFileName().toString();

            ProfileDocument.Source source = d.source != null ? d.source : new ProfileDocument.Source();
            Charset encoding = charset(source.encoding);
            char separator = separator(source.separator);
            int skipLines = source.skipLines == null ? 0 : integer(source.skipLines, "skipLines", 0, 1000);
            String sheet = source.sheet == null || source.sheet.text().isBlank() ? null : source.sheet.text().strip();

            ProfileDocument.Numbers numbers = d.numbers != null ? d.numbers : new ProfileDocument.Numbers();
            Character decimal = null;
            char thousands = 0;
            if (numbers.decimal != null || numbers.thousands != null) {
                decimal = numbers.decimal == null ? null : numberSeparator(numbers.decimal, "decimal", false);
                thousands = numbers.thousands == null ? 0 : numberSeparator(numbers.thousands, "thousands", true);
                if (decimal == null) {
                    decimal = thousands == '.' ? ',' : '.';
                }
                if (decimal == thousands) {
                    problem(numbers.decimal != null ? numbers.decimal.line() : numbers.thousands.line(),
                            "the decimal and the thousands separator are both '" + decimal + "'");
                }
            }
            Set<String> missing = texts(numbers.missing);
            Set<String> zero = texts(numbers.zero);

            Map<String, ColumnRef> columns = new LinkedHashMap<>();
            if (d.columns != null) {
                d.columns.forEach((field, column) -> {
                    if (!COLUMN_FIELDS.contains(field)) {
                        problem(line(column), "'" + field + "' under columns is not a project field; use "
                                + String.join(", ", sorted(COLUMN_FIELDS)));
                    } else if (column == null || column.text().isBlank()) {
                        problem(line(column), "the column for '" + field + "' is empty");
                    } else {
                        columns.put(field, new ColumnRef(column.text().strip(), column.line()));
                    }
                });
            }
            Map<String, String> fixed = new LinkedHashMap<>();
            if (d.fixed != null) {
                d.fixed.forEach((field, value) -> {
                    if (!FIXED_FIELDS.contains(field)) {
                        problem(line(value), "'" + field + "' under fixed cannot be fixed; use "
                                + String.join(", ", sorted(FIXED_FIELDS)));
                    } else if (value != null && checkFixed(field, value)) {
                        fixed.put(field, field.equals("flags") || field.equals("note") ? value.text().strip()
                                : value.text().strip().toUpperCase(Locale.ROOT));
                    }
                });
            }
            List<ValueColumn> values = values(d.values);

            Map<String, OffenceMapping> offences = new LinkedHashMap<>();
            if (d.offences != null) {
                d.offences.forEach((national, entry) -> {
                    if (entry == null || entry.offence == null || entry.offence.text().isBlank()) {
                        problem(entry == null ? 0 : entry.line, "national code '" + national + "' maps to no offence");
                        return;
                    }
                    String code = offenceCode(entry.offence);
                    String flags = entry.flags == null ? "" : flags(entry.flags);
                    String note = entry.note == null ? "" : entry.note.text().strip();
                    if (code != null) {
                        offences.put(national.strip(), new OffenceMapping(code, flags, note));
                    }
                });
            }
            Map<String, String> indicators = new LinkedHashMap<>();
            if (d.indicators != null) {
                d.indicators.forEach((national, code) -> {
                    if (code != null && indicator(code) != null) {
                        indicators.put(national.strip(), code.text().strip().toUpperCase(Locale.ROOT));
                    }
                });
            }
            Map<String, String> flagCodes = new LinkedHashMap<>();
            if (d.flags != null) {
                d.flags.forEach((national, letters) -> {
                    if (letters != null) {
                        flagCodes.put(national.strip(), flags(letters));
                    }
                });
            }
            List<IgnoreRule> ignore = ignoreRules(d.ignore);
            Unmapped unmapped = unmapped(d.unmapped);
            int fromYear = 0;
            int toYear = 9999;
            if (d.years != null) {
                fromYear = d.years.from == null ? 0 : integer(d.years.from, "years.from", 1000, 9999);
                toYear = d.years.to == null ? 9999 : integer(d.years.to, "years.to", 1000, 9999);
                if (fromYear > toYear) {
                    problem(d.years.from.line(), "years.from " + fromYear + " is after years.to " + toYear);
                }
            }
            List<SeriesBreak> breaks = breaks(d.breaks, offences);

            requireOneOf("country", columns, fixed, d, false);
            requireOneOf("offence", columns, fixed, d, false);
            if (!values.stream().anyMatch(ValueColumn::yearColumns)) {
                requireOneOf("year", columns, fixed, d, false);
            }
            if (values.isEmpty() && (d.values == null || d.values.isEmpty()) && !columns.containsKey("value")) {
                problem(0, "no value column: give 'columns: value:' or a 'values:' list");
            }
            if (!values.isEmpty() && columns.containsKey("value")) {
                problem(columns.get("value").line(), "give either 'columns: value:' or a 'values:' list, not both");
            }
            if (values.stream().anyMatch(v -> v.indicator() == null)) {
                requireOneOf("indicator", columns, fixed, d, true);
            }

            if (!problems.isEmpty()) {
                throw new BadInputException("Profile " + file + " is not valid:\n  " + String.join("\n  ", problems)
                        + "\ntemplates/profiles/README.md documents every setting.");
            }
            return new MappingProfile(file, name, encoding, separator, skipLines, sheet, decimal, thousands, missing,
                    zero, columns, fixed, values, offences, indicators, flagCodes, ignore, unmapped, fromYear, toYear,
                    breaks);
        }

        private void requireOneOf(String field, Map<String, ColumnRef> columns, Map<String, String> fixed,
                                  ProfileDocument d, boolean forValues) {
            boolean inColumns = columns.containsKey(field);
            boolean inFixed = fixed.containsKey(field);
            if (inColumns && inFixed) {
                problem(columns.get(field).line(), "'" + field + "' is given both as a column and as a fixed value");
            } else if (!inColumns && !inFixed && !(d.fixed != null && d.fixed.containsKey(field))
                    && !(d.columns != null && d.columns.containsKey(field))) {
                problem(0, "nothing gives the " + field + ": name its column under 'columns:' or fix it under 'fixed:'"
                        + (forValues ? " (or give each entry of 'values:' an indicator)" : ""));
            }
        }

        private boolean checkFixed(String field, Located value) {
            String v = value.text().strip();
            switch (field) {
                case "country" -> {
                    if (!reference.countries().isKnown(v.toUpperCase(Locale.ROOT))) {
                        problem(value.line(), "'" + v + "' is not a Eurostat geo code (Greece is EL)");
                        return false;
                    }
                }
                case "year" -> {
                    return integer(value, "fixed year", 1000, 9999) >= 0;
                }
                case "offence" -> {
                    return offenceCode(value) != null;
                }
                case "indicator" -> {
                    return indicator(value) != null;
                }
                case "flags" -> flags(value);
                default -> {
                }
            }
            return true;
        }

        private List<ValueColumn> values(List<ProfileDocument.ValueColumn> docs) {
            List<ValueColumn> values = new ArrayList<>();
            if (docs == null) {
                return values;
            }
            for (ProfileDocument.ValueColumn v : docs) {
                if (v == null) {
                    continue;
                }
                boolean yearColumns = v.yearColumns != null && bool(v.yearColumns, "yearColumns");
                if (yearColumns == (v.column != null)) {
                    problem(line(v.column != null ? v.column : v.yearColumns != null ? v.yearColumns : v.indicator),
                            "each entry of 'values:' needs either 'column:' or 'yearColumns: true'");
                    continue;
                }
                String indicator = v.indicator == null ? null : indicator(v.indicator);
                if (v.indicator != null && indicator == null) {
                    continue;
                }
                values.add(new ValueColumn(v.column == null ? null : new ColumnRef(v.column.text().strip(), v.column.line()),
                        yearColumns, indicator, v.flags == null ? "" : flags(v.flags),
                        v.note == null ? "" : v.note.text().strip()));
            }
            return values;
        }

        private List<IgnoreRule> ignoreRules(List<ProfileDocument.Ignore> docs) {
            List<IgnoreRule> rules = new ArrayList<>();
            if (docs == null) {
                return rules;
            }
            for (ProfileDocument.Ignore i : docs) {
                if (i == null) {
                    continue;
                }
                if (i.column == null || i.column.text().isBlank()) {
                    problem(line(i.matches), "an 'ignore:' rule needs the column it looks at ('column:')");
                    continue;
                }
                int kinds = (i.equals != null ? 1 : 0) + (i.notEquals != null ? 1 : 0) + (i.matches != null ? 1 : 0);
                if (kinds != 1) {
                    problem(i.column.line(), "an 'ignore:' rule needs exactly one of equals, notEquals, matches");
                    continue;
                }
                Pattern pattern = null;
                if (i.matches != null) {
                    try {
                        pattern = Pattern.compile(i.matches.text());
                    } catch (PatternSyntaxException e) {
                        problem(i.matches.line(), "'" + i.matches.text() + "' is not a regular expression: "
                                + e.getDescription());
                        continue;
                    }
                }
                rules.add(new IgnoreRule(new ColumnRef(i.column.text().strip(), i.column.line()),
                        i.equals == null ? null : texts(i.equals), i.notEquals == null ? null : texts(i.notEquals), pattern));
            }
            return rules;
        }

        private List<SeriesBreak> breaks(List<ProfileDocument.Break> docs, Map<String, OffenceMapping> offences) {
            List<SeriesBreak> breaks = new ArrayList<>();
            if (docs == null) {
                return breaks;
            }
            for (ProfileDocument.Break b : docs) {
                if (b == null) {
                    continue;
                }
                if (b.offence == null || b.year == null) {
                    problem(line(b.offence != null ? b.offence : b.year), "a break needs 'offence:' (the national code) "
                            + "and 'year:' (the first year of the new series)");
                    continue;
                }
                String national = b.offence.text().strip();
                if (!offences.isEmpty() && !offences.containsKey(national)) {
                    problem(b.offence.line(), "the break names national code '" + national
                            + "', which 'offences:' does not map");
                }
                int year = integer(b.year, "break year", 1000, 9999);
                String flags = b.flags == null ? String.valueOf(Flags.BREAK) : flags(b.flags);
                breaks.add(new SeriesBreak(national, year, flags, b.note == null ? "" : b.note.text().strip()));
            }
            return breaks;
        }

        private Unmapped unmapped(Located u) {
            if (u == null) {
                return Unmapped.WARN;
            }
            try {
                return Unmapped.valueOf(u.text().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(u.line(), "unmapped: '" + u.text() + "' must be warn, error or ignore");
                return Unmapped.WARN;
            }
        }

        private String offenceCode(Located code) {
            InputOffence o = reference.offences().recognise(code.text());
            if (o instanceof InputOffence.Known k) {
                return k.offence().code();
            }
            problem(code.line(), "'" + code.text() + "' is not an offence of the classification; use a project code ("
                    + String.join(", ", reference.offences().all().stream().map(x -> x.code()).toList()) + ")");
            return null;
        }

        private String indicator(Located code) {
            String c = code.text().strip().toUpperCase(Locale.ROOT);
            if (reference.indicator(c).isPresent()) {
                return c;
            }
            problem(code.line(), "'" + code.text() + "' is not an indicator; use one of "
                    + String.join(", ", reference.indicators().stream().map(i -> i.code()).toList()));
            return null;
        }

        private String flags(Located letters) {
            Optional<String> parsed = Flags.parse(letters.text());
            if (parsed.isEmpty()) {
                problem(letters.line(), "'" + letters.text() + "' are not Eurostat flag letters (" + Flags.KNOWN + ")");
                return "";
            }
            return parsed.get();
        }

        private Charset charset(Located name) {
            if (name == null || name.text().isBlank()) {
                return null;
            }
            try {
                return Charset.forName(name.text().strip());
            } catch (IllegalArgumentException e) {
                problem(name.line(), "'" + name.text() + "' is not an encoding Java knows (try UTF-8, windows-1252, "
                        + "ISO-8859-1, UTF-16)");
                return null;
            }
        }

        private char separator(Located s) {
            if (s == null || s.text().isEmpty()) {
                return 0;
            }
            String t = s.text();
            if (t.equalsIgnoreCase("tab") || t.equals("\\t") || t.equals("\t")) {
                return '\t';
            }
            if (t.length() != 1 || Character.isLetterOrDigit(t.charAt(0)) || t.charAt(0) == '"') {
                problem(s.line(), "separator '" + t + "' must be one character such as ';' ',' '|' or the word tab");
                return 0;
            }
            return t.charAt(0);
        }

        private char numberSeparator(Located s, String what, boolean noneAllowed) {
            String t = s.text();
            if (noneAllowed && (t.isEmpty() || t.equalsIgnoreCase("none"))) {
                return 0;
            }
            if (t.equalsIgnoreCase("space")) {
                return ' ';
            }
            if (t.equals(".") || t.equals(",") || (noneAllowed && (t.equals("'") || t.equals(" ")))) {
                return t.charAt(0);
            }
            problem(s.line(), what + " separator '" + t + "' must be '.' or ','" + (noneAllowed ? ", space, ' or none" : ""));
            return noneAllowed ? 0 : '.';
        }

        private int integer(Located v, String what, int min, int max) {
            try {
                int n = Integer.parseInt(v.text().strip());
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(v.line(), what + " '" + v.text() + "' must be a whole number from " + min + " to " + max);
            return -1;
        }

        private boolean bool(Located v, String what) {
            String t = v.text().strip().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("false")) {
                return t.equals("true");
            }
            problem(v.line(), what + " must be true or false, not '" + v.text() + "'");
            return false;
        }

        private static Set<String> texts(List<Located> list) {
            Set<String> s = new LinkedHashSet<>();
            if (list != null) {
                list.stream().filter(x -> x != null).forEach(x -> s.add(x.text().strip()));
            }
            return s;
        }

        private static int line(Located l) {
            return l == null ? 0 : l.line();
        }

        private static List<String> sorted(Set<String> s) {
            return s.stream().sorted().toList();
        }

        private void problem(int line, String message) {
            problems.add((line > 0 ? "line " + line + ": " : "") + MessageText.withShortQuotes(message) + ".");
        }
    }
}
