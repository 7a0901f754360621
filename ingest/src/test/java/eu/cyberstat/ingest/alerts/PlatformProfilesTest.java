package eu.cyberstat.ingest.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.cyberstat.failure.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformProfilesTest {

    static final Path PROFILES = Path.of(System.getProperty("cyberstat.project.dir", ".."), "templates", "profiles");

    @TempDir
    Path dir;

    @Test
    void everyShippedProfileLoads() throws IOException {
        try (Stream<Path> files = Files.list(PROFILES)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("alerts-"))
                    .map(PlatformProfiles::load).map(PlatformProfile::platform))
                    .contains("FR-PHAROS", "DE-MELDESTELLE", "NL-MELDPUNT");
        }
        PlatformProfile fr = PlatformProfiles.load(PROFILES.resolve("alerts-fr-pharos.yaml"));
        assertThat(fr.charset().name()).isEqualTo("windows-1252");
        assertThat(fr.separator()).isEqualTo(';');
        assertThat(fr.categories()).containsEntry("Pédopornographie", "CONT_CSAM");
        assertThat(fr.statuses()).containsEntry("Transmis police", AlertStatus.FORWARDED_LE);
    }

    @Test
    void namesEveryMistakeWithItsKey() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                platform: "FR PHAROS"
                format: xml
                timeZone: Europe/Pariss
                timeFormats: ["dd/MM/yyyy {HH}"]
                fields:
                  alertId: numero
                  receivedAt: courriel
                  colour: x
                personalFields: [courriel]
                categories:
                  Escroquerie: FRAUD
                  Hameçonnage:
                statuses:
                  Transmis: police
                countries:
                  Grèce: GRC
                """);
        assertThatThrownBy(() -> PlatformProfiles.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("platform must be an id")
                .hasMessageContaining("format must be csv or jsonl")
                .hasMessageContaining("timeZone 'Europe/Pariss'")
                .hasMessageContaining("timeFormats 'dd/MM/yyyy {HH}'")
                .hasMessageContaining("fields.receivedAt 'courriel' is listed in personalFields")
                .hasMessageContaining("fields.colour is not a field")
                .hasMessageContaining("fields.category is required")
                .hasMessageContaining("categories.Escroquerie 'FRAUD' is not an offence code")
                .hasMessageContaining("statuses.Transmis 'police' is not one of")
                .hasMessageContaining("countries.Grèce 'GRC'")
                .hasMessageContaining("categories.Hameçonnage has no offence code")
                .satisfies(e -> assertThat(e.getMessage().lines().toList())
                        .first().isEqualTo("Platform profile " + file + " is not valid:"))
                .satisfies(e -> assertThat(e.getMessage().lines().filter(l -> l.startsWith("  ")).count())
                        .as("one problem a line").isEqualTo(12));
    }

    @Test
    void yamlSyntaxErrorsNameTheLine() throws IOException {
        Path file = dir.resolve("syntax.yaml");
        Files.writeString(file, "platform: X\nfields: [a\n");
        assertThatThrownBy(() -> PlatformProfiles.load(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("line");
        Path unknown = dir.resolve("unknown.yaml");
        Files.writeString(unknown, "platform: X\nplatfrom: Y\n");
        assertThatThrownBy(() -> PlatformProfiles.load(unknown)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 2").hasMessageContaining("platfrom");
    }
}
