package eu.cyberstat.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.reference.Language;
import eu.cyberstat.web.audit.AuditEventTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The portal's words: the three languages have the same keys (the loader refuses otherwise), every
 * key a template or the code names exists, and every key is used somewhere.
 */
class PortalMessagesTest {

    private static final Path WEB = Path.of(System.getProperty("cyberstat.project.dir", "..")).resolve("web");
    private static final PortalMessages MESSAGES = PortalMessages.load();
    /** Keys the code builds from a prefix and a value (a status, a role, a reason, a file, a file format). */
    private static final Pattern BUILT = Pattern.compile("^(error\\.\\d{3}\\.(title|text)|error\\.other\\..*|role\\..*"
            + "|login\\.notice\\..*|password\\.weak\\..*|reports\\.data\\..*|report\\.status\\..*|report\\.(errors|warnings)"
            + "|revisions\\.kind\\..*|upload\\.status\\..*|deliveries\\.status\\..*|input-format\\..*"
            + "|runs\\.(status|trigger|notice)\\..*)$");

    @Test
    void everyLanguageFillsEveryPlaceholderAndNoneKeepsAnAsciiApostrophe() {
        for (String key : MESSAGES.keys()) {
            for (Language lang : Language.values()) {
                String text = MESSAGES.get(lang, key, "A", "B", "C");
                assertThat(text).as(lang + " " + key).doesNotContain("{0}").doesNotContain("{1}").doesNotContain("'")
                        .isNotBlank();
            }
        }
        assertThat(MESSAGES.get(Language.FR, "error.404.country", "ZZ")).isEqualTo("Aucun pays n’a le code ZZ.");
        assertThat(MESSAGES.get(Language.DE, "error.other.title", 418)).isEqualTo("Fehler 418");
    }

    @Test
    void everyKeyNamedExistsAndEveryKeyIsUsed() throws IOException {
        Set<String> named = new TreeSet<>();
        Pattern inTemplates = Pattern.compile("msg\\(\"([a-z0-9.\\-]+)\"");
        Pattern inJava = Pattern.compile("\"((?:login|account|country|countries|reports|error|password|nav|language|role|upload|report|revisions"
                + "|confirm|history|receipt|deliveries|runs|run)"
                + "\\.[a-z0-9.\\-]+)\"");
        try (Stream<Path> files = Files.walk(WEB.resolve("src/main"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(ftlh|java)$")).toList()) {
                Matcher m = (f.toString().endsWith(".ftlh") ? inTemplates : inJava).matcher(Files.readString(f));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(60);
        // Prefixes of built keys; template names; file names (report.json).
        named.removeIf(k -> k.endsWith(".") || k.matches(".*\\.(ftlh|json|csv|pdf|xlsx)") && !MESSAGES.keys().contains(k));
        named.removeAll(AuditEventTest.actions()); // audit actions are codes, not words
        assertThat(MESSAGES.keys()).containsAll(named);
        Set<String> unused = new TreeSet<>(MESSAGES.keys());
        unused.removeAll(named);
        unused.removeIf(k -> BUILT.matcher(k).matches());
        assertThat(unused).as("keys nothing shows").isEmpty();
    }
}
