package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the fault-finding of issue 14 fed the command line: an empty file, an as-of outside any
 * calendar or empty, an alert export cut short. Each gets a sentence and the documented exit
 * status, never an internal error.
 */
class HostileCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsRejectedAsEmptyNotAnInternalError() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        Cli cli = Cli.run("validate", empty.toString());
        assertThat(cli.err()).doesNotContain("internal error").doesNotContain("Exception");
        assertThat(cli.status()).isEqualTo(ExitCode.REJECTED);
        assertThat(cli.out()).contains("empty.csv: rejected").contains("E_EMPTY_FILE")
                .contains("The file is empty: it has no header and no figures.");
    }

    @Test
    void anEmptySubmissionIsKeptLikeEveryRejectedFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        Path warehouse = dir.resolve("warehouse");
        Cli cli = Cli.run("submit", empty.toString(), "--warehouse", warehouse.toString());
        assertThat(cli.err()).doesNotContain("internal error");
        assertThat(cli.status()).isEqualTo(ExitCode.REJECTED);
        assertThat(cli.out()).contains("E_EMPTY_FILE").contains("Rejected: nothing was loaded. The file is kept as ");

        Path rejected = warehouse.resolve("submissions/rejected");
        List<Path> kept;
        try (Stream<Path> files = Files.walk(rejected)) {
            kept = files.filter(Files::isRegularFile).toList();
        }
        assertThat(kept).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("empty.xlsx",
                "validation.json", "rejection.properties"); // whom it was for and when, for the feedback sheet
        Path raw = kept.stream().filter(p -> p.getFileName().toString().equals("empty.xlsx")).findFirst().orElseThrow();
        assertThat(raw).isEmptyFile();
        assertThat(Files.readString(raw.resolveSibling("../validation.json").normalize())).contains("E_EMPTY_FILE");

        // The same empty file again is kept once, not twice.
        Cli again = Cli.run("submit", empty.toString(), "--warehouse", warehouse.toString());
        assertThat(again.status()).isEqualTo(ExitCode.REJECTED);
        try (Stream<Path> files = Files.list(rejected)) {
            assertThat(files.count()).isEqualTo(1);
        }
    }

    @Test
    void anAsOfOutsideTheCalendarOrEmptyIsRefusedByEveryCommandThatTakesIt() {
        String warehouse = dir.resolve("no-warehouse").toString();
        String out = dir.resolve("out").toString();
        for (String[] command : new String[][] {
            {"run", "--year", "2022", "--out", out}, {"submissions"}, {"alert-metrics", "--year", "2022", "--out", out}}) {
            for (String asOf : new String[] {"+999999999-12-31", ""}) {
                String[] args = Stream.concat(Stream.of(command), Stream.of("--as-of", asOf, "--warehouse", warehouse))
                        .toArray(String[]::new);
                Cli cli = Cli.run(args);
                String what = command[0] + " --as-of '" + asOf + "'";
                assertThat(cli.status()).as(what).isEqualTo(ExitCode.USAGE_OR_IO);
                assertThat(cli.err()).as(what).startsWith("cyberstat: --as-of ").doesNotContain("internal error")
                        .contains(asOf.isEmpty() ? "--as-of is empty" : "is outside the years 0001 to 9999");
            }
        }
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aGzipAlertExportCutShortSaysWhichFileAndLineNotSparksStackTrace() throws Exception {
        Path project = Path.of(System.getProperty("cyberstat.project.dir", ".."));
        byte[] whole = Files.readAllBytes(project.resolve("data-samples/alerts/de-meldestelle-2022-2024.csv.gz"));
        Path cut = Files.write(dir.resolve("cut.csv.gz"), java.util.Arrays.copyOf(whole, 20_000));
        Path config = Files.writeString(dir.resolve("cyberstat.properties"), "warehouse.dir=" + dir.resolve("wh")
                + "\nwork.dir=" + dir.resolve("work") + "\nalerts.hmac.key=" + "k".repeat(40) + "\n");

        Cli cli = Cli.run("ingest-alerts", cut.toString(), "--platform", "DE-MELDESTELLE", "--profile",
                project.resolve("templates/profiles/alerts-de-meldestelle.yaml").toString(), "--config", config.toString());

        assertThat(cli.status()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(cli.err()).matches("(?s)cyberstat: Alert export cut\\.csv\\.gz cannot be read after line \\d+: the data "
                + "ends early: the file was cut short \\(copy it again\\)\\. Nothing of it was ingested\\.\\s*")
                .doesNotContain("SparkException").doesNotContain("internal error");
        assertThat(Cli.run("alert-metrics", "--year", "2022", "--config", config.toString(), "--out",
                dir.resolve("out").toString()).out()).contains(": 0 alert figures for 2022");
    }

    @Test
    void aStagingFolderOnAnotherDeviceIsASentenceAndTheWarehouseStaysUsable() throws Exception {
        Path other = Path.of("/dev/shm");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(other)
                        && !Files.getFileStore(other).equals(Files.getFileStore(dir)),
                "skipped: no writable /dev/shm on another device than the test folder");
        Path wh = dir.resolve("wh");
        Path csv = Files.writeString(dir.resolve("lu.csv"),
                "country,year,offence,indicator,value,flags,note\nLU,2022,CYB,RECORDED,120,,\n");
        Path elsewhere = Files.createTempDirectory(other, "cyberstat-staging");
        try {
            Files.createDirectories(wh.resolve("submissions"));
            Files.createSymbolicLink(wh.resolve("_staging"), elsewhere);
            Cli refused = Cli.run("submit", csv.toString(), "--country", "LU", "--warehouse", wh.toString());
            assertThat(refused.status()).isEqualTo(ExitCode.USAGE_OR_IO);
            assertThat(refused.err()).contains(" in one atomic rename: what was written aside is on another device (")
                    .contains("Keep the warehouse, its _staging folder and the output folder's parent each on one local disk")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(Cli.run("warehouse", "check", "--warehouse", wh.toString()).out())
                    .contains("_staging is a symbolic link to " + elsewhere);

            Files.delete(wh.resolve("_staging"));
            Cli accepted = Cli.run("submit", csv.toString(), "--country", "LU", "--warehouse", wh.toString());
            assertThat(accepted.status()).as(accepted.err()).isEqualTo(ExitCode.OK);
        } finally {
            eu.cyberstat.warehousing.AtomicFiles.deleteTree(elsewhere);
        }
    }
}
