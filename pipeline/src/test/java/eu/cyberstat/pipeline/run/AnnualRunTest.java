package eu.cyberstat.pipeline.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.failure.NotFoundException;
import eu.cyberstat.figure.Figure;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.pipeline.metrics.MetricColumns;
import eu.cyberstat.pipeline.metrics.MetricsConfig;
import eu.cyberstat.pipeline.metrics.MetricsFixture;
import eu.cyberstat.pipeline.progress.Progress;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.warehousing.Warehouse;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnualRunTest {

    private static final ReferenceData REFERENCE = ReferenceData.shipped();

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static Warehouse warehouse;
    private static RunResult first;
    private static Instant beforeRevision;

    /** Two submissions of the test figures, one run for 2022. */
    @BeforeAll
    static void runOnce() throws Exception {
        spark = TestSpark.session();
        warehouse = Warehouse.openOrCreate(dir.resolve("warehouse"));
        List<Observation> all = MetricsFixture.observations();
        RunTestSupport.submit(spark, warehouse, "first-half.csv",
                all.stream().filter(o -> o.geo().compareTo("DE") < 0).toList());
        RunTestSupport.submit(spark, warehouse, "second-half.csv",
                all.stream().filter(o -> o.geo().compareTo("DE") >= 0).toList());
        Thread.sleep(5);
        beforeRevision = Instant.now();
        Thread.sleep(5);
        first = run(dir.resolve("out1"), null);
    }

    private static RunResult run(Path out, Instant asOf) {
        return new AnnualRun(spark, warehouse, REFERENCE, REFERENCE.population(), List.of())
                .run(new RunRequest(MetricsConfig.of(2022), asOf, out));
    }

    @Test
    void writesTheFourFilesAndRecordsThemInTheManifest() throws Exception {
        Path out = dir.resolve("out1");
        for (String f : List.of("metrics-2022.csv", "sdmx-2022.csv", "key-findings-2022.json", "manifest.json")) {
            assertThat(out.resolve(f)).isRegularFile();
        }
        RunManifest m = first.manifest();
        assertThat(m.runId()).matches("R2022-[0-9a-f]{12}");
        assertThat(m.outputs()).extracting(OutputFile::name)
                .containsExactly("metrics-2022.csv", "sdmx-2022.csv", "key-findings-2022.json");
        for (OutputFile f : m.outputs()) {
            assertThat(f.sha256()).isEqualTo(OutputFile.describe(out, f.name(), null).sha256());
        }
        assertThat(m.inputs()).extracting(RunManifest.Input::file).containsExactly("first-half.csv", "second-half.csv");
        long aggregateRows = 10;
        long outsideWindow = 1;
        assertThat(m.inputs().stream().mapToLong(RunManifest.Input::rowsInForce).sum())
                .isEqualTo(MetricsFixture.observations().size());
        assertThat(m.inputs().stream().mapToLong(RunManifest.Input::rowsRead).sum())
                .isEqualTo(MetricsFixture.observations().size() - outsideWindow);
        assertThat(m.inputs().stream().mapToLong(RunManifest.Input::rowsRejected).sum()).isEqualTo(aggregateRows);
        assertThat(m.panels()).filteredOn(p -> p.offence().equals("CYB") && p.indicator().equals("RECORDED"))
                .singleElement().satisfies(p -> assertThat(p.countries()).containsExactly("AT", "CY", "DE", "DK", "LU"));
        assertThat(m.dataVintage()).isBefore(beforeRevision);
        assertThat(m.timings()).extracting(RunManifest.StageTiming::stage)
                .contains("read", "derive groups", "metrics", "warehouse", "files");
        assertThat(m.warnings()).extracting(RunManifest.Warning::code).contains("W_PARENT_MISMATCH", "W_NO_POPULATION");

        JsonNode json = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
        assertThat(json.get("runId").asText()).isEqualTo(m.runId());
        assertThat(json.get("inputs").get(0).get("sha256").asText()).hasSize(64);
        assertThat(json.get("sparkVersion").asText()).isEqualTo(spark.version());
    }

    @Test
    void theCsvHoldsThePublishedFiguresRowForRow() throws Exception {
        List<CSVRecord> rows = csv(dir.resolve("out1/metrics-2022.csv"));
        assertThat(rows.get(0).toList()).startsWith("geo", "offence", "iccs", "indicator", "year", "value",
                "rate_per_100k", "yoy_abs", "yoy_pct", "cagr_5y", "ma_3y", "index", "share_of_total", "rank", "flags",
                "countries_covered", "population_covered_pct");
        assertThat(rows).hasSize(first.published().size() + 1);
        assertThat(rows.get(1).get("geo")).isEqualTo("EU27_2020");
        for (int i = 0; i < first.published().size(); i++) {
            Figure f = first.published().get(i);
            CSVRecord r = rows.get(i + 1);
            assertThat(r.get("geo") + r.get("offence") + r.get("indicator") + r.get("year"))
                    .isEqualTo(f.geo() + f.offence() + f.indicator() + f.year());
            assertThat(r.get("value")).isEqualTo(f.value() == null ? "" : f.value().toString());
            assertThat(r.get("rate_per_100k")).isEqualTo(f.ratePer100k() == null ? ""
                    : String.format(java.util.Locale.ROOT, "%.2f", f.ratePer100k()));
            assertThat(r.get("flags")).isEqualTo(f.flags());
        }
        CSVRecord dk2020 = find(rows, r -> r.get("geo").equals("DK") && r.get("offence").equals("CYB")
                && r.get("year").equals("2020"));
        assertThat(dk2020.get("value")).isEmpty();
        assertThat(dk2020.get("rate_per_100k")).isEmpty();
        assertThat(dk2020.get("flags")).isEqualTo("c");
        CSVRecord at2022 = find(rows, r -> r.get("geo").equals("AT") && r.get("offence").equals("CYB")
                && r.get("year").equals("2022") && r.get("indicator").equals("RECORDED"));
        assertThat(at2022.get("iccs")).isEmpty();
        assertThat(at2022.get("index")).isEqualTo("200.00");
        assertThat(find(rows, r -> r.get("offence").equals("CIA")).get("iccs")).isEqualTo("ICCS0903");
        assertThat(Files.readString(dir.resolve("out1/metrics-2022.csv"))).doesNotContain("\r").doesNotContain("E+")
                .doesNotContain("NaN");
    }

    @Test
    void sdmxHasEveryFigureAndHidesConfidentialValues() throws Exception {
        List<CSVRecord> rows = csv(dir.resolve("out1/sdmx-2022.csv"));
        assertThat(rows.get(0).toList()).containsExactly("STRUCTURE", "STRUCTURE_ID", "ACTION", "FREQ", "GEO", "OFFENCE",
                "INDICATOR", "UNIT", "TIME_PERIOD", "OBS_VALUE", "OBS_FLAG", "CONF_STATUS");
        List<CSVRecord> dk2020 = rows.stream().skip(1).filter(r -> r.get("GEO").equals("DK")
                && r.get("OFFENCE").equals("CYB") && r.get("TIME_PERIOD").equals("2020")).toList();
        assertThat(dk2020).singleElement().satisfies(r -> {
            assertThat(r.get("UNIT")).isEqualTo("NR");
            assertThat(r.get("OBS_VALUE")).isEmpty();
            assertThat(r.get("CONF_STATUS")).isEqualTo("C");
            assertThat(r.get("OBS_FLAG")).isEmpty();
        });
        List<CSVRecord> at2022 = rows.stream().skip(1).filter(r -> r.get("GEO").equals("AT")
                && r.get("OFFENCE").equals("CYB") && r.get("INDICATOR").equals("RECORDED")
                && r.get("TIME_PERIOD").equals("2022")).toList();
        Map<String, String> byUnit = new java.util.HashMap<>();
        at2022.forEach(r -> byUnit.put(r.get("UNIT"), r.get("OBS_VALUE")));
        String rate = java.math.BigDecimal.valueOf(2000 * 100000.0 / REFERENCE.population().populationOf("AT", 2022)
                .orElseThrow()).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        assertThat(byUnit).containsEntry("NR", "2000").containsEntry("P_HTHAB", rate)
                .containsEntry("PCH_PRE", "11.11").containsEntry("I13", "200.00").containsEntry("PC_TOT", "100.00");
        assertThat(rows.stream().skip(1)).allSatisfy(r -> {
            assertThat(r.get("STRUCTURE")).isEqualTo("dataflow");
            assertThat(r.get("STRUCTURE_ID")).isEqualTo(SdmxCsv.STRUCTURE_ID);
            assertThat(r.get("FREQ")).isEqualTo("A");
        });
        assertThat(rows.stream().skip(1).filter(r -> r.get("UNIT").equals("NR")).count())
                .isEqualTo(first.published().size());
    }

    @Test
    void thePublishedRunReadsBackAsTheRunResult() {
        RunResult again = PublishedRun.read(dir.resolve("out1"), 2022);
        assertThat(again.published()).isEqualTo(first.published());
        assertThat(again.keyFindings()).isEqualTo(first.keyFindings());
        assertThat(again.provenance()).isEqualTo(first.provenance());
        assertThat(again.manifest()).isEqualTo(first.manifest());
        assertThatThrownBy(() -> PublishedRun.read(dir.resolve("out1"), 2021)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("describes the run for 2022, not 2021");
    }

    @Test
    void keyFindingsFileReadsBackAsTheFindings() throws Exception {
        try (InputStream in = Files.newInputStream(dir.resolve("out1/key-findings-2022.json"))) {
            assertThat(KeyFindingsJson.read(in)).isEqualTo(first.keyFindings());
        }
        assertThat(first.keyFindings()).isNotEmpty();
        assertThat(first.keyFindings().get(0).kind()).isEqualTo("EU_TOTAL_TREND");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void asOfAPastInstantIgnoresLaterSubmissionsAndRerunsAreByteIdentical() throws Exception {
        Warehouse revised = Warehouse.openOrCreate(dir.resolve("warehouse"));
        RunTestSupport.submit(spark, revised, "at-revision.csv",
                List.of(new Observation("AT", 2022, "CYB", "RECORDED", 2500L, "p", "revised")));
        RunResult latest = run(dir.resolve("out-latest"), null);
        RunResult past = run(dir.resolve("out-past"), beforeRevision);

        assertThat(latest.manifest().runId()).isNotEqualTo(first.manifest().runId());
        assertThat(value(latest, "AT", 2022)).isEqualTo(2500L);
        assertThat(past.manifest().runId()).isEqualTo(first.manifest().runId());
        assertThat(value(past, "AT", 2022)).isEqualTo(2000L);
        for (String f : List.of("metrics-2022.csv", "sdmx-2022.csv", "key-findings-2022.json")) {
            assertThat(Files.readAllBytes(dir.resolve("out-past").resolve(f)))
                    .as(f).isEqualTo(Files.readAllBytes(dir.resolve("out1").resolve(f)));
        }
        assertThat(past.manifest().asOfRequested()).isEqualTo(beforeRevision);
        assertThat(past.manifest().inputs()).hasSize(2);
        assertThat(past.provenance()).isEqualTo(first.provenance());

        // Three runs for 2022, one partition: the last run's figures, never a second copy.
        Dataset<Row> table = warehouse.metrics(MetricColumns.tableSchema()).read(spark, (Instant) null);
        assertThat(table.count()).isEqualTo(past.published().size());
        assertThat(table.filter(table.col("geo").equalTo("AT").and(table.col("offence").equalTo("CYB"))
                .and(table.col("indicator").equalTo("RECORDED")).and(table.col("year").equalTo(2022)))
                .select("value").first().getLong(0)).isEqualTo(2000L);
    }

    @Test
    void anEmptyWarehouseIsAClearError() {
        Warehouse empty = Warehouse.openOrCreate(dir.resolve("empty"));
        assertThatThrownBy(() -> new AnnualRun(spark, empty, REFERENCE, REFERENCE.population(), List.of())
                .run(new RunRequest(MetricsConfig.of(2022), null, dir.resolve("out-empty"))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("holds no accepted national statistics");
    }

    private static Long value(RunResult r, String geo, int year) {
        return r.published().stream()
                .filter(f -> f.geo().equals(geo) && f.year() == year && f.offence().equals("CYB")
                        && f.indicator().equals("RECORDED"))
                .findFirst().orElseThrow().value();
    }

    /** The records of a CSV file, read by header name; element 0 is a record of the header itself. */
    private static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file)) {
            List<CSVRecord> all = new ArrayList<>();
            var parser = CSVFormat.RFC4180.builder().setHeader().get().parse(r);
            List<String> header = parser.getHeaderNames();
            try (Reader h = new java.io.StringReader(String.join(",", header))) {
                all.add(CSVFormat.RFC4180.parse(h).getRecords().get(0));
            }
            all.addAll(parser.getRecords());
            return all;
        }
    }

    private static CSVRecord find(List<CSVRecord> rows, Predicate<CSVRecord> p) {
        return rows.stream().skip(1).filter(p).findFirst().orElseThrow();
    }

    @Test
    void tellsItsProgressStageByStage() {
        List<String> stages = new ArrayList<>();
        new AnnualRun(spark, warehouse, REFERENCE, REFERENCE.population(), List.of())
                .run(new RunRequest(MetricsConfig.of(2022), null, dir.resolve("progress")), new Progress() {
                    @Override
                    public void stage(String name, long total, String unit) {
                        stages.add(name);
                    }

                    @Override
                    public void advance(long units) {
                    }
                });
        assertThat(stages).containsSubsequence("snapshot", "read", "metrics", "key findings", "files", "warehouse");
    }

    @Test
    void aYearWithoutFiguresIsRefusedFromTheLogAlone() {
        assertThatThrownBy(() -> AnnualRun.requireFigures(warehouse,
                new RunRequest(MetricsConfig.of(2030), null, dir.resolve("none"))))
                .isInstanceOf(eu.cyberstat.failure.NotFoundException.class)
                .hasMessageContaining("holds no national figures for 2030; it holds figures for ");
    }

    /** A step that writes one file of its own and then fails, as a run killed among its outputs. */
    private static final class FailingAfterOneFile implements RunStep {
        @Override
        public String name() {
            return "failing";
        }

        @Override
        public void run(RunContext context) {
            context.write("half-written.txt", null, out -> out.write('x'));
            throw new IllegalStateException("stopped midway");
        }
    }

    private static List<String> listing(Path folder) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aRunStoppedMidwayLeavesTheFinishedFolderAsItWasAndNothingBeside() throws Exception {
        Path out = dir.resolve("stopped");
        run(out, null);
        List<String> before = listing(out);
        String manifestBefore = java.nio.file.Files.readString(out.resolve("manifest.json"));

        assertThatThrownBy(() -> new AnnualRun(spark, warehouse, REFERENCE, REFERENCE.population(),
                List.of(new FailingAfterOneFile())).run(new RunRequest(MetricsConfig.of(2022), null, out)))
                .hasMessage("stopped midway");

        assertThat(listing(out)).as("no output of the stopped run in the published folder").isEqualTo(before)
                .doesNotContain("half-written.txt");
        assertThat(java.nio.file.Files.readString(out.resolve("manifest.json"))).isEqualTo(manifestBefore);
        assertThat(listing(dir)).as("the staged outputs of a failed run are removed")
                .noneMatch(n -> n.startsWith(".stopped."));
    }

    @Test
    void aRunStoppedMidwayInANewFolderLeavesNoFolderThatLooksFinished() {
        Path out = dir.resolve("never");
        assertThatThrownBy(() -> new AnnualRun(spark, warehouse, REFERENCE, REFERENCE.population(),
                List.of(new FailingAfterOneFile())).run(new RunRequest(MetricsConfig.of(2022), null, out)))
                .hasMessage("stopped midway");
        assertThat(out).doesNotExist();
    }

    @Test
    void aRerunReplacesTheFolderWholeAndAForeignFolderIsRefused() throws Exception {
        Path out = dir.resolve("rerun");
        run(out, null);
        java.nio.file.Files.writeString(out.resolve("metrics-2019.csv"), "left by an older run of another year");
        RunResult again = run(out, null);
        assertThat(listing(out)).as("exactly the files of the last run")
                .containsExactlyInAnyOrderElementsOf(again.manifest().outputs().stream().map(OutputFile::name)
                        .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> {
                            l.add("manifest.json");
                            return l;
                        })));
        assertThat(listing(dir)).noneMatch(n -> n.startsWith(".rerun."));

        Path foreign = dir.resolve("foreign");
        java.nio.file.Files.createDirectories(foreign);
        java.nio.file.Files.writeString(foreign.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> run(foreign, null))
                .isInstanceOf(eu.cyberstat.failure.BadInputException.class)
                .hasMessageContaining(foreign.toAbsolutePath().normalize() + " holds files that are not a finished "
                        + "cyberstat run (notes.txt, and no manifest.json)");
        assertThat(listing(foreign)).containsExactly("notes.txt");
    }
}
