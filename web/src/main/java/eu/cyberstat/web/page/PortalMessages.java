package eu.cyberstat.web.page;

import eu.cyberstat.reference.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every word the portal's pages show, from {@code portal/messages_<lang>.properties} (UTF-8,
 * {@link MessageFormat} placeholders as in the report's bundles: a literal ASCII apostrophe is
 * written twice, or as the typographic ’). The three languages must have the same keys: checked
 * when the portal starts, so a missing translation never reaches a page.
 */
public final class PortalMessages {

    private final Map<Language, Map<String, String>> byLanguage;

    private PortalMessages(Map<Language, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    public static PortalMessages load() {
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            all.put(lang, read("portal/messages_" + lang.code() + ".properties"));
        }
        Set<String> english = all.get(Language.EN).keySet();
        for (Language lang : Language.values()) {
            if (!all.get(lang).keySet().equals(english)) {
                Set<String> missing = new TreeSet<>(english);
                missing.removeAll(all.get(lang).keySet());
                Set<String> extra = new TreeSet<>(all.get(lang).keySet());
                extra.removeAll(english);
                throw new IllegalStateException("portal/messages_" + lang.code() + ".properties: missing " + missing
                        + ", unknown to English " + extra);
            }
        }
        return new PortalMessages(all);
    }

    private static Map<String, String> read(String resource) {
        Properties p = new Properties();
        try (InputStream in = PortalMessages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The portal's messages " + resource + " are missing from the build");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        Map<String, String> map = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }

    /** The text of {@code key} in {@code lang}, its placeholders filled (numbers as plain digits). */
    public String get(Language lang, String key, Object... args) {
        String pattern = byLanguage.get(lang).get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No message '" + key + "' in portal/messages_" + lang.code()
                    + ".properties");
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i];
        }
        return new MessageFormat(pattern, lang.locale()).format(plain);
    }

    /** Every key, for the tests. */
    public Set<String> keys() {
        return byLanguage.get(Language.EN).keySet();
    }
}
