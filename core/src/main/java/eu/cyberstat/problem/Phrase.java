package eu.cyberstat.problem;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import eu.cyberstat.reference.Labels;
import eu.cyberstat.reference.Language;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Words of a validation message before they are written in a language: a key of the message
 * catalogue ({@link CheckMessages}) and its named values. A value is text from the file or a code
 * (written as it is), a number, a name in each language ({@link Labels}: a country, a flag),
 * another phrase (a hint, an advice, a count of rows) written in the same language, or a list of
 * those (written one after the other, separated by commas). Issues keep their phrase, so a
 * feedback sheet can write in French what the validation found in English.
 *
 * <p>A key without a template of its own is a count: {@code key.one} or {@code key.other} is
 * chosen by the language's plural rule applied to the value {@code n} (see {@link #count}).
 */
public record Phrase(String key, Map<String, Object> values) {

    public Phrase {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A phrase needs a key");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> copy.put(name, normalise(value)));
        values = Collections.unmodifiableMap(copy);
    }

    /** The phrase {@code key} with {@code name, value} pairs. */
    public static Phrase of(String key, Object... namedValues) {
        if (namedValues.length % 2 != 0) {
            throw new IllegalArgumentException("Phrase " + key + ": values must come in name, value pairs");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namedValues.length; i += 2) {
            values.put((String) namedValues[i], namedValues[i + 1]);
        }
        return new Phrase(key, values);
    }

    /** "3 rows" in the words of each language: {@code key.one} or {@code key.other} with {@code {n}}. */
    public static Phrase count(String key, long n) {
        return of(key, "n", n);
    }

    /** Read back from JSON: nested phrases arrive as maps, decimals as doubles. */
    @JsonCreator
    static Phrase fromJson(@JsonProperty("key") String key, @JsonProperty("values") Map<String, Object> values) {
        Map<String, Object> converted = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((name, value) -> converted.put(name, fromJsonValue(value)));
        }
        return new Phrase(key, converted);
    }

    @SuppressWarnings("unchecked")
    private static Object fromJsonValue(Object value) {
        if (value instanceof Map<?, ?> m && m.get("key") instanceof String k) {
            Object nested = m.get("values");
            return fromJson(k, nested instanceof Map<?, ?> ? (Map<String, Object>) nested : Map.of());
        }
        if (value instanceof Map<?, ?> m && m.containsKey("en")) {
            return new Labels(String.valueOf(m.get("en")), String.valueOf(m.get("fr")), String.valueOf(m.get("de")));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Phrase::fromJsonValue).toList();
        }
        return value;
    }

    private static Object normalise(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Phrase || value instanceof String || value instanceof Long || value instanceof BigDecimal
                || value instanceof Labels) {
            return value;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Phrase::normalise).toList();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof Character || value instanceof CharSequence) {
            return value.toString();
        }
        throw new IllegalArgumentException("A phrase value is text, a number, labels, a phrase or a list of those, not "
                + value.getClass());
    }

    /** This phrase written in {@code language} for whoever validated the file. */
    public String in(Language language) {
        return CheckMessages.shipped().write(this, language, Audience.UPLOADER);
    }

    /** This phrase written in {@code language} for {@code audience}. */
    public String in(Language language, Audience audience) {
        return CheckMessages.shipped().write(this, language, audience);
    }
}
