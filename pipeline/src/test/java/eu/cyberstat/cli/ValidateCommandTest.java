package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.pipeline.run.RunTestSupport;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.warehousing.Warehouse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static final String HEADER = "country,year,offence,indicator,value,flags,note\n";

    @Test
    void acceptedFileExitsZeroWithASummaryAndItsWarnings() throws IOException {
        Path file = write("de.csv", HEADER + "DE,2020,CYB,RECORDED,100,,\nDE,2021,CYB,RECORDED,450,,\n"
                + "DE,2021,ICCS0701,RECORDED,3,,\n");
        assertThat(run("validate", file.toString(), "--country", "DE")).isEqualTo(0);
        assertThat(out.toString()).isEqualTo("""
                de.csv: accepted (project CSV, UTF-8): 2 figures accepted, 0 errors, 2 warnings
                Warnings:
                line 3, column value: W_YOY_JUMP The value 450 is 4.5 times the 2020 figure 100 (line 2 of this file). \
                Check the value; if it is right, a note saying why helps readers (flag b if the series breaks).
                line 4, column offence: W_SKIPPED_NON_CYBER 1 row was skipped: ICCS categories that are not \
                cybercrime by definition (ICCS0701); only ICCS0903 and its sub-categories are, the others only with the \
                cyber-related tag. First at line 4.
                """);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void rejectedFileExitsOneListingEveryError() throws IOException {
        Path file = write("fr.csv", HEADER + "GR,2020,CYB,RECORDED,1,,\nFR,2020,CYB,RECORDED,12.5,,\n");
        assertThat(run("validate", file.toString())).isEqualTo(1);
        assertThat(out.toString()).startsWith("fr.csv: rejected (project CSV, UTF-8): 0 figures accepted, 2 errors, "
                + "0 warnings\nErrors:\nline 2, column country: E_UNKNOWN_COUNTRY 'GR' is not a Eurostat geo code. "
                + "Greece is EL")
                .contains("\nline 3, column value: E_NOT_WHOLE '12.5' is not a whole number.");
    }

    @Test
    void jsonIsTheValidationReport() throws IOException {
        Path file = write("fr.csv", HEADER + "FR,2020,CYB,RECORDED,1,,\nDE,2020,CYB,RECORDED,1,,\n");
        assertThat(run("validate", file.toString(), "--country", "FR", "--json")).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("status").asText()).isEqualTo("rejected");
        assertThat(json.get("rows").asLong()).isZero();
        assertThat(json.get("errors")).hasSize(1);
        JsonNode issue = json.get("errors").get(0);
        assertThat(issue.get("line").asLong()).isEqualTo(3);
        assertThat(issue.get("column").asText()).isEqualTo("country");
        assertThat(issue.get("code").asText()).isEqualTo("E_COUNTRY_MISMATCH");
        assertThat(issue.get("message").asText()).startsWith("This figure is for DE");
        assertThat(issue.has("error")).isFalse();
        assertThat(json.get("warnings")).isEmpty();
    }

    @Test
    void theFormatCanBeForcedInEitherSpelling() throws IOException {
        Path file = write("crim.txt", "freq,iccs,unit,geo\\TIME_PERIOD\t2021 \nA,ICCS0903,NR,AT\t15089 \n");
        assertThat(run("validate", file.toString(), "--format", "eurostat-tsv", "--json")).isEqualTo(0);
        assertThat(out.toString()).contains("\"format\" : \"EUROSTAT_TSV\"", "\"rows\" : 1");
        assertThat(run("validate", file.toString(), "--format", "csv")).isEqualTo(2);
        assertThat(err.toString()).contains("'csv' is not a format; use one of project-csv, sdmx-csv-1, sdmx-csv-2, "
                + "eurostat-tsv, xlsx, profile");
    }

    @Test
    void unreadableInputsExitTwoWithASentenceNotAStackTrace() throws IOException {
        assertThat(run("validate", dir.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("cyberstat: File ").contains("missing.csv does not exist.")
                .doesNotContain("Exception", "\tat ");

        Path file = write("de.csv", HEADER + "DE,2020,CYB,RECORDED,1,,\n");
        err.getBuffer().setLength(0);
        assertThat(run("validate", file.toString(), "--country", "GR")).isEqualTo(2);
        assertThat(err.toString()).contains("'GR' is not the Eurostat geo code of a reporting country: "
                + "did you mean EL (Greece)?").doesNotContain("Usage:");

        Path profile = write("p.yaml", "profile: 1\nsource:\n  sepparator: x\n");
        err.getBuffer().setLength(0);
        assertThat(run("validate", file.toString(), "--profile", profile.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("p.yaml, line 3: 'sepparator' is not a setting here");

        err.getBuffer().setLength(0);
        assertThat(run("validate")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: 'FILE'");
    }

    @Test
    void comparesWithTheFiguresAlreadyInTheWarehouse() throws IOException {
        Path warehouse = dir.resolve("warehouse");
        Path first = write("de-2021.csv", HEADER + "DE,2021,CYB,RECORDED,100,,\n");
        List<Observation> figures = List.of(new Observation("DE", 2021, "CYB", "RECORDED", 100L, "", ""));
        RunTestSupport.submit(TestSpark.session(), Warehouse.openOrCreate(warehouse), "de-2021.csv", figures);

        Path next = write("de-2022.csv", HEADER + "DE,2022,CYB,RECORDED,900,,\n");
        assertThat(run("validate", next.toString(), "--warehouse", warehouse.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("line 2, column value: W_YOY_JUMP The value 900 is 9.0 times the 2021 "
                + "figure 100 (already in the warehouse).");
        out.getBuffer().setLength(0);
        assertThat(run("validate", next.toString(), "--warehouse", dir.resolve("none").toString())).isEqualTo(0);
        assertThat(out.toString()).contains("0 warnings");
    }

    @Test
    void validationLimitsComeFromTheSettingsFile() throws IOException {
        Path file = write("de.csv", HEADER + "DE,1985,CYB,RECORDED,1,,\n");
        Path config = write("cyberstat.properties", "validation.first-year = 1980\n");
        assertThat(run("validate", file.toString())).isEqualTo(1);
        assertThat(run("validate", file.toString(), "--config", config.toString())).isEqualTo(0);
        Path bad = write("bad.properties", "validation.jump-factor = 0.5\n");
        assertThat(run("validate", file.toString(), "--config", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid validation setting: validation.jump-factor must be more than 1");
    }

    @Test
    void aProblemRepeatedOnEveryRowIsSummarisedInTextAndListedInJson() throws IOException {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; i < 100; i++) {
            rows.append("BE,").append(2013 + i % 10).append(",").append(List.of("CYB", "CIA", "COMP", "CONT", "IP", "OTHER",
                    "CIA_ACCESS", "CIA_DATA", "CIA_SYSTEM", "COMP_FRAUD").get(i / 10)).append(",RECORDED,5,,\n");
        }
        Path file = write("be.csv", rows.toString());
        assertThat(run("validate", file.toString(), "--country", "LU")).isEqualTo(1);
        String text = out.toString();
        assertThat(text.lines().filter(l -> l.contains("E_COUNTRY_MISMATCH"))).hasSize(3);
        assertThat(text).contains("line 2, column country: E_COUNTRY_MISMATCH This figure is for BE")
                .contains("line 4, column country: E_COUNTRY_MISMATCH")
                .contains("\n  … and 97 more rows, lines 5–101\n");

        out.getBuffer().setLength(0);
        assertThat(run("validate", file.toString(), "--country", "LU", "--json")).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(out.toString()).get("errors")).hasSize(100);
    }
}
