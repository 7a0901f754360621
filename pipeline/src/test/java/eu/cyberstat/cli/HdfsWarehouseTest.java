package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.ListSubmissions;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.run.RunOutputs;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.warehousing.MiniHdfs;
import eu.cyberstat.warehousing.SubmissionStore;
import eu.cyberstat.warehousing.Warehouse;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warehouse on a real HDFS (an in-process MiniDFSCluster on 127.0.0.1): national files, a
 * correction, an alert export and a population import go in through the command line; the annual
 * run reads them from HDFS with Spark; and what it publishes is byte for byte what the same run
 * publishes from a local copy of that warehouse, which shows both that the HDFS warehouse is a
 * valid warehouse and that reading it changes nothing. Nothing is left over, and nothing lands on
 * the local disk under the warehouse's path.
 */
class HdfsWarehouseTest {

    private static final Path PROJECT = Path.of(System.getProperty("cyberstat.home"));
    private static final Pattern SUBMISSION_ID = Pattern.compile("S\\d{8}T\\d{9}-[0-9a-f]{8}");

    @TempDir
    Path dir;

    @Test
    void theWarehouseOnHdfsTakesEveryInputAndRunsAsALocalOne() throws Exception {
        String folder = "/cyberstat-" + UUID.randomUUID().toString().substring(0, 8) + "/warehouse";
        String uri = MiniHdfs.uri() + folder;
        Path config = Files.writeString(dir.resolve("cyberstat.properties"), "warehouse.dir = " + uri + "\n"
                + "work.dir = " + dir.resolve("work") + "\n");

        Path fr = PROJECT.resolve("data-samples/national/fr-2013-2022.csv");
        Cli beforeAny = cli("validate", fr.toString(), "--country", "FR");
        accepted(beforeAny);
        assertThat(beforeAny.err()).as("the warehouse named but not there yet, as the user wrote it")
                .contains("No warehouse at " + uri + ": the figures are not compared with earlier years");
        Cli submitted = cli("submit", fr.toString(), "--country", "FR");
        accepted(submitted);
        String frId = firstSubmissionId(submitted.out());
        accepted(cli("submit", PROJECT.resolve("data-samples/national/at-bk-cybercrime.csv").toString(), "--country", "AT",
                "--profile", PROJECT.resolve("templates/profiles/at-bk.yaml").toString()));
        accepted(cli("submit", PROJECT.resolve("data-samples/national/revisions/fr-2021-2022-revision.csv").toString(),
                "--country", "FR", "--note", "corrected 2021-2022"));
        accepted(cli("ingest-alerts", PROJECT.resolve("data-samples/alerts/nl-meldpunt-2022-2024.jsonl").toString(),
                "--platform", "NL-MELDPUNT", "--profile", PROJECT.resolve("templates/profiles/alerts-nl-meldpunt.yaml").toString(),
                "--warehouse-key"));
        accepted(cli("import-population", demoPjan().toString()));

        // The same warehouse, copied to a local folder before the run.
        Path copy = dir.resolve("local-copy");
        try (FileSystem hdfs = FileSystem.newInstance(URI.create(MiniHdfs.uri()), new Configuration())) {
            hdfs.copyToLocalFile(false, new org.apache.hadoop.fs.Path(uri), new org.apache.hadoop.fs.Path(copy.toUri()), true);
        }
        assertThat(Warehouse.isWarehouse(copy)).isTrue();

        Cli onHdfs = cli("run", "--year", "2022", "--out", dir.resolve("out-hdfs").toString());
        accepted(onHdfs);
        Cli onLocal = Cli.run("run", "--year", "2022", "--warehouse", copy.toString(), "--out", dir.resolve("out-local").toString(),
                "--config", config.toString());
        accepted(onLocal);
        RunOutputs.assertSame(dir.resolve("out-local"), dir.resolve("out-hdfs"));

        Cli listed = cli("submissions");
        accepted(listed);
        assertThat(SUBMISSION_ID.matcher(listed.out()).results().count()).as(listed.out()).isEqualTo(3);
        Cli listedLocally = Cli.run("submissions", "--warehouse", copy.toString(), "--config", config.toString());
        assertThat(listed.out()).isEqualTo(listedLocally.out());

        // The raw file, read back from HDFS, is the one sent.
        Settings settings = Settings.load(config);
        try (Application app = Application.start(settings, "cyberstat HDFS test")) {
            assertThat(app.warehouseLocation().isLocal()).isFalse();
            assertThat(DigestUtils.sha256Hex(new ListSubmissions(app).rawBytes(frId)))
                    .isEqualTo(SubmissionStore.sha256(fr));
            assertThat(app.historyDir()).as("the run history is kept in the work folder").startsWith(dir.resolve("work"));
        }

        Cli check = cli("warehouse", "check");
        assertThat(check.status()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("Warehouse " + uri, "Leftovers: none.", "Damage: none.");

        // What an interrupted writer leaves on HDFS is found and cleaned as on a disk.
        try (FileSystem hdfs = FileSystem.newInstance(URI.create(MiniHdfs.uri()), new Configuration())) {
            hdfs.mkdirs(new org.apache.hadoop.fs.Path(uri + "/_staging/submission-interrupted/raw"));
            hdfs.create(new org.apache.hadoop.fs.Path(uri + "/tables/observations/_log/.00000000000000000004.json1234.tmp"))
                    .close();
            hdfs.mkdirs(new org.apache.hadoop.fs.Path(uri + "/submissions/S20990101T000000000-deadbeef/raw"));
        }
        Cli leftovers = cli("warehouse", "check");
        assertThat(leftovers.status()).as(leftovers.out()).isZero();
        assertThat(leftovers.out()).contains("Leftovers (no commit references them; readers never look at them): 3",
                uri + "/_staging/submission-interrupted  a write in progress",
                uri + "/tables/observations/_log/.00000000000000000004.json1234.tmp  a temporary file",
                uri + "/submissions/S20990101T000000000-deadbeef  a submission folder");
        Cli cleaned = cli("warehouse", "clean", "--older-than", "0s");
        accepted(cleaned);
        assertThat(cleaned.out()).contains("Removed 3 leftovers",
                "  " + uri + "/_staging/submission-interrupted  a write in progress",
                "  " + uri + "/submissions/S20990101T000000000-deadbeef  a submission folder");
        assertThat(cli("warehouse", "check").out()).contains("Leftovers: none.", "Damage: none.");
        accepted(cli("submissions"));
        assertThat(Path.of(folder.substring(0, folder.indexOf("/warehouse")))).as("nothing written on the local disk")
                .doesNotExist();
        assertThat(Path.of("hdfs:")).doesNotExist();
    }

    private Cli cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", dir.resolve("cyberstat.properties").toString()));
        return Cli.run(all.toArray(String[]::new));
    }

    private static void accepted(Cli cli) {
        assertThat(cli.status()).as(cli.out() + cli.err()).isZero();
    }

    private static String firstSubmissionId(String printed) {
        Matcher m = SUBMISSION_ID.matcher(printed);
        assertThat(m.find()).isTrue();
        return m.group();
    }

    /** A demo_pjan export that changes Austria's 2022 population. */
    private Path demoPjan() throws IOException {
        long at2022 = ReferenceData.shipped().population().populationOf("AT", 2022).orElseThrow() + 5000;
        return Files.writeString(dir.resolve("demo_pjan.tsv"), "freq,unit,age,sex,geo\\TIME_PERIOD\t2021 \t2022 \n"
                + "A,NR,TOTAL,F,AT\t" + at2022 / 2 + " \t" + at2022 / 2 + " \n"
                + "A,NR,TOTAL,T,AT\t" + (at2022 - 1000) + " \t" + at2022 + " p\n");
    }
}
