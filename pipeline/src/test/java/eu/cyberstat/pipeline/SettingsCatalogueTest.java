package eu.cyberstat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.ingest.validation.ValidationSettings;
import eu.cyberstat.pipeline.alerts.AlertSettings;
import eu.cyberstat.pipeline.metrics.MetricsConfig;
import eu.cyberstat.pipeline.report.ReportStep;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sample cyberstat.properties lists every setting the code reads, at its default. */
class SettingsCatalogueTest {

    private static final Path PROJECT = Path.of(System.getProperty("cyberstat.project.dir", ".."));
    private static final Pattern KEY_CONSTANT = Pattern.compile(
            "static final String \\w+ = \"((?:warehouse|work|spark|metrics|report|alerts|validation|history|schedule|inbox|mail)\\.[a-z.\\-]+)\"");

    /** The portal's settings follow these in the shipped file: the web module checks the whole of it. */
    @Test
    void theShippedSampleBeginsWithTheCatalogue() throws IOException {
        String shipped = Files.readString(PROJECT.resolve("cyberstat.properties"), StandardCharsets.UTF_8);
        if (!shipped.startsWith(SettingsCatalogue.sampleFile())) {
            Path expected = Path.of("target", "cyberstat.properties.expected");
            Files.writeString(expected, SettingsCatalogue.sampleFile(), StandardCharsets.UTF_8);
            assertThat(shipped).as("cyberstat.properties differs from the settings catalogue; the file it should "
                    + "begin with is " + expected.toAbsolutePath()).startsWith(SettingsCatalogue.sampleFile());
        }
    }

    @Test
    void everySettingKeyInTheCodeIsInTheCatalogue() throws IOException {
        Set<String> inCode = new TreeSet<>();
        for (String module : List.of("ingest", "reports", "pipeline")) {
            try (Stream<Path> files = Files.walk(PROJECT.resolve(module).resolve("src/main/java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY_CONSTANT.matcher(Files.readString(f));
                    while (m.find()) {
                        if (!m.group(1).matches(".*\\.(json|csv|ftl|yaml|properties)")) { // file names, not keys
                            inCode.add(m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(inCode).hasSizeGreaterThan(15);
        assertThat(SettingsCatalogue.ENTRIES).extracting(SettingsCatalogue.Entry::key)
                .containsExactlyInAnyOrderElementsOf(inCode);
    }

    @Test
    void uncommentedTheSampleGivesTheDefaults() throws IOException {
        // Every line "#key = value" made live must read back as the settings' defaults.
        String live = SettingsCatalogue.sampleFile().replaceAll("(?m)^#([a-z][\\w.\\-]* =)", "$1");
        Properties p = new Properties();
        try (Reader r = new java.io.StringReader(live)) {
            p.load(r);
        }
        assertThat(p.stringPropertyNames()).hasSize(SettingsCatalogue.ENTRIES.size());
        Path file = Files.createTempFile("cyberstat", ".properties");
        try {
            Files.writeString(file, live);
            Settings settings = Settings.load(file);
            assertThat(settings.warehouseDir()).isEqualTo(Settings.defaults().warehouseDir());
            assertThat(settings.workDir()).isEqualTo(Settings.defaults().workDir());
            assertThat(settings.sparkSettings()).containsExactly(java.util.Map.entry(Settings.SPARK_MASTER,
                    Settings.SPARK_MASTER_DEFAULT));
            assertThat(ValidationSettings.from(settings::get)).isEqualTo(ValidationSettings.defaults());
            assertThat(MetricsConfig.from(settings, 2022, null)).isEqualTo(MetricsConfig.of(2022));
            assertThat(ReportStep.templatesDir(settings)).isEqualTo(ReportStep.templatesDir(Settings.defaults()));
            assertThat(settings.get(AlertSettings.HMAC_KEY)).isEmpty();
        } finally {
            Files.delete(file);
        }
    }
}
