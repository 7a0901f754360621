package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only commands that write create a warehouse; reads of a missing one say so; a foreign folder is refused. */
class WarehouseFolderTest {

    @TempDir
    Path dir;

    private Path csv() throws Exception {
        Path f = dir.resolve("lu.csv");
        Files.writeString(f, "country,year,offence,indicator,value,flags,note\nLU,2022,CYB,RECORDED,5,,\n");
        return f;
    }

    @Test
    void aReadOfAMissingWarehouseSaysSoAndCreatesNothing() {
        Path typo = dir.resolve("warehuose");
        for (String[] read : new String[][] {
            {"submissions"},
            {"run", "--year", "2022", "--out", dir.resolve("out").toString()},
            {"alert-metrics", "--year", "2022", "--out", dir.resolve("out").toString()}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(read),
                    java.util.stream.Stream.of("--warehouse", typo.toString())).toArray(String[]::new);
            Cli cli = Cli.run(args);
            assertThat(cli.status()).as(String.join(" ", read)).isEqualTo(ExitCode.REJECTED);
            assertThat(cli.err()).as(String.join(" ", read))
                    .startsWith("cyberstat: There is no warehouse at " + typo + ": name the right one with --warehouse DIR")
                    .doesNotContain("Exception");
            assertThat(typo).as(read[0] + " must not create the warehouse").doesNotExist();
        }
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void validateSaysWhenTheWarehouseItWasGivenIsMissing() throws Exception {
        Path typo = dir.resolve("warehuose");
        Cli cli = Cli.run("validate", csv().toString(), "--warehouse", typo.toString());
        assertThat(cli.status()).isZero();
        assertThat(cli.err()).contains("No warehouse at " + typo + ": the figures are not compared with earlier years");
        assertThat(typo).doesNotExist();
    }

    @Test
    void aWriterCreatesTheWarehouseInANewOrEmptyFolderOnly() throws Exception {
        Path fresh = dir.resolve("new/warehouse");
        assertThat(Cli.run("submit", csv().toString(), "--warehouse", fresh.toString()).status()).isZero();
        assertThat(fresh.resolve("submissions")).isDirectory();
        assertThat(Cli.run("submissions", "--warehouse", fresh.toString()).out()).contains("lu.csv");
        // the deliveries still to chase for a year
        assertThat(Cli.run("submissions", "--year", "2022", "--warehouse", fresh.toString()).out()).contains("lu.csv")
                .contains("Member States with figures for 2022 in force: 1 of 27. None yet from: BE BG CZ DK DE EE IE "
                        + "EL ES FR HR IT CY LV LT HU MT NL AT PL PT RO SI SK FI SE.");
        assertThat(Cli.run("submissions", "--year", "2021", "--warehouse", fresh.toString()).out())
                .doesNotContain("lu.csv").contains("in force: 0 of 27.");

        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(Cli.run("submit", csv().toString(), "--warehouse", empty.toString()).status()).isZero();

        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.createDirectories(project.resolve("src"));
        Cli refused = Cli.run("submit", csv().toString(), "--warehouse", project.toString());
        assertThat(refused.status()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(refused.err()).contains(project + " is not a cyberstat warehouse: it holds other files (pom.xml, src)")
                .contains("Name a new or empty folder");
        assertThat(project.resolve("submissions")).doesNotExist();
        assertThat(project.resolve("_staging")).doesNotExist();
    }

    @Test
    void theFileSystemRootIsNotAWarehouse() throws Exception {
        Path config = dir.resolve("root.properties");
        Files.writeString(config, "warehouse.dir = /\n");
        Cli refused = Cli.run("submit", csv().toString(), "--config", config.toString());
        assertThat(refused.status()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(refused.err()).startsWith("cyberstat: / is not a cyberstat warehouse");
        assertThat(Path.of("/submissions")).doesNotExist();
        assertThat(Cli.run("submissions", "--warehouse", "/").err()).contains("/ is not a cyberstat warehouse");
    }
}
