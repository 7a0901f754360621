package eu.cyberstat.tools.samples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.figure.Observation;
import eu.cyberstat.ingest.validation.Fixtures;
import eu.cyberstat.ingest.validation.ValidatedFile;
import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.problem.Issue;
import eu.cyberstat.reference.Country;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped sample data: exactly what the generator makes, every national file accepted
 * (with only its deliberate warnings), every EU Member State once, no country-year twice except
 * in the one deliberate revision, and figures that look like the real thing.
 */
class SamplesTest {

    private static final Path SAMPLES = Fixtures.projectDir().resolve("data-samples");
    private static final Map<String, ValidatedFile> RESULTS = new HashMap<>();

    @BeforeAll
    static void validateEverySample() {
        for (SampleGenerator.Sample s : SampleGenerator.SAMPLES) {
            Path profile = s.profile() == null ? null : Fixtures.projectDir().resolve(s.profile());
            RESULTS.put(s.path(), Fixtures.validate(SAMPLES.resolve(s.path()), new ValidationRequest(s.country(), profile,
                    null)));
        }
    }

    @Test
    void theShippedFilesAreWhatTheGeneratorMakes(@TempDir Path out) throws IOException {
        SampleGenerator.generate(Fixtures.REFERENCE, out);
        List<Path> generated;
        try (Stream<Path> files = Files.walk(out)) {
            generated = files.filter(Files::isRegularFile).toList();
        }
        assertThat(generated).hasSizeGreaterThan(40);
        for (Path g : generated) {
            Path rel = out.relativize(g);
            Path shipped = SAMPLES.resolve(rel.toString());
            assertThat(shipped).as(rel + " is shipped").isRegularFile();
            if (rel.toString().endsWith(".xlsx") && rel.startsWith("bad")) {
                // encrypted with random salts / cut zip bytes: the same outcome is what matters
                assertThat(Fixtures.issues(Fixtures.validate(shipped))).isEqualTo(Fixtures.issues(Fixtures.validate(g)));
            } else if (rel.toString().endsWith(".xlsx")) {
                assertThat(cells(shipped)).as(rel.toString()).isEqualTo(cells(g));
            } else {
                assertThat(Files.readAllBytes(shipped)).as(rel.toString()).isEqualTo(Files.readAllBytes(g));
            }
        }
    }

    @Test
    void everyNationalSampleIsAcceptedWithOnlyItsDeliberateWarnings() {
        for (SampleGenerator.Sample s : SampleGenerator.SAMPLES) {
            ValidatedFile r = RESULTS.get(s.path());
            assertThat(r.report().errors()).as(s.path()).isEmpty();
            Set<String> warnings = r.report().warnings().stream().map(Issue::code)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(warnings).as(s.path()).isEqualTo(new TreeSet<>(s.expectedWarnings()));
            assertThat(r.report().rows()).as(s.path()).isPositive();
        }
    }

    @Test
    void everyMemberStateOnceAndNoCountryYearTwiceExceptTheRevision() {
        Map<String, String> fileOf = new HashMap<>();
        Set<String> countries = new HashSet<>();
        for (SampleGenerator.Sample s : SampleGenerator.SAMPLES) {
            if (!s.path().startsWith("national/") || s.path().contains("/revisions/")) {
                continue;
            }
            for (String countryYear : countryYears(RESULTS.get(s.path()))) {
                String other = fileOf.putIfAbsent(countryYear, s.path());
                assertThat(other).as(countryYear + " in " + s.path()).isNull();
                countries.add(countryYear.substring(0, 2));
            }
        }
        assertThat(countries).containsExactlyInAnyOrderElementsOf(
                Fixtures.REFERENCE.countries().eu27().stream().map(Country::geo).toList());
        for (String geo : countries) {
            long years = IntStream.rangeClosed(2013, 2022).filter(y -> fileOf.containsKey(geo + " " + y)).count();
            assertThat(years).as(geo + " years").isGreaterThanOrEqualTo(geo.equals("IE") ? 8 : geo.equals("LU") ? 9 : 10);
        }
        assertThat(fileOf).doesNotContainKeys("IE 2013", "IE 2014", "LU 2017");

        List<SampleGenerator.Sample> revisions = SampleGenerator.SAMPLES.stream()
                .filter(s -> s.path().contains("/revisions/")).toList();
        assertThat(revisions).hasSize(1);
        for (String countryYear : countryYears(RESULTS.get(revisions.get(0).path()))) {
            assertThat(fileOf.get(countryYear)).as("the revision replaces " + countryYear)
                    .isEqualTo("national/fr-2013-2022.csv");
        }
        // the candidate countries of the Eurostat extract are not EU27 and overlap nothing
        countryYears(RESULTS.get("eurostat/estat_crim_off_cat-candidates.tsv"))
                .forEach(cy -> assertThat(fileOf).doesNotContainKey(cy));
    }

    @Test
    void figuresGrowOverTheDecadeAndScaleWithTheCountry() {
        Map<String, Map<Integer, Long>> totals = new HashMap<>();
        for (SampleGenerator.Sample s : SampleGenerator.SAMPLES) {
            if (s.path().contains("/revisions/") || s.country() == null) {
                continue;
            }
            for (Observation o : RESULTS.get(s.path()).observations()) {
                boolean top = o.offence().equals("CYB") || (o.offence().equals("CIA") && Set.of("CY", "BE").contains(o.geo()));
                if (top && o.indicator().equals("RECORDED") && o.value() != null) {
                    totals.computeIfAbsent(o.geo(), g -> new HashMap<>()).put(o.year(), o.value());
                }
            }
        }
        assertThat(totals).hasSize(27);
        totals.forEach((geo, byYear) -> {
            int first = byYear.keySet().stream().min(Integer::compare).orElseThrow();
            assertThat(byYear.get(2022)).as(geo + " grows").isGreaterThan(byYear.get(first));
        });
        assertThat(totals.get("DE").get(2022)).isGreaterThan(20 * totals.get("MT").get(2022));
        assertThat(totals.get("FR").get(2022)).isGreaterThan(totals.get("LU").get(2022) * 20);
    }

    @Test
    void theSamplesCarryEveryKindOfFlagZerosAndAMissingValue() {
        Set<Character> flags = new HashSet<>();
        boolean zero = false;
        boolean confidential = false;
        for (ValidatedFile r : RESULTS.values()) {
            for (Observation o : r.observations()) {
                o.flags().chars().forEach(c -> flags.add((char) c));
                zero |= o.value() != null && o.value() == 0;
                confidential |= o.value() == null && o.flags().contains("c");
            }
        }
        assertThat(flags).contains('p', 'e', 'b', 'c', 'u', 'd');
        assertThat(zero).isTrue();
        assertThat(confidential).isTrue();
    }

    @Test
    void theSamplesStaySmall() throws IOException {
        long bytes;
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertThat(bytes).isLessThan(2_000_000);
    }

    private static Set<String> countryYears(ValidatedFile r) {
        return r.observations().stream().map(o -> o.geo() + " " + o.year()).collect(Collectors.toSet());
    }

    private static List<String> cells(Path xlsx) throws IOException {
        List<String> cells = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    row.forEach(c -> cells.add(sheet.getSheetName() + "!" + c.getAddress() + "=" + format.formatCellValue(c)));
                }
            }
        }
        return cells;
    }
}
