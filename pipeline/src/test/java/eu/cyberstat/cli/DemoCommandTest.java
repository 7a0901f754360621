package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberstat.pipeline.disclosure.RecoveryAudit;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Language;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.reports.template.ReportTemplates;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, end to end on the shipped samples: what a new user sees first. */
class DemoCommandTest {

    private static final ReferenceData REFERENCE = ReferenceData.shipped();
    private static final Set<String> EU27 = REFERENCE.countries().eu27().stream().map(Country::geo)
            .collect(Collectors.toSet());

    @TempDir
    static Path dir;

    private static String[] demo;
    private static Cli first;
    private static Path out;

    /** The demo reuses the JVM's Spark session: start it here, not inside a temporary folder. */
    @BeforeAll
    static void runTheDemo() {
        TestSpark.session();
        demo = new String[] {"demo", "--warehouse", dir.resolve("warehouse").toString(), "--out", dir.resolve("out").toString()};
        first = Cli.run(demo);
        out = dir.resolve("out");
    }

    @Test
    void loadsEverySampleRunsTheYearAndRunsAgainIdentically() throws IOException {
        assertThat(first.status()).as(first.out() + first.err()).isEqualTo(ExitCode.OK);
        assertThat(first.out()).contains("bad/bad-values.csv").contains("rejected")
                .contains("alerts/nl-meldpunt-2022-2024.jsonl").containsPattern("Run R2022-[0-9a-f]{12}: reference year 2022");
        for (String file : new String[] {"metrics-2022.csv", "alerts-2022.csv", "sdmx-2022.csv", "key-findings-2022.json",
                "report-2022-en.pdf", "report-2022-fr.pdf", "report-2022-de.pdf", "report-2022-en.xlsx",
                "report-2022-fr.xlsx", "report-2022-de.xlsx", "manifest.json",
                "feedback/DE-2022.pdf", "feedback/FR-2022.pdf"}) {
            assertThat(out.resolve(file)).as(file).isNotEmptyFile();
        }
        Map<String, String> before = digests(out);
        Path tables = dir.resolve("warehouse/tables");
        long figuresBefore = countFiles(tables.resolve("observations"));
        long alertsBefore = countFiles(tables.resolve("alerts"));

        Cli second = Cli.run(demo);
        assertThat(second.status()).as(second.err()).isEqualTo(ExitCode.OK);
        assertThat(second.out()).doesNotContain(" accepted ").doesNotContain("ingested");
        assertThat(countFiles(tables.resolve("observations"))).as("no figures written again").isEqualTo(figuresBefore);
        assertThat(countFiles(tables.resolve("alerts"))).as("no alerts written again").isEqualTo(alertsBefore);
        Map<String, String> after = digests(out);
        before.remove("manifest.json");
        after.remove("manifest.json");   // start and end times differ, nothing else
        assertThat(after).isEqualTo(before);
    }

    /** The demo's annual run is recorded like any run: trigger demo, its inputs (sample files) and outputs. */
    @Test
    void theDemosRunIsInTheRunHistoryWithItsInputsAndOutputs() throws IOException {
        assertThat(first.status()).as(first.out() + first.err()).isEqualTo(ExitCode.OK);
        Cli list = Cli.run("runs", "--json", "--warehouse", dir.resolve("warehouse").toString());
        assertThat(list.status()).as(list.err()).isEqualTo(ExitCode.OK);
        com.fasterxml.jackson.databind.JsonNode runs = new ObjectMapper().readTree(list.out());
        assertThat(runs).isNotEmpty();
        Set<String> samples = new java.util.HashSet<>();
        try (Stream<Path> files = Files.walk(eu.cyberstat.pipeline.Installation.home().resolve("data-samples"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                samples.add(DigestUtils.sha256Hex(Files.readAllBytes(f)));
            }
        }
        for (com.fasterxml.jackson.databind.JsonNode run : runs) {
            assertThat(run.get("trigger").asText()).isEqualTo("DEMO");
            assertThat(run.get("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(run.get("referenceYear").asInt()).isEqualTo(2022);
            assertThat(run.get("resultId").asText()).startsWith("R2022-");
            assertThat(run.get("inputs")).isNotEmpty();
            for (com.fasterxml.jackson.databind.JsonNode input : run.get("inputs")) {
                assertThat(samples).as("the checksum of a sample file: " + input).contains(input.get("sha256").asText());
            }
            List<String> names = new ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode f : run.get("outputs")) {
                names.add(f.get("name").asText());
                if (!f.get("name").asText().equals("manifest.json")) {
                    // every run of the demo writes the same files: the last one's are in --out
                    assertThat(DigestUtils.sha256Hex(Files.readAllBytes(out.resolve(f.get("name").asText()))))
                            .as(f.toString()).isEqualTo(f.get("sha256").asText());
                }
            }
            assertThat(names).contains("metrics-2022.csv", "report-2022-en.pdf", "sdmx-2022.csv");
        }
    }

    @Test
    void noConfidentialFigureOfTheDemoCanBeWorkedOutOfItsFiles() throws IOException {
        List<RecoveryAudit.Row> rows = RecoveryAudit.read(out.resolve("metrics-2022.csv"));
        Set<RecoveryAudit.Cell> primary = RecoveryAudit.confidentialCells(rows, "C");
        // The samples send NL terrorist content 2018 and EE 2019 (without a value) as confidential, and XK 2018.
        assertThat(primary).extracting(c -> c.geo() + " " + c.offence() + " " + c.year())
                .contains("NL CONT_TERROR 2018", "EE CONT_TERROR 2019", "XK CIA 2018");
        assertThat(sdmxStatuses()).as("CONF_STATUS of the SDMX file agrees with conf_status")
                .isEqualTo(rows.stream().filter(r -> !r.confStatus().equals("F")).collect(Collectors.toMap(
                        r -> r.geo() + " " + r.offence() + " " + r.indicator() + " " + r.year(), RecoveryAudit.Row::confStatus,
                        (a, b) -> a, TreeMap::new)));
        @SuppressWarnings("unchecked")
        Map<String, Object> manifest = new ObjectMapper().readValue(out.resolve("manifest.json").toFile(), Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> panels = (List<Map<String, Object>>) manifest.get("panels");
        RecoveryAudit audit = new RecoveryAudit(REFERENCE.offences(), EU27, REFERENCE.additiveIndicators(), 2013, rows,
                RecoveryAudit.panelsOf(panels), RecoveryAudit.withoutValueFromCoverage(rows, EU27));
        assertThat(audit.recoverable()).doesNotContainAnyElementsOf(primary);
    }

    private static Map<String, String> sdmxStatuses() throws IOException {
        Map<String, String> statuses = new TreeMap<>();
        try (Reader r = Files.newBufferedReader(out.resolve("sdmx-2022.csv"))) {
            for (CSVRecord s : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (s.get("UNIT").equals("NR") && !s.get("CONF_STATUS").equals("F")) {
                    assertThat(s.get("OBS_VALUE")).isEmpty();
                    statuses.put(s.get("GEO") + " " + s.get("OFFENCE") + " " + s.get("INDICATOR") + " "
                            + s.get("TIME_PERIOD"), s.get("CONF_STATUS"));
                }
            }
        }
        return statuses;
    }

    /**
     * Each EU27 figure adds up the Member States that reported it: where a part's Member States
     * are among its whole's, the part is at most the whole (and so are the parts together);
     * a part above its whole is one whose Member States are not among the whole's.
     */
    @Test
    void anEuPartExceedsItsWholeOnlyWhereItCoversOtherMemberStates() throws IOException {
        List<RecoveryAudit.Row> rows = RecoveryAudit.read(out.resolve("metrics-2022.csv"));
        Set<RecoveryAudit.Cell> withoutValue = RecoveryAudit.withoutValueFromCoverage(rows, EU27);
        Map<String, RecoveryAudit.Row> eu = new HashMap<>();
        Map<String, Set<String>> covered = new HashMap<>();
        for (RecoveryAudit.Row r : rows) {
            String key = r.offence() + "|" + r.indicator() + "|" + r.year();
            if (r.geo().equals("EU27_2020")) {
                eu.put(key, r);
            } else if (EU27.contains(r.geo()) && (r.value() != null || r.flags().contains("c"))
                    && !withoutValue.contains(new RecoveryAudit.Cell('V', r.geo(), r.offence(), r.indicator(), r.year()))) {
                covered.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(r.geo());
            }
        }
        eu.forEach((key, row) -> assertThat(covered.get(key)).as(key).hasSize(row.covered()));
        int sameCoverage = 0;
        int larger = 0;
        for (Map.Entry<String, RecoveryAudit.Row> e : eu.entrySet()) {
            RecoveryAudit.Row whole = e.getValue();
            List<Offence> children = REFERENCE.offences().children(whole.offence());
            if (children.isEmpty() || whole.value() == null) {
                continue;
            }
            Set<String> wholeCountries = covered.get(e.getKey());
            long partsWithin = 0;
            boolean allWithin = true;
            for (Offence child : children) {
                String key = child.code() + "|" + whole.indicator() + "|" + whole.year();
                RecoveryAudit.Row part = eu.get(key);
                if (part == null || part.value() == null) {
                    allWithin = false;
                    continue;
                }
                boolean within = wholeCountries.containsAll(covered.get(key));
                allWithin &= within;
                partsWithin += part.value();
                if (within) {
                    sameCoverage++;
                    assertThat(part.value()).as("%s within %s", key, e.getKey()).isLessThanOrEqualTo(whole.value());
                } else if (part.value() > whole.value()) {
                    larger++;
                }
            }
            if (allWithin && REFERENCE.additiveIndicators().contains(whole.indicator())) {
                assertThat(partsWithin).as("the parts of %s", e.getKey()).isLessThanOrEqualTo(whole.value());
            }
        }
        assertThat(sameCoverage).as("pairs checked").isGreaterThan(100);
        assertThat(larger).as("the demo has parts above their whole (computer-related fraud)").isPositive();
    }

    @Test
    void theEuPagesSayWhyTheGroupsDoNotAddUpInEveryLanguage() throws IOException {
        ReportTemplates templates = ReportTemplates.load(Path.of(System.getProperty("cyberstat.home"))
                .resolve("templates/report"), REFERENCE);
        for (Language l : List.of(Language.EN, Language.FR, Language.DE)) {
            List<String> pages = PdfPages.of(out.resolve("report-2022-" + l.code() + ".pdf")).stream()
                    .map(DemoCommandTest::flat).toList();
            String note = flat(templates.message(l, "coverage.sum"));
            String table = flat(templates.message(l, "table.eu-trend.title"));
            String overview = flat(templates.message(l, "section.eu-overview.title"));
            String contents = flat(templates.message(l, "report.running-head", 2022) + templates.message(l, "contents"));
            List<String> euPages = pages.stream().filter(p -> !p.startsWith(contents)
                    && (p.contains(table) || p.contains(overview))).toList();
            assertThat(euPages).as(l.code()).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(p -> assertThat(p).as(l.code()).contains(note));
            String findings = pages.stream().filter(p -> p.contains(flat(templates.message(l, "table.key-findings.title"))))
                    .findFirst().orElseThrow();
            assertThat(findings).as(l.code()).contains(flat(templates.message(l, "coverage.offences")));
        }
    }

    /**
     * The demo's bad file names Austria in its rows and was sent without a country: it reaches
     * Austria's feedback sheet (in German), rejected, with its errors; no other sheet lists it.
     */
    @Test
    void theRejectedSampleIsOnTheFeedbackSheetOfTheCountryItNames() throws IOException {
        String at = flat(String.join("", PdfPages.of(out.resolve("feedback/AT-2022.pdf"))));
        assertThat(at).contains(flat("1 Datei, die Sie geliefert haben, wurde zurückgewiesen"),
                flat("Ihre zurückgewiesenen Dateien"), "bad-values.csv", "(E_NEGATIVE)", "(E_NOT_A_NUMBER)");
        assertThat(flat(String.join("", PdfPages.of(out.resolve("feedback/DE-2022.pdf"))))).doesNotContain("bad-values.csv");
    }

    /** Text without any white space: PDFBox splits some justified or kerned words ("M ember"). */
    private static String flat(String s) {
        return s.replaceAll("[\\s\\u00a0\\u202f\\u2009]+", "");
    }

    private static Map<String, String> digests(Path out) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                digests.put(out.relativize(f).toString(), DigestUtils.sha256Hex(Files.readAllBytes(f)));
            }
        }
        return digests;
    }

    private static long countFiles(Path warehouse) throws IOException {
        try (Stream<Path> files = Files.walk(warehouse)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
