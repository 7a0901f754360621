package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.pipeline.spark.TestSpark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cyberstat submissions} shows the notes given with each submission's figures, safe for a terminal. */
class SubmissionsNotesTest {

    @TempDir
    Path dir;

    @Test
    void listsEachNoteWithItsYearsAndFiguresEscaped() throws Exception {
        TestSpark.session();
        Path warehouse = dir.resolve("wh");
        // A terminal escape that would clear the screen, and a right-to-left override that would reverse the text.
        String hostile = "=cmd|' /C calc'!A0 \u001B[2J\u202Eevil";
        Path file = dir.resolve("pt.csv");
        Files.writeString(file, "country,year,offence,indicator,value,flags,note\n"
                + "PT,2017,CYB,RECORDED,30000,,\n"
                + "PT,2018,CYB,RECORDED,38612,b,Break in series: new recording rules from 2018\n"
                + "PT,2018,CIA,RECORDED,8962,b,Break in series: new recording rules from 2018\n"
                + "PT,2019,CYB,RECORDED,40000,,\"" + hostile + "\"\n", StandardCharsets.UTF_8);
        Cli submitted = Cli.run("submit", file.toString(), "--country", "PT", "--warehouse", warehouse.toString());
        assertThat(submitted.status()).as(submitted.out() + submitted.err()).isZero();

        Cli listed = Cli.run("submissions", "--warehouse", warehouse.toString());
        assertThat(listed.status()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("    note (PT 2018, 2 figures): \"Break in series: new recording rules from 2018\"")
                .contains("    note (PT 2019, 1 figure): \"=cmd|' /C calc'!A0 \\u001B[2J\\u202Eevil\"")
                .doesNotContain("\u001B").doesNotContain("\u202E");
    }

    @Test
    void theNoteOfAWholeSubmissionIsKeptAndListedFirst() throws Exception {
        TestSpark.session();
        Path warehouse = dir.resolve("wh");
        Path file = dir.resolve("lu.csv");
        Files.writeString(file, "country,year,offence,indicator,value,flags,note\nLU,2021,CYB,RECORDED,120,,\n"
                + "LU,2022,CYB,RECORDED,130,,Provisional\n", StandardCharsets.UTF_8);
        Cli submitted = Cli.run("submit", file.toString(), "--country", "LU", "--note",
                "Revised after the 2023 audit\u001B[2J", "--warehouse", warehouse.toString());
        assertThat(submitted.status()).as(submitted.out() + submitted.err()).isZero();

        Cli listed = Cli.run("submissions", "--warehouse", warehouse.toString());
        assertThat(listed.out()).contains("    note (LU 2021–2022, 2 figures): \"Revised after the 2023 audit\\u001B[2J\"\n"
                + "    note (LU 2022, 1 figure): \"Provisional\"");

        Cli tooLong = Cli.run("submit", file.toString(), "--country", "LU", "--note", "x".repeat(4001),
                "--warehouse", warehouse.toString());
        assertThat(tooLong.status()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(tooLong.err()).contains("The note has 4001 characters, more than the 4000 a submission's note may have.");
    }
}
