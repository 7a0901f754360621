package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.figure.Observation;
import eu.cyberstat.pipeline.run.RunTestSupport;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.warehousing.PopulationImport;
import eu.cyberstat.warehousing.Submission;
import eu.cyberstat.warehousing.Warehouse;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPopulationCommandTest {

    private static final Pattern RUN_ID = Pattern.compile("Run (R2022-[0-9a-f]{12}):");
    private static final long AT_2022_SHIPPED = ReferenceData.shipped().population().populationOf("AT", 2022).orElseThrow();

    @TempDir
    Path dir;

    @Test
    void printsAReceiptAndTakesTheSameFileOnlyOnce() throws Exception {
        Path file = demoPjan(AT_2022_SHIPPED + 5000);
        Path warehouse = dir.resolve("warehouse");

        Cli first = Cli.run("import-population", file.toString(), "--warehouse", warehouse.toString());

        assertThat(first.status()).as(first.err()).isEqualTo(ExitCode.OK);
        assertThat(first.out()).containsPattern("Imported population: P\\d{8}T\\d{9}-[0-9a-f]{8}")
                .contains("(" + Files.size(file) + " bytes, Eurostat TSV)")
                .contains("sha256    " + DigestUtils.sha256Hex(Files.readAllBytes(file)))
                .contains("figures   2, total population on 1 January")
                .contains("geos      1: AT")
                .contains("years     2021–2022")
                .contains("skipped   1 row of geos cyberstat does not know (EA20)")
                .contains("skipped   1 row of another breakdown than age TOTAL, sex T, unit NR, annual (sex F)");
        List<PopulationImport> history = Warehouse.openOrCreate(warehouse).populationImports().history();
        assertThat(history).hasSize(1);

        Cli again = Cli.run("import-population", file.toString(), "--warehouse", warehouse.toString());

        assertThat(again.status()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).startsWith("Duplicate: this file (sha256 ").contains(history.get(0).id())
                .contains("nothing was written");
        assertThat(Warehouse.openOrCreate(warehouse).populationImports().history()).isEqualTo(history);
    }

    @Test
    void aFileThatIsNotDemoPjanIsAUsageErrorNamingLineAndField() throws Exception {
        Path file = Files.writeString(dir.resolve("crime.tsv"), "freq,iccs,unit,geo\\TIME_PERIOD\t2021 \nA,ICCS0903,NR,AT\t12 \n");

        Cli cli = Cli.run("import-population", file.toString(), "--warehouse", dir.resolve("warehouse").toString());

        assertThat(cli.status()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(cli.err()).contains(file + ", line 1, field age: ").doesNotContain("Exception");
        assertThat(Warehouse.openOrCreate(dir.resolve("warehouse")).populationImports().history()).isEmpty();
    }

    @Test
    void aRunAfterAnImportComputesRatesFromTheImportedPopulation() throws Exception {
        Path warehouse = dir.resolve("warehouse");
        List<Observation> rows = new ArrayList<>();
        for (int year = 2013; year <= 2022; year++) {
            rows.add(new Observation("AT", year, "CYB", "RECORDED", 1100L + 100L * (year - 2013), "", ""));
        }
        Submission submission = RunTestSupport.submit(TestSpark.session(), Warehouse.openOrCreate(warehouse), "at.csv", rows);
        Cli before = run(warehouse, "before");
        assertThat(rate(dir.resolve("before"))).isEqualTo(rate(2000, AT_2022_SHIPPED));

        long imported = AT_2022_SHIPPED + 123_457;
        Cli importing = Cli.run("import-population", demoPjan(imported).toString(), "--warehouse", warehouse.toString());
        assertThat(importing.status()).as(importing.err()).isEqualTo(ExitCode.OK);
        Cli after = run(warehouse, "after");

        assertThat(rate(dir.resolve("after"))).isEqualTo(rate(2000, imported)).isNotEqualTo(rate(2000, AT_2022_SHIPPED));
        assertThat(runId(after)).as("the population is an input of the run").isNotEqualTo(runId(before));

        Cli asOfBefore = run(warehouse, "as-of", "--as-of", submission.committedAt().toString());
        assertThat(rate(dir.resolve("as-of"))).as("as of before the import: the shipped population")
                .isEqualTo(rate(2000, AT_2022_SHIPPED));
        assertThat(runId(asOfBefore)).isEqualTo(runId(before));
    }

    private Cli run(Path warehouse, String out, String... more) {
        List<String> args = new ArrayList<>(List.of("run", "--year", "2022", "--warehouse", warehouse.toString(),
                "--out", dir.resolve(out).toString()));
        args.addAll(List.of(more));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertThat(cli.status()).as(cli.err()).isEqualTo(ExitCode.OK);
        return cli;
    }

    private static String runId(Cli cli) {
        Matcher m = RUN_ID.matcher(cli.out());
        assertThat(m.find()).as(cli.out()).isTrue();
        return m.group(1);
    }

    /** The rate per 100 000 as metrics-YYYY.csv writes it: two decimals, half up. */
    private static String rate(long value, long population) {
        return BigDecimal.valueOf(value * 100_000.0 / population).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** AT's rate of recorded cybercrime in 2022 as the run published it. */
    private static String rate(Path out) throws Exception {
        try (Reader r = Files.newBufferedReader(out.resolve("metrics-2022.csv"))) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (rec.get("geo").equals("AT") && rec.get("offence").equals("CYB")
                        && rec.get("indicator").equals("RECORDED") && rec.get("year").equals("2022")) {
                    return rec.get("rate_per_100k");
                }
            }
        }
        throw new AssertionError("No AT 2022 figure in " + out);
    }

    /** A demo_pjan TSV with AT's total population in 2022 (and, to be skipped, women and an aggregate). */
    private Path demoPjan(long at2022) throws Exception {
        return Files.writeString(dir.resolve("demo_pjan-" + at2022 + ".tsv"), "freq,unit,age,sex,geo\\TIME_PERIOD\t2021 \t2022 \n"
                + "A,NR,TOTAL,F,AT\t" + at2022 / 2 + " \t" + at2022 / 2 + " \n"
                + "A,NR,TOTAL,T,AT\t" + (at2022 - 1000) + " \t" + at2022 + " p\n"
                + "A,NR,TOTAL,T,EA20\t" + at2022 * 40 + " \t: \n");
    }
}
