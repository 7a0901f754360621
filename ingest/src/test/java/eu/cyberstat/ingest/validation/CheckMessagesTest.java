package eu.cyberstat.ingest.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberstat.ingest.format.InputFormat;
import eu.cyberstat.problem.Audience;
import eu.cyberstat.problem.Check;
import eu.cyberstat.problem.CheckMessages;
import eu.cyberstat.problem.Checks;
import eu.cyberstat.problem.Issue;
import eu.cyberstat.problem.Phrase;
import eu.cyberstat.problem.ValidationReport;
import eu.cyberstat.reference.Labels;
import eu.cyberstat.reference.Language;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every message of the check catalogue exists in English, French and German, with the same placeholders. */
class CheckMessagesTest {

    private static final CheckMessages CATALOGUE = CheckMessages.shipped();

    @TempDir
    Path dir;

    @Test
    void everyLanguageHasExactlyTheKeysOfEnglish() {
        Set<String> english = CATALOGUE.keys(Language.EN);
        for (Language lang : Language.values()) {
            assertThat(new TreeSet<>(CATALOGUE.keys(lang))).as(CheckMessages.resource(lang))
                    .containsExactlyElementsOf(new TreeSet<>(english));
        }
    }

    @Test
    void everyKeyHasTheSamePlaceholdersInEveryLanguage() {
        for (String key : CATALOGUE.keys(Language.EN)) {
            Set<String> english = CheckMessages.placeholders(CATALOGUE.template(key, Language.EN));
            for (Language lang : Language.values()) {
                assertThat(CheckMessages.placeholders(CATALOGUE.template(key, lang))).as(lang + " " + key)
                        .isEqualTo(english);
            }
        }
    }

    @Test
    void everyCheckHasAMessageAndATitleInEveryLanguage() {
        for (Check c : Checks.all()) {
            for (Language lang : Language.values()) {
                assertThat(CATALOGUE.template(c.code(), lang)).as(lang + " " + c.code()).isNotBlank();
                assertThat(CATALOGUE.title(c.code(), lang)).as(lang + " title of " + c.code()).isNotBlank();
            }
        }
    }

    @Test
    void aMessageForTheNationalContactNeedsNoValueItsMessageLacks() {
        for (String key : CATALOGUE.keys(Language.EN)) {
            int at = key.indexOf(CheckMessages.CONTACT);
            if (at < 0) {
                continue;
            }
            String base = key.substring(0, at) + key.substring(at + CheckMessages.CONTACT.length());
            String template = CATALOGUE.template(base, Language.EN);
            assertThat(template).as("the message " + key + " varies").isNotNull();
            assertThat(CheckMessages.placeholders(template))
                    .containsAll(CheckMessages.placeholders(CATALOGUE.template(key, Language.EN)));
        }
    }

    @Test
    void countsHaveBothForms() {
        for (String key : CATALOGUE.keys(Language.EN)) {
            if (key.endsWith(".one")) {
                String stem = key.substring(0, key.length() - ".one".length());
                assertThat(CATALOGUE.keys(Language.EN)).contains(stem + ".other");
                assertThat(CheckMessages.placeholders(CATALOGUE.template(key, Language.EN))).contains("n");
            }
        }
    }

    /** A phrase nobody raises is a translation nobody reads: every key is a check's, or named in the code. */
    @Test
    void everyPhraseIsUsedByTheValidation() throws IOException {
        StringBuilder sources = new StringBuilder();
        try (Stream<Path> files = Stream.concat(Files.walk(Fixtures.projectDir().resolve("core/src/main/java")), Files.walk(Fixtures.projectDir().resolve("ingest/src/main/java")))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.append(Files.readString(f));
            }
        }
        Set<String> codes = new TreeSet<>();
        Checks.all().forEach(c -> codes.add(c.code()));
        List<String> unused = new ArrayList<>();
        for (String key : CATALOGUE.keys(Language.EN)) {
            // "number.other-style" is a key of its own; "W_X.contact", "count.rows.one" are forms of "W_X", "count.rows".
            String stem = key.replaceAll("(\\.(contact|one|other|title))+$", "");
            boolean named = sources.indexOf("\"" + stem + "\"") >= 0
                    || stem.contains(".") && sources.indexOf("\"" + stem.substring(0, stem.lastIndexOf('.') + 1) + "\" +") >= 0;
            if (!codes.contains(stem) && !named) {
                unused.add(key);
            }
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void writesEveryCheckInEveryLanguageForBothReaders() {
        for (Check c : Checks.all()) {
            Object[] values = sample(CATALOGUE.template(c.code(), Language.EN));
            for (Language lang : Language.values()) {
                for (Audience audience : Audience.values()) {
                    String text = c.phrase(values).in(lang, audience);
                    assertThat(text).as(lang + " " + audience + " " + c.code()).doesNotContain("{").isNotBlank();
                }
            }
        }
    }

    @Test
    void theNationalContactIsNeverToldToEditAProfileOrARunOption() {
        for (String key : CATALOGUE.keys(Language.EN)) {
            if (key.endsWith(".title")) {
                continue;
            }
            Phrase p = Phrase.of(key.replaceAll("\\.(contact|one|other)$", ""), (Object[]) sample(
                    CATALOGUE.template(key, Language.EN)));
            for (Language lang : Language.values()) {
                assertThat(p.in(lang, Audience.NATIONAL_CONTACT)).as(lang + " " + key)
                        .doesNotContain("--profile", "--format", "offences:", "ignore:", "skipLines", "validate again",
                                "validez de nouveau", "validieren Sie erneut");
            }
        }
    }

    @Test
    void pluralsFollowTheLanguage() {
        Phrase one = Phrase.count("count.rows", 1);
        Phrase none = Phrase.count("count.rows", 0);
        assertThat(one.in(Language.EN)).isEqualTo("1 row");
        assertThat(none.in(Language.EN)).isEqualTo("0 rows");
        assertThat(none.in(Language.FR)).isEqualTo("0 ligne");
        assertThat(Phrase.count("count.rows", 2).in(Language.FR)).isEqualTo("2 lignes");
        assertThat(Phrase.count("count.rows", 1).in(Language.DE)).isEqualTo("1 Zeile");
    }

    @Test
    void decimalsTakeTheLanguagesDecimalMarkAndNamesTheLanguagesWords() {
        Phrase jump = Checks.W_YOY_JUMP.phrase("value", 500L, "change",
                Phrase.of("change.times", "ratio", new BigDecimal("2.5")), "previousYear", 2021, "previous", 200L,
                "source", Phrase.of("source.warehouse"));
        assertThat(jump.in(Language.EN)).startsWith("The value 500 is 2.5 times the 2021 figure 200 (already in the warehouse).");
        assertThat(jump.in(Language.FR)).startsWith("La valeur 500 représente 2,5 fois le chiffre de 2021, 200 (déjà dans");
        assertThat(jump.in(Language.DE, Audience.NATIONAL_CONTACT))
                .startsWith("Der Wert 500 ist das 2,5-Fache des Vorjahreswerts (200 im Jahr 2021, aus Ihrer früheren Lieferung).");
        Phrase hint = Phrase.of("hint.write-country-as", "country", new Labels("Greece", "Grèce", "Griechenland"),
                "geo", "EL");
        assertThat(Checks.E_UNKNOWN_COUNTRY.phrase("value", "Grece", "hint", hint).in(Language.DE))
                .startsWith("„Grece“ ist kein geografischer Code von Eurostat. Schreiben Sie Griechenland als EL. Verwenden");
        assertThat(Checks.E_UNKNOWN_COUNTRY.phrase("value", "XX", "hint", "").in(Language.EN))
                .startsWith("'XX' is not a Eurostat geo code. Use the country's geo code, such as DE");
    }

    /** The deliberately bad samples: every issue they raise reads in French and German, none left in English. */
    @Test
    void everyIssueOfTheBadSamplesIsTranslated() throws IOException {
        Path bad = Fixtures.projectDir().resolve("data-samples/bad");
        List<Path> expectations;
        try (Stream<Path> files = Files.list(bad)) {
            expectations = files.filter(p -> p.toString().endsWith(".expected.json")).sorted().toList();
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Path expectation : expectations) {
            JsonNode asked = new ObjectMapper().readTree(expectation.toFile()).get("request");
            Path sample = bad.resolve(expectation.getFileName().toString().replace(".expected.json", ""));
            ValidationRequest request = new ValidationRequest(text(asked, "country"),
                    text(asked, "profile") == null ? null : bad.resolve(text(asked, "profile")),
                    text(asked, "format") == null ? null : InputFormat.valueOf(text(asked, "format")));
            ValidationReport report = Fixtures.validate(sample, request).report();
            List<Issue> issues = new ArrayList<>(report.errors());
            issues.addAll(report.warnings());
            for (Issue i : issues) {
                seen.merge(i.code(), 1, Integer::sum);
                assertThat(i.phrase()).as(i.describe()).isNotNull();
                assertThat(i.phrase().in(Language.EN)).isEqualTo(i.message());
                // A library's own account of a damaged workbook stays in its words; the rest is translated.
                boolean libraryWords = i.phrase().toString().contains("detail.damaged");
                for (Language lang : List.of(Language.FR, Language.DE)) {
                    for (Audience audience : Audience.values()) {
                        String text = i.phrase().in(lang, audience);
                        assertThat(text).as(lang + " " + i.describe()).isNotEqualTo(i.message());
                        if (!libraryWords) {
                            assertThat(text).as(lang + " " + i.describe())
                                    .doesNotContain(" the ", " is not ", " line ", " rows ");
                        }
                    }
                }
            }
        }
        assertThat(seen.keySet()).hasSizeGreaterThan(15);
    }

    @Test
    void theWordsSurviveTheReportKeptWithASubmission() {
        Path file = Fixtures.write(dir, "jump.csv", Fixtures.HEADER + "LU,2020,CYB,RECORDED,100,,\n"
                + "LU,2021,CYB,RECORDED,900,,\nXX,2021,CIA-ACCES,RECORDED,3,,\n");
        ValidationReport report = Fixtures.validate(file).report();
        ValidationReport back = ValidationReport.fromJson(report.toJson());
        List<Issue> before = new ArrayList<>(report.errors());
        before.addAll(report.warnings());
        List<Issue> after = new ArrayList<>(back.errors());
        after.addAll(back.warnings());
        assertThat(after).hasSameSizeAs(before).isNotEmpty();
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).phrase()).isEqualTo(before.get(i).phrase());
            for (Language lang : Language.values()) {
                assertThat(after.get(i).phrase().in(lang)).isEqualTo(before.get(i).phrase().in(lang));
            }
        }
        assertThat(back.warnings().get(0).phrase().in(Language.FR)).contains("9,0 fois");
    }

    private static String text(JsonNode node, String field) {
        return node == null || node.get(field) == null || node.get(field).isNull() ? null : node.get(field).asText();
    }

    /** A value for every placeholder of a template: enough to write it. */
    private static Object[] sample(String template) {
        List<Object> values = new ArrayList<>();
        for (String name : CheckMessages.placeholders(template)) {
            values.add(name);
            values.add(name.equals("n") ? 2L : "x");
        }
        return values.toArray();
    }
}
