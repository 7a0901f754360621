package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cyberstat warehouse check | clean} on a real submission and the leftovers of interrupted writes. */
class WarehouseCommandTest {

    @TempDir
    Path dir;

    private static final String CSV = "country,year,offence,indicator,value,flags,note\nLU,2022,CYB,RECORDED,120,,\n";

    @Test
    void checkListsLeftoversCleanRemovesThemAndDamageExitsOne() throws Exception {
        Path wh = warehouseWithASubmission();
        Cli clean = Cli.run("warehouse", "check", "--warehouse", wh.toString(), "--out", dir.resolve("out").toString());
        assertThat(clean.status()).as(clean.err()).isEqualTo(ExitCode.OK);
        assertThat(clean.out()).contains("Leftovers: none.", "Damage: none.");

        Files.createDirectories(wh.resolve("_staging/submission-S9/raw"));
        Files.writeString(wh.resolve("_staging/submission-S9/raw/x.csv"), "half");
        Files.createDirectories(dir.resolve(".out.partial-42"));
        Cli listed = Cli.run("warehouse", "check", "--warehouse", wh.toString(), "--out", dir.resolve("out").toString());
        assertThat(listed.status()).isEqualTo(ExitCode.OK);
        assertThat(listed.out()).contains("Leftovers (no commit references them; readers never look at them): 2",
                wh.toAbsolutePath().normalize().resolve("_staging/submission-S9") + "  a write in progress or interrupted, under _staging",
                dir.toAbsolutePath().normalize().resolve(".out.partial-42") + "  the outputs of a run that did not finish",
                "Damage: none.");

        Cli young = Cli.run("warehouse", "clean", "--warehouse", wh.toString(), "--out", dir.resolve("out").toString());
        assertThat(young.out()).contains("Removed 0 leftovers", "Kept 2 changed within the last 24 hours");
        Cli dry = Cli.run("warehouse", "clean", "--dry-run", "--older-than", "0s", "--warehouse", wh.toString(),
                "--out", dir.resolve("out").toString());
        assertThat(dry.out()).contains("Would remove 2 leftovers");
        assertThat(wh.resolve("_staging/submission-S9")).exists();
        Cli removed = Cli.run("warehouse", "clean", "--older-than", "0s", "--warehouse", wh.toString(),
                "--out", dir.resolve("out").toString());
        assertThat(removed.status()).isEqualTo(ExitCode.OK);
        assertThat(removed.out()).contains("Removed 2 leftovers");
        assertThat(wh.resolve("_staging/submission-S9")).doesNotExist();
        assertThat(dir.resolve(".out.partial-42")).doesNotExist();

        try (var folders = Files.list(wh.resolve("submissions"))) {
            Path submission = folders.filter(p -> p.getFileName().toString().startsWith("S")).findFirst().orElseThrow();
            Files.writeString(submission.resolve("raw/lu.csv"), CSV.replace("120", "121"));
        }
        Cli damaged = Cli.run("warehouse", "check", "--warehouse", wh.toString());
        assertThat(damaged.status()).isEqualTo(ExitCode.REJECTED);
        assertThat(damaged.out()).contains("Damage: 1", "lu.csv has changed since commit S");
        assertThat(damaged.err()).isEmpty();
    }

    @Test
    void aRunFolderOfTheHistoryLeftUnfinishedIsALeftoverCleanRemoves() throws Exception {
        Path wh = warehouseWithASubmission();
        Path runs = wh.resolve("_history/runs");
        Files.createDirectories(runs.resolve("3"));
        Files.writeString(runs.resolve("3/manifest.json"), "{}");
        Path unfinished = Files.createDirectories(runs.resolve(".4.partial-9f2d"));
        Files.writeString(unfinished.resolve("report-2022-en.pdf"), "half");
        Path replaced = Files.createDirectories(runs.resolve(".3.replaced-77aa"));

        Cli listed = Cli.run("warehouse", "check", "--warehouse", wh.toString());
        assertThat(listed.status()).as(listed.err()).isEqualTo(ExitCode.OK);
        assertThat(listed.out()).contains("Leftovers (no commit references them; readers never look at them): 2",
                unfinished.toAbsolutePath().normalize() + "  the outputs of a run that did not finish", "Damage: none.");
        assertThat(listed.out()).contains(replaced.toAbsolutePath().normalize().toString());

        Cli removed = Cli.run("warehouse", "clean", "--older-than", "0s", "--warehouse", wh.toString());
        assertThat(removed.out()).contains("Removed 2 leftovers");
        assertThat(unfinished).doesNotExist();
        assertThat(replaced).doesNotExist();
        assertThat(runs.resolve("3/manifest.json")).as("a kept run is never a leftover").exists();
    }

    /** A warehouse holding one accepted submission (Luxembourg, 2022). */
    private Path warehouseWithASubmission() throws Exception {
        Path wh = dir.resolve("wh");
        Path file = Files.writeString(dir.resolve("lu.csv"), CSV, StandardCharsets.UTF_8);
        assertThat(Cli.run("submit", file.toString(), "--country", "LU", "--warehouse", wh.toString()).status())
                .isEqualTo(ExitCode.OK);
        return wh;
    }

    @Test
    void aMistakenAgeOrAMissingWarehouseIsASentence() {
        Cli age = Cli.run("warehouse", "clean", "--older-than", "soon", "--warehouse", dir.resolve("wh").toString());
        assertThat(age.status()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(age.err()).contains("'soon' is not an age: write a number and s, m, h or d");
        Cli none = Cli.run("warehouse", "check", "--warehouse", dir.resolve("none").toString());
        assertThat(none.status()).isEqualTo(ExitCode.REJECTED);
        assertThat(none.err()).contains("There is no warehouse at").doesNotContain("Exception");
    }
}
