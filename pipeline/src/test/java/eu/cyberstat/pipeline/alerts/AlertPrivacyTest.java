package eu.cyberstat.pipeline.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.cli.Cli;
import eu.cyberstat.ingest.text.TextFiles;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.warehousing.Warehouse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No URL, e-mail address, phone number or reporter name from the input reaches any file under
 * the warehouse, the work folder or the outputs, nor anything printed: every byte of every file
 * is searched, Parquet written uncompressed for the test so that its strings are plain bytes.
 */
class AlertPrivacyTest {

    private static final Path PROJECT = Path.of(System.getProperty("cyberstat.project.dir", ".."));
    private static final Pattern URL = Pattern.compile("(?i)(https?://[^\\s;,\"}]+)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final Pattern PHONE = Pattern.compile("\\+33 6 \\d\\d \\d\\d \\d\\d");
    private static final Pattern NAME = Pattern.compile("(?:Marie|Jean|Anna|Lukas|Sophie|Pieter|Élodie|Jürgen|Chloé|Daan|"
            + "Émilie|Noah|Zoë|François|Björn) (?:Martin|Müller|de Vries|Dubois|Schmidt|Jansen|Lefèvre|Fischer|Bakker|Moreau|"
            + "Weiß|Visser|Girard|Schäfer|Smit)");

    @TempDir
    Path dir;

    @Test
    void noUrlOrContactFieldFromTheInputIsStoredOrShown() throws IOException {
        SparkSession spark = TestSpark.session();
        String codec = spark.conf().get("spark.sql.parquet.compression.codec");
        spark.conf().set("spark.sql.parquet.compression.codec", "uncompressed");
        Path warehouse = dir.resolve("warehouse");
        Path work = dir.resolve("work");
        Path out = dir.resolve("out");
        Path config = dir.resolve("cyberstat.properties");
        Files.writeString(config, "warehouse.dir=" + warehouse + "\nwork.dir=" + work + "\n");
        StringBuilder printed = new StringBuilder();
        Set<String> secrets = new LinkedHashSet<>();
        try {
            String[][] samples = {
                {"fr-pharos-2022-2024.csv", "FR-PHAROS", "windows-1252"},
                {"de-meldestelle-2022-2024.csv.gz", "DE-MELDESTELLE", "UTF-8"},
                {"nl-meldpunt-2022-2024.jsonl", "NL-MELDPUNT", "UTF-8"},
            };
            for (String[] s : samples) {
                Path file = PROJECT.resolve("data-samples/alerts").resolve(s[0]);
                secrets.addAll(personalData(TextFiles.readString(file, java.nio.charset.Charset.forName(s[2]))));
                Cli cli = Cli.run("ingest-alerts", file.toString(), "--platform", s[1], "--config", config.toString(),
                        "--profile", PROJECT.resolve("templates/profiles/alerts-" + s[1].toLowerCase() + ".yaml").toString(),
                        "--warehouse-key");
                assertThat(cli.status()).as(cli.err()).isZero();
                printed.append(cli.out()).append(cli.err());
            }
            AlertMetricsJob.writeCsv(new AlertMetricsJob(spark, new WarehouseAlertTables(Warehouse.openOrCreate(warehouse)))
                    .figures(2024, null), out, 2024);
        } finally {
            spark.conf().set("spark.sql.parquet.compression.codec", codec);
        }
        assertThat(secrets).as("the samples do hold personal data").hasSizeGreaterThan(2000);
        List<Path> files = new ArrayList<>();
        for (Path root : new Path[] {warehouse, work, out}) {
            if (Files.exists(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                }
            }
        }
        assertThat(files).anySatisfy(f -> assertThat(f.toString()).endsWith(".parquet"));
        assertThat(files).anySatisfy(f -> assertThat(f.toString()).contains("alerts_quarantine"));
        // Each secret as the bytes UTF-8 and Windows-1252 would write it, searched in every file's bytes.
        Set<String> needles = new LinkedHashSet<>();
        for (String secret : secrets) {
            needles.add(new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
            needles.add(new String(secret.getBytes(java.nio.charset.Charset.forName("windows-1252")), StandardCharsets.ISO_8859_1));
        }
        BytePatterns patterns = new BytePatterns(needles);
        assertThat(patterns.findIn(new String(Files.readAllBytes(PROJECT.resolve("data-samples/alerts/fr-pharos-2022-2024.csv")),
                StandardCharsets.ISO_8859_1))).as("the search finds what is there").hasSizeGreaterThan(1000);
        for (Path f : files) {
            String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertThat(patterns.findIn(content)).as("personal data in %s", f).isEmpty();
        }
        for (String secret : secrets) {
            assertThat(printed.toString()).doesNotContain(secret);
        }
    }

    /** Rabin-Karp search for many strings at once (one rolling hash per distinct length). */
    static final class BytePatterns {
        private final java.util.Map<Integer, java.util.Map<Long, List<String>>> byLength = new java.util.TreeMap<>();

        BytePatterns(Set<String> patterns) {
            for (String p : patterns) {
                byLength.computeIfAbsent(p.length(), k -> new java.util.HashMap<>())
                        .computeIfAbsent(hash(p, 0, p.length()), k -> new ArrayList<>()).add(p);
            }
        }

        private static long hash(String s, int from, int to) {
            long h = 0;
            for (int i = from; i < to; i++) {
                h = h * 31 + s.charAt(i);
            }
            return h;
        }

        /** The patterns found in {@code text}. */
        List<String> findIn(String text) {
            List<String> found = new ArrayList<>();
            byLength.forEach((length, table) -> {
                if (text.length() < length) {
                    return;
                }
                long power = 1;
                for (int i = 1; i < length; i++) {
                    power *= 31;
                }
                long h = hash(text, 0, length);
                for (int i = 0; ; i++) {
                    List<String> candidates = table.get(h);
                    if (candidates != null) {
                        for (String c : candidates) {
                            if (text.startsWith(c, i)) {
                                found.add(c);
                            }
                        }
                    }
                    if (i + length >= text.length()) {
                        break;
                    }
                    h = (h - text.charAt(i) * power) * 31 + text.charAt(i + length);
                }
            });
            return found;
        }
    }

    /** Every URL (and its path), e-mail, phone number and name in an export's text. */
    private static Set<String> personalData(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (Pattern p : new Pattern[] {URL, EMAIL, PHONE, NAME}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String value = m.group();
                found.add(value);
                if (p == URL) {
                    String rest = value.replaceFirst("(?i)https?://[^/]+", "");
                    if (rest.length() >= 6) {
                        found.add(rest); // the page's path and query identify it as much as the whole URL
                    }
                }
            }
        }
        return found;
    }
}
