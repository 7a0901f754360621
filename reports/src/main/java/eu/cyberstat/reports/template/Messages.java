package eu.cyberstat.reports.template;

import eu.cyberstat.reference.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The report's fixed wording (titles, column headers, axis labels, notes) in each language,
 * from {@code messages/messages_<lang>.properties}: UTF-8, one {@code key = value} per line,
 * {@code #} comments, {@link MessageFormat} placeholders ({@code {0}}). Every language must have
 * exactly the keys English has, so a missing translation is caught when the templates load.
 */
public final class Messages {

    private final Map<Language, Map<String, String>> byLanguage;

    private Messages(Map<Language, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    static Messages load(Path dir, String displayDir) {
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            String name = "messages_" + lang.code() + ".properties";
            all.put(lang, read(dir.resolve(name), displayDir + "/" + name));
        }
        Set<String> english = all.get(Language.EN).keySet();
        for (Language lang : Language.values()) {
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(all.get(lang).keySet());
            Set<String> extra = new TreeSet<>(all.get(lang).keySet());
            extra.removeAll(english);
            String file = displayDir + "/messages_" + lang.code() + ".properties";
            if (!missing.isEmpty()) {
                throw new TemplateException(file + ": missing keys that English has: " + String.join(", ", missing)
                        + ". Add a translation for each.");
            }
            if (!extra.isEmpty()) {
                throw new TemplateException(file + ": keys unknown to messages_en.properties: "
                        + String.join(", ", extra) + ". Check the spelling or add them to English too.");
            }
        }
        return new Messages(all);
    }

    private static Map<String, String> read(Path file, String display) {
        Map<String, String> map = new LinkedHashMap<>();
        try {
            int lineNo = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNo++;
                String trimmed = line.strip();
                if (lineNo == 1 && trimmed.startsWith("\uFEFF")) {
                    trimmed = trimmed.substring(1);
                }
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int eq = trimmed.indexOf('=');
                if (eq <= 0) {
                    throw new TemplateException(display + ", line " + lineNo + ": expected 'key = text', found '"
                            + trimmed + "'.");
                }
                String key = trimmed.substring(0, eq).strip();
                String value = trimmed.substring(eq + 1).strip();
                if (map.containsKey(key)) {
                    throw new TemplateException(display + ", line " + lineNo + ": key '" + key + "' appears twice.");
                }
                try {
                    new MessageFormat(value);
                } catch (IllegalArgumentException e) {
                    throw new TemplateException(display + ", line " + lineNo + ": the text of '" + key
                            + "' is not a valid message pattern (" + e.getMessage()
                            + "); write a literal apostrophe as two ('').");
                }
                map.put(key, value);
            }
        } catch (IOException e) {
            throw new TemplateException("Cannot read " + display + ": " + e.getMessage(), e);
        }
        return map;
    }

    /** The text of {@code key} in {@code lang} with its placeholders filled (numbers as plain digits). */
    public String get(Language lang, String key, Object... args) {
        String pattern = byLanguage.get(lang).get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No message '" + key + "' in messages_" + lang.code() + ".properties");
        }
        // Years and counts arrive as numbers: written as they are, never with a grouping separator.
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i];
        }
        return new MessageFormat(pattern, lang.locale()).format(plain);
    }

    public boolean has(String key) {
        return byLanguage.get(Language.EN).containsKey(key);
    }
}
