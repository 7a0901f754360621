package eu.cyberstat.reference;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.reference.OffenceClassification.InputOffence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private final ReferenceData reference = ReferenceData.shipped();

    @Test
    void knowsTheTwentySevenMemberStatesAndTheAggregate() {
        assertThat(reference.countries().eu27()).hasSize(27);
        assertThat(reference.countries().get("EL").name().en()).isEqualTo("Greece");
        assertThat(reference.countries().get("DE").name().in(Language.FR)).isEqualTo("Allemagne");
        assertThat(reference.countries().get(Countries.EU27_2020).isAggregate()).isTrue();
        assertThat(reference.countries().isKnown("GR")).isFalse();
    }

    @Test
    void knowsEveryGeoCodeOfTheSharedPopulationFile() throws Exception {
        Path shared = Path.of(System.getProperty("cyberstat.shared", "../../shared"), "reference", "population.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(shared),
                "../shared is absent (a user's clone): skipping the check against the shared population file");
        List<String> geos = Files.readAllLines(shared).stream().skip(1).map(l -> l.split(",")[0]).distinct().toList();
        assertThat(geos).contains("UKC-L", "UKM", "UKN", "XK").allMatch(reference.countries()::isKnown);
    }

    @Test
    void classificationIsAHierarchyUnderOneTotal() {
        OffenceClassification offences = reference.offences();
        assertThat(offences.total().code()).isEqualTo("CYB");
        assertThat(offences.groups()).extracting(Offence::code).containsExactly("CIA", "COMP", "CONT", "IP", "OTHER");
        assertThat(offences.children("CIA")).extracting(Offence::budapestArticle)
                .containsExactly("Art. 2", "Art. 3", "Art. 4", "Art. 5", "Art. 6");
        assertThat(offences.leaves()).allMatch(o -> offences.get(o.parent()).isGroup());
    }

    @Test
    void acceptsOnlyIccsCodesThatAreCybercrimeByDefinition() {
        OffenceClassification offences = reference.offences();
        assertThat(offences.recognise("ICCS0903")).isEqualTo(new InputOffence.Known(offences.get("CIA")));
        assertThat(offences.recognise("iccs09031")).isEqualTo(new InputOffence.Known(offences.get("CIA_ACCESS")));
        assertThat(offences.recognise("ICCS0701")).isEqualTo(new InputOffence.NotCybercrime("ICCS0701"));
        assertThat(offences.recognise("ICCS030221")).isEqualTo(new InputOffence.NotCybercrime("ICCS030221"));
        assertThat(offences.recognise("comp_fraud")).isEqualTo(new InputOffence.Known(offences.get("COMP_FRAUD")));
        assertThat(offences.recognise("HACKING")).isInstanceOf(InputOffence.Unknown.class);
    }

    @Test
    void everyShippedAlertPlatformProfileHasItsPlatformNamed() throws Exception {
        Path profiles = Path.of(System.getProperty("cyberstat.project.dir", ".."), "templates", "profiles");
        List<String> ids;
        try (var files = Files.list(profiles)) {
            ids = files.filter(f -> f.getFileName().toString().startsWith("alerts-"))
                    .map(f -> readPlatformId(f)).toList();
        }
        assertThat(ids).hasSize(3).allSatisfy(id -> assertThat(reference.platform(id)).as(id).isPresent());
        assertThat(reference.platforms().values()).allSatisfy(p -> {
            assertThat(reference.countries().isKnown(p.geo())).as(p.id()).isTrue();
            assertThat(p.name().en()).isNotBlank();
            assertThat(p.name().fr()).isNotBlank();
            assertThat(p.name().de()).isNotBlank();
        });
        assertThat(reference.platform("FR-PHAROS").orElseThrow().name().in(Language.DE)).isEqualTo("PHAROS");
        assertThat(reference.platform("XX-UNKNOWN")).isEmpty();
    }

    private static String readPlatformId(Path profile) {
        try {
            return Files.readAllLines(profile).stream().filter(l -> l.startsWith("platform:"))
                    .map(l -> l.substring("platform:".length()).strip()).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void populationIsMissingRatherThanZero() {
        assertThat(reference.population().populationOf("DE", 2020)).isPresent();
        assertThat(reference.population().populationOf("AL", 2010)).isEmpty();
    }

    @Test
    void flagsAreCanonicalAndUnite() {
        assertThat(Flags.parse("pb")).contains("bp");
        assertThat(Flags.parse("B p")).contains("bp");
        assertThat(Flags.parse("x")).isEmpty();
        assertThat(Flags.union("bp", "ep")).isEqualTo("bep");
        assertThat(reference.flagLabels()).containsKeys('b', 'c', 'd', 'e', 'p', 'u');
    }

    @Test
    void theFlagLettersAcceptedAreTheFlagsLabelled() {
        // Flags.KNOWN (what validation accepts) and flags.csv (what reports print) must list the same letters.
        assertThat(reference.flagLabels().keySet())
                .containsExactlyInAnyOrderElementsOf(Flags.KNOWN.chars().mapToObj(c -> (char) c).toList());
    }

    @Test
    void unknownFlagLettersAreThoseParseRejectsEachOnceAsWritten() {
        assertThat(Flags.unknownLetters("b, x; Y x")).isEqualTo("xY");
        assertThat(Flags.unknownLetters("B p,;")).isEmpty();
        assertThat(Flags.parse("B p,;")).contains("bp");
        assertThat(Flags.unknownLetters(null)).isEmpty();
    }
}
