package eu.cyberstat.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.SettingsCatalogue;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The shipped cyberstat.properties is the whole settings catalogue: the pipeline's settings, then
 * the portal's; each portal key of the code is in it, and uncommented it gives the defaults.
 */
class SettingsSampleTest {

    private static final Path PROJECT = Path.of(System.getProperty("cyberstat.project.dir", ".."));

    static String wholeSample() {
        List<SettingsCatalogue.Entry> all = new ArrayList<>(SettingsCatalogue.ENTRIES);
        all.addAll(PortalSettings.ENTRIES);
        return SettingsCatalogue.sampleFile(all);
    }

    @Test
    void theShippedSampleIsTheWholeCatalogue() throws IOException {
        String shipped = Files.readString(PROJECT.resolve("cyberstat.properties"), StandardCharsets.UTF_8);
        if (!shipped.equals(wholeSample())) {
            Path expected = Path.of("target", "cyberstat.properties.expected");
            Files.writeString(expected, wholeSample(), StandardCharsets.UTF_8);
            assertThat(shipped).as("cyberstat.properties differs from the settings catalogue; the file it should "
                    + "be is " + expected.toAbsolutePath()).isEqualTo(wholeSample());
        }
    }

    @Test
    void everyPortalKeyIsInTheCatalogue() throws IllegalAccessException {
        Set<String> keys = new TreeSet<>();
        for (Field f : PortalSettings.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && !f.getName().endsWith("_DEFAULT")) {
                keys.add((String) f.get(null));
            }
        }
        assertThat(keys).hasSize(13).allSatisfy(k -> assertThat(k).startsWith("portal."));
        assertThat(PortalSettings.ENTRIES).extracting(SettingsCatalogue.Entry::key).containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void uncommentedThePortalsLinesGiveItsDefaults() throws IOException {
        String live = SettingsCatalogue.sampleFile(PortalSettings.ENTRIES).replaceAll("(?m)^#(portal\\.[\\w.\\-]* =)", "$1");
        Path file = Files.createTempFile("portal", ".properties");
        try {
            Files.writeString(file, live);
            assertThat(PortalSettings.from(Settings.load(file))).isEqualTo(PortalSettings.from(Settings.defaults()));
        } finally {
            Files.delete(file);
        }
    }
}
