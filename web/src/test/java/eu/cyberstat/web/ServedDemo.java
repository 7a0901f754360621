package eu.cyberstat.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.spark.SparkSessions;
import eu.cyberstat.web.account.DemoAccounts;
import eu.cyberstat.web.cli.Cyberstat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cyberstat serve --demo} exactly as a user starts it, on a small sample plan (Germany
 * through its national profile, France, and France's revision of 2021 and 2022), started once per
 * test JVM and left running: the browser tests use it as it is, and the other tests read its
 * warehouse and report set with portals of their own. The demo's annual run is what costs the
 * time (a Spark session and a report set); everything after it is fast.
 */
public final class ServedDemo {

    public static final Path PROJECT = Path.of(System.getProperty("cyberstat.project.dir", ".."));
    private static final Pattern LISTENING = Pattern.compile("cyberstat portal on (http://\\S+/) ");
    private static ServedDemo instance;

    public final Path dir;
    public final Path warehouse;
    public final Path reports;
    public final Path portalDir;
    public final String url;
    /** Demo account name to its password, as the passwords file gives them. */
    public final Map<String, String> passwords;
    public final String output;

    private ServedDemo(Path dir, String url, String output) {
        this.dir = dir;
        this.warehouse = dir.resolve("warehouse");
        this.reports = dir.resolve("out");
        this.portalDir = dir.resolve("portal");
        this.url = url;
        this.output = output;
        this.passwords = readPasswords(portalDir.resolve(DemoAccounts.FILE));
    }

    public static synchronized ServedDemo get() {
        if (instance == null) {
            try {
                instance = start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    private static ServedDemo start() throws IOException {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "served-demo");
        Path samples = Files.createDirectories(dir.resolve("samples"));
        List<String> files = List.of("national/de-pks-style.csv", "national/fr-2013-2022.csv",
                "national/revisions/fr-2021-2022-revision.csv");
        for (String f : files) {
            Files.createDirectories(samples.resolve(f).getParent());
            Files.copy(PROJECT.resolve("data-samples").resolve(f), samples.resolve(f));
        }
        Files.writeString(samples.resolve("demo-plan.csv"), String.join("\n",
                "kind,file,country,platform,profile,expect",
                "national,national/de-pks-style.csv,DE,,templates/profiles/de-pks.yaml,accepted",
                "national,national/fr-2013-2022.csv,FR,,,accepted",
                "national,national/revisions/fr-2021-2022-revision.csv,FR,,,accepted", ""));
        Path config = dir.resolve("cyberstat.properties");
        Files.writeString(config, String.join("\n",
                Settings.WAREHOUSE_DIR + " = " + dir.resolve("warehouse"),
                Settings.WORK_DIR + " = " + dir.resolve("work"),
                PortalSettings.DIR + " = " + dir.resolve("portal"),
                PortalSettings.REPORTS_DIR + " = " + dir.resolve("out"),
                PortalSettings.SECURE_COOKIES + " = false", ""), StandardCharsets.UTF_8);
        // The demo uses the JVM's Spark session when there is one: a small one for tests.
        SparkSessions.create(Settings.defaults().with(Settings.SPARK_MASTER, "local[2]")
                .with(Settings.SHUFFLE_PARTITIONS, 2).with(Settings.WORK_DIR, dir.resolve("work")), "web-tests");

        StringBuffer out = new StringBuffer();
        Writer sink = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                out.append(cbuf, off, len);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Thread serve = new Thread(() -> Cyberstat.run(new PrintWriter(sink, true), new PrintWriter(sink, true),
                "serve", "--demo", "--samples", samples.toString(), "--port", "0", "--config", config.toString()),
                "served-demo");
        serve.setDaemon(true);
        serve.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
        while (Instant.now().isBefore(deadline)) {
            Matcher m = LISTENING.matcher(out);
            if (m.find()) {
                return new ServedDemo(dir, m.group(1), out.toString());
            }
            assertThat(serve.isAlive()).as("serve --demo stopped before listening:\n" + out).isTrue();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("serve --demo did not start listening in time:\n" + out);
    }

    private static Map<String, String> readPasswords(Path file) {
        Map<String, String> map = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] parts = line.trim().split("\\s+");
                    map.put(parts[0], parts[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
