package eu.cyberstat.ingest.alerts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.ingest.profile.ProfileSize;
import eu.cyberstat.problem.MessageText;
import eu.cyberstat.reference.OffenceClassification;
import eu.cyberstat.reference.ReferenceData;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Loads platform profiles from YAML ({@code templates/profiles/alerts-*.yaml}) and checks them
 * against the reference data: every mapped offence code must exist, every status must be one
 * of {@link AlertStatus}, personal fields must not be mapped. Errors name the file and the key.
 */
public final class PlatformProfiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private static final Pattern PLATFORM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    private static final Pattern GEO = Pattern.compile("[A-Z]{2}");

    private PlatformProfiles() {
    }

    /** The YAML document, as written by statisticians (see docs/alerts.md). */
    record Document(String platform, String name, String format, String encoding, String separator,
                    Boolean multiLineRecords, String timeZone, List<String> timeFormats, Map<String, String> fields,
                    List<String> personalFields, Map<String, String> categories, Map<String, String> statuses,
                    Map<String, String> countries) {
    }

    public static PlatformProfile load(Path file) {
        return load(file, ReferenceData.shipped().offences());
    }

    public static PlatformProfile load(Path file, OffenceClassification offences) {
        ProfileSize.check(file, "Platform profile");
        Document doc;
        String text = null;
        try {
            text = Files.readString(file);
            doc = YAML.readValue(text, Document.class);
        } catch (NoSuchFileException e) {
            throw new BadInputException("Platform profile " + file + " does not exist.", e);
        } catch (UnrecognizedPropertyException e) {
            throw new BadInputException("Platform profile " + file + ", line " + lineOf(text, e.getPropertyName()) + ": '"
                    + MessageText.shown(e.getPropertyName()) + "' is not a profile key; the keys are " + e.getKnownPropertyIds() + ".", e);
        } catch (MismatchedInputException e) {
            JsonLocation at = e.getLocation();
            throw new BadInputException("Platform profile " + file + (at != null ? ", line " + at.getLineNr() : "")
                    + ": " + expected(e) + " is expected here. Check the indentation and the brackets (docs/alerts.md "
                    + "shows a whole profile).", e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            // The parser's own words, first line only: SnakeYAML adds the offending line, which may be long.
            String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
                    : e.getOriginalMessage().strip().lines().findFirst().orElse("").replaceAll("\\.+$", "");
            throw new BadInputException("Platform profile " + file + (at != null ? ", line " + at.getLineNr() : "")
                    + ": " + MessageText.shown(m) + ". Check the YAML syntax (indentation, quotes, colons).", e);
        } catch (IOException e) {
            throw new BadInputException("Cannot read platform profile " + file + ": " + e.getMessage(), e);
        }
        if (doc == null) {
            throw new BadInputException("Platform profile " + file + " is empty.");
        }
        return validate(file.toString(), doc, offences);
    }

    /** What the document should have held where Jackson found something else. */
    private static String expected(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null || target == Document.class || Map.class.isAssignableFrom(target)) {
            return "a group of keys";
        }
        return List.class.isAssignableFrom(target) ? "a list" : "a single value";
    }

    /** Line (1-based) where a top-level key is written, for messages; 0 when not found. */
    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 0;
    }

    static PlatformProfile validate(String source, Document d, OffenceClassification offences) {
        Errors errors = new Errors(source);
        String platform = d.platform();
        if (platform == null || !PLATFORM_ID.matcher(platform).matches()) {
            errors.add("platform", "must be an id of letters, digits, '-' or '_' (at most 40), e.g. FR-PHAROS");
        }
        PlatformProfile.Format format = PlatformProfile.Format.CSV;
        String f = d.format() == null ? "csv" : d.format().trim().toLowerCase(Locale.ROOT);
        switch (f) {
            case "csv" -> format = PlatformProfile.Format.CSV;
            case "jsonl", "json lines", "ndjson" -> format = PlatformProfile.Format.JSONL;
            default -> errors.add("format", "must be csv or jsonl, not '" + d.format() + "'");
        }
        Charset encoding = null;
        if (d.encoding() != null && !d.encoding().isBlank()) {
            try {
                encoding = Charset.forName(d.encoding().trim());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                errors.add("encoding", "'" + d.encoding() + "' is not an encoding this Java knows (e.g. UTF-8, windows-1252)");
            }
        }
        Character separator = null;
        if (d.separator() != null && !d.separator().isEmpty()) {
            String s = d.separator().equalsIgnoreCase("tab") ? "\t" : d.separator();
            if (s.length() != 1 || s.charAt(0) > 0x7f || s.charAt(0) == '"') {
                errors.add("separator", "must be one ASCII character (or 'tab'), not '" + d.separator() + "'");
            } else {
                separator = s.charAt(0);
            }
        }
        ZoneId zone = ZoneOffset.UTC;
        if (d.timeZone() != null) {
            try {
                zone = ZoneId.of(d.timeZone().trim());
            } catch (DateTimeException e) {
                errors.add("timeZone", "'" + d.timeZone() + "' is not a time zone (e.g. Europe/Paris, UTC)");
            }
        }
        List<String> formats = d.timeFormats() == null ? List.of(TimeFormat.ISO) : List.copyOf(d.timeFormats());
        if (formats.isEmpty()) {
            errors.add("timeFormats", "must list at least one format (a java.time pattern or 'iso')");
        }
        for (String pattern : formats) {
            try {
                TimeFormat.compile(pattern);
            } catch (IllegalArgumentException e) {
                errors.add("timeFormats", "'" + pattern + "' is not a java.time pattern: " + e.getMessage());
            }
        }
        List<String> personal = d.personalFields() == null ? List.of() : List.copyOf(d.personalFields());
        PlatformProfile.Fields fields = fields(d.fields(), personal, errors);
        Map<String, String> categories = new LinkedHashMap<>();
        if (d.categories() == null || d.categories().isEmpty()) {
            errors.add("categories", "must map the platform's categories to offence codes");
        } else {
            d.categories().forEach((value, code) -> {
                if (code == null || code.isBlank()) {
                    errors.add("categories." + value, "has no offence code (e.g. COMP_FRAUD, CONT_CSAM, OTHER_OTHER)");
                } else if (offences.find(code.trim()).isEmpty()) {
                    errors.add("categories." + value, "'" + code + "' is not an offence code of the classification "
                            + "(e.g. COMP_FRAUD, CONT_CSAM, OTHER_OTHER)");
                } else {
                    categories.put(value, code.trim());
                }
            });
        }
        Map<String, AlertStatus> statuses = new LinkedHashMap<>();
        if (d.statuses() == null || d.statuses().isEmpty()) {
            errors.add("statuses", "must map the platform's statuses to received, forwarded_le, forwarded_hosting, "
                    + "taken_down, no_action or duplicate");
        } else {
            d.statuses().forEach((value, code) -> {
                var status = code == null ? java.util.Optional.<AlertStatus>empty() : AlertStatus.fromCode(code);
                if (status.isEmpty()) {
                    errors.add("statuses." + value, "'" + code + "' is not one of received, forwarded_le, "
                            + "forwarded_hosting, taken_down, no_action, duplicate");
                } else {
                    statuses.put(value, status.get());
                }
            });
        }
        Map<String, String> countries = new LinkedHashMap<>();
        if (d.countries() != null) {
            d.countries().forEach((value, geo) -> {
                String g = geo == null ? "" : geo.trim().toUpperCase(Locale.ROOT);
                if (!g.isEmpty() && !GEO.matcher(g).matches()) {
                    errors.add("countries." + value, "'" + geo + "' is not a two-letter geo code (or empty for unknown)");
                } else {
                    countries.put(value, g.isEmpty() ? "" : HostingCountries.geoOf(g) != null ? HostingCountries.geoOf(g) : g);
                }
            });
        }
        errors.throwIfAny();
        return new PlatformProfile(platform, d.name() == null ? platform : d.name(), format,
                encoding == null ? null : encoding.name(), separator,
                Boolean.TRUE.equals(d.multiLineRecords()), zone, formats, fields, personal, categories, statuses,
                countries);
    }

    private static PlatformProfile.Fields fields(Map<String, String> map, List<String> personal, Errors errors) {
        Map<AlertField, String> names = new LinkedHashMap<>();
        if (map == null) {
            errors.add("fields", "must say where each field is (alertId, receivedAt, category, status, ...)");
            map = Map.of();
        }
        map.forEach((key, column) -> {
            AlertField field = null;
            for (AlertField f : AlertField.values()) {
                if (f.key().equals(key)) {
                    field = f;
                }
            }
            if (field == null) {
                errors.add("fields." + key, "is not a field cyberstat reads; use alertId, receivedAt, category, url, "
                        + "hostingCountry, status, closedAt");
            } else if (column == null || column.isBlank()) {
                errors.add("fields." + key, "names no column");
            } else if (personal.stream().anyMatch(p -> p.equalsIgnoreCase(column.trim()))) {
                errors.add("fields." + key, "'" + column + "' is listed in personalFields: contact data is never read");
            } else {
                names.put(field, column.trim());
            }
        });
        for (AlertField f : AlertField.values()) {
            if (f.isRequired() && !names.containsKey(f) && !map.containsKey(f.key())) {
                errors.add("fields." + f.key(), "is required");
            }
        }
        return new PlatformProfile.Fields(names.get(AlertField.ALERT_ID), names.get(AlertField.RECEIVED_AT),
                names.get(AlertField.CATEGORY), names.get(AlertField.URL), names.get(AlertField.HOSTING_COUNTRY),
                names.get(AlertField.STATUS), names.get(AlertField.CLOSED_AT));
    }

    /** Collects every problem so that one run shows them all. */
    private static final class Errors {
        private final String source;
        private final List<String> messages = new ArrayList<>();

        Errors(String source) {
            this.source = source;
        }

        void add(String key, String message) {
            messages.add(MessageText.shown(key) + " " + MessageText.withShortQuotes(message));
        }

        void throwIfAny() {
            if (messages.size() == 1) {
                throw new BadInputException("Platform profile " + source + ": " + messages.get(0) + ".");
            }
            if (!messages.isEmpty()) { // one problem a line, as a mapping profile lists them
                throw new BadInputException("Platform profile " + source + " is not valid:\n  " + String.join("\n  ",
                        messages) + "\ndocs/alerts.md documents every setting.");
            }
        }
    }
}
