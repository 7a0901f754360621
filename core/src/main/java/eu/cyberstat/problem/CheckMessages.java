package eu.cyberstat.problem;

import eu.cyberstat.reference.Labels;
import eu.cyberstat.reference.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of every validation message in English, French and German: the catalogue
 * {@code check-messages_<lang>.properties} next to this class. For each check {@code CODE}:
 * {@code CODE} (the message), {@code CODE.title} (a few words naming the problem, shown beside
 * the code) and, where the advice differs for a Member State's national contact,
 * {@code CODE.contact}; then the phrases messages are made of (hints, advice, details, counts
 * with {@code .one} and {@code .other} forms). Placeholders are named: {@code {value}}; written
 * {@code { hint}}, a space goes before the value when there is one.
 * The three files have the same keys and every key the same placeholders (a test checks it).
 */
public final class CheckMessages {

    public static final String CONTACT = ".contact";
    static final String TITLE = ".title";
    /** {@code {name}}, or {@code { name}}: a space and the value, nothing when the value is empty. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{( ?)([a-zA-Z]+)}");
    private static volatile CheckMessages shipped;

    private final Map<Language, Map<String, String>> templates;

    private CheckMessages(Map<Language, Map<String, String>> templates) {
        this.templates = templates;
    }

    /** The catalogue shipped with cyberstat. */
    public static CheckMessages shipped() {
        CheckMessages c = shipped;
        if (c == null) {
            synchronized (CheckMessages.class) {
                if (shipped == null) {
                    Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
                    for (Language lang : Language.values()) {
                        all.put(lang, read(resource(lang)));
                    }
                    shipped = new CheckMessages(all);
                }
                c = shipped;
            }
        }
        return c;
    }

    public static String resource(Language lang) {
        return "check-messages_" + lang.code() + ".properties";
    }

    private static Map<String, String> read(String name) {
        Map<String, String> map = new LinkedHashMap<>();
        try (InputStream in = CheckMessages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing message catalogue " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                int eq = s.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalStateException(name + ", line " + lineNo + ": expected 'key = text'");
                }
                String key = s.substring(0, eq).strip();
                if (map.put(key, s.substring(eq + 1).strip()) != null) {
                    throw new IllegalStateException(name + ", line " + lineNo + ": key '" + key + "' appears twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The keys of one language's catalogue, in file order. */
    public Set<String> keys(Language lang) {
        return templates.get(lang).keySet();
    }

    /** The template of {@code key} exactly as written, or null. */
    public String template(String key, Language lang) {
        return templates.get(lang).get(key);
    }

    /** The names of a template's placeholders, in order of first use. */
    public static Set<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(2));
        }
        return names;
    }

    /** The title of a check ("Unknown offence code"), the words a code stands beside. */
    public String title(String code, Language lang) {
        String t = template(code + TITLE, lang);
        if (t == null) {
            throw new IllegalArgumentException("No title for check " + code + " in " + resource(lang));
        }
        return t;
    }

    /** True when every key of the phrase (and of the phrases in it) is in the catalogue. */
    public boolean canWrite(Phrase phrase) {
        if (templateFor(phrase, Language.EN, Audience.UPLOADER) == null) {
            return false;
        }
        return phrase.values().values().stream().allMatch(CheckMessages.this::canWriteValue);
    }

    private boolean canWriteValue(Object v) {
        if (v instanceof Phrase p) {
            return canWrite(p);
        }
        return !(v instanceof List<?> list) || list.stream().allMatch(this::canWriteValue);
    }

    /**
     * The phrase written in {@code lang} for {@code audience}: its template (the audience's own
     * where the catalogue has one), placeholders filled, phrases within written the same way.
     *
     * @throws IllegalArgumentException when a key or a placeholder's value is missing
     */
    public String write(Phrase phrase, Language lang, Audience audience) {
        String template = templateFor(phrase, lang, audience);
        if (template == null) {
            throw new IllegalArgumentException("No message '" + phrase.key() + "' in " + resource(lang));
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(2);
            if (!phrase.values().containsKey(name)) {
                throw new IllegalArgumentException("Message " + phrase.key() + ": no value for {" + name + "}");
            }
            String value = value(phrase.values().get(name), lang, audience);
            String spaced = m.group(1).isEmpty() || value.isEmpty() ? value : " " + value;
            m.appendReplacement(sb, Matcher.quoteReplacement(spaced));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String templateFor(Phrase phrase, Language lang, Audience audience) {
        String own = audience == Audience.NATIONAL_CONTACT ? templateOf(phrase.key() + CONTACT, phrase, lang) : null;
        return own != null ? own : templateOf(phrase.key(), phrase, lang);
    }

    /** The template of {@code key}, or of its plural form for the phrase's {@code n}. */
    private String templateOf(String key, Phrase phrase, Language lang) {
        Map<String, String> t = templates.get(lang);
        if (t.containsKey(key)) {
            return t.get(key);
        }
        if (phrase.values().get("n") instanceof Number n) {
            return t.get(key + "." + pluralForm(lang, n.longValue()));
        }
        return null;
    }

    /** "one" or "other": French counts 0 and 1 as singular, English and German 1 only. */
    static String pluralForm(Language lang, long n) {
        boolean one = lang == Language.FR ? Math.abs(n) < 2 : n == 1;
        return one ? "one" : "other";
    }

    private String value(Object v, Language lang, Audience audience) {
        if (v instanceof Phrase p) {
            return write(p, lang, audience);
        }
        if (v instanceof Labels l) {
            return Check.oneLine(l.in(lang));
        }
        if (v instanceof List<?> list) {
            return String.join(", ", list.stream().map(e -> value(e, lang, audience)).toList());
        }
        if (v instanceof BigDecimal d) {
            String plain = d.toPlainString();
            return lang == Language.EN ? plain : plain.replace('.', ',');
        }
        return Check.oneLine(String.valueOf(v));
    }
}
