package eu.cyberstat.ingest.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.figure.Observation;
import eu.cyberstat.ingest.format.InputFormat;
import eu.cyberstat.problem.Issue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The real files of ../shared (skipped where absent). Expectations are computed here from the
 * files themselves, with plain string handling independent of the readers under test.
 */
class RealFilesTest {

    private static final Set<String> CYBER_ICCS = Set.of("ICCS0903", "ICCS09031");
    private static final Map<String, String> PKS_KEYS = Map.of("897000", "CYB", "517500", "COMP_FRAUD",
            "543000", "COMP_FORGERY", "674200", "CIA_DATA", "678000", "CIA_ACCESS");

    @Test
    void eurostatTsvValidatesWithItsCyberFiguresAndCountedSkips() throws IOException {
        Path file = Fixtures.shared("real-data/eurostat/estat_crim_off_cat.tsv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] years = lines.get(0).split("\t");
        Map<String, Long> expected = new HashMap<>();
        int nonCyberRows = 0;
        int rateRows = 0;
        Set<String> nonCyberCodes = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            String[] key = cells[0].split(",");
            boolean anyValue = false;
            for (int c = 1; c < cells.length; c++) {
                String v = cells[c].strip();
                if (!v.equals(":") && !v.isEmpty()) {
                    anyValue = true;
                    if (key[2].equals("NR") && CYBER_ICCS.contains(key[1])) {
                        expected.put(key[3] + " " + years[c].strip(), Long.parseLong(v.split(" ")[0]));
                    }
                }
            }
            if (anyValue && !key[2].equals("NR")) {
                rateRows++;
            } else if (anyValue && !CYBER_ICCS.contains(key[1])) {
                nonCyberRows++;
                nonCyberCodes.add(key[1]);
            }
        }

        ValidatedFile result = Fixtures.validate(file);

        assertThat(result.isAccepted()).isTrue();
        assertThat(result.format()).isEqualTo(InputFormat.EUROSTAT_TSV);
        assertThat(result.report().errors()).isEmpty();
        assertThat(result.report().rows()).isEqualTo(expected.size());
        assertThat(result.observations()).allSatisfy(o -> {
            assertThat(o.offence()).isEqualTo("CIA");
            assertThat(o.indicator()).isEqualTo("RECORDED");
            assertThat(o.value()).isEqualTo(expected.get(o.geo() + " " + o.year()));
        });
        assertThat(result.observations().stream().map(o -> o.geo() + " " + o.year()).collect(Collectors.toSet()))
                .isEqualTo(expected.keySet());
        assertThat(Fixtures.message(result, "W_SKIPPED_NON_CYBER"))
                .startsWith(nonCyberRows + " rows were skipped: ICCS categories that are not cybercrime by definition (");
        assertThat(Fixtures.message(result, "W_SKIPPED_UNIT")).startsWith(rateRows + " rows were skipped: units other than "
                + "counts (P_HTHAB)");
        assertThat(nonCyberCodes).hasSizeGreaterThan(10);
        // every other warning is a plausibility warning on a kept figure
        assertThat(result.report().warnings()).extracting(Issue::code)
                .allMatch(c -> List.of("W_SKIPPED_NON_CYBER", "W_SKIPPED_UNIT", "W_YOY_JUMP", "W_AFTER_ZERO").contains(c));
    }

    /** The PKS time series, read here with string splitting: key → year → [cases, suspects]. */
    private static Map<String, Map<Integer, long[]>> pksSeries(Path file) throws IOException {
        Map<String, Map<Integer, long[]>> series = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            String[] f = line.split(";");
            if (f.length == 13 && PKS_KEYS.containsKey(f[0])) {
                series.computeIfAbsent(f[0], k -> new HashMap<>()).put(Integer.parseInt(f[2]),
                        new long[] {Long.parseLong(f[3].replace(",", "")), Long.parseLong(f[10].replace(",", ""))});
            }
        }
        return series;
    }

    @Test
    void germanPoliceStatisticsValidateWithTheShippedProfile() throws IOException {
        Path file = Fixtures.shared("real-data/pks/2023-ZR-F-01-T01-Faelle_csv.csv");
        Path profile = Fixtures.projectDir().resolve("templates/profiles/de-pks.yaml");
        Map<String, Map<Integer, long[]>> series = pksSeries(file);
        long expectedRows = 2 * series.values().stream().flatMap(m -> m.keySet().stream()).filter(y -> y >= 1990).count();

        ValidatedFile result = Fixtures.validate(file, new ValidationRequest("DE", profile, null));

        assertThat(result.report().errors()).isEmpty();
        assertThat(result.format()).isEqualTo(InputFormat.PROFILE);
        assertThat(result.report().encoding()).isEqualTo("ISO-8859-1");
        assertThat(result.report().rows()).isEqualTo(expectedRows).isPositive();
        for (Observation o : result.observations()) {
            String key = PKS_KEYS.entrySet().stream().filter(e -> e.getValue().equals(o.offence())).findFirst()
                    .orElseThrow().getKey();
            long[] figures = series.get(key).get(o.year());
            assertThat(o.value()).isEqualTo(o.indicator().equals("RECORDED") ? figures[0] : figures[1]);
            assertThat(o.geo()).isEqualTo("DE");
        }
        Map<String, String> flags = result.observations().stream().filter(o -> o.indicator().equals("RECORDED"))
                .collect(Collectors.toMap(o -> o.offence() + " " + o.year(), Observation::flags));
        assertThat(flags).containsEntry("CYB 2021", "bd").containsEntry("CYB 2020", "d").containsEntry("CYB 2016", "bd")
                .containsEntry("COMP_FORGERY 2021", "").containsEntry("CIA_ACCESS 2017", "bd");
        assertThat(Fixtures.message(result, "W_UNMAPPED_OFFENCE")).contains("profile de-pks.yaml does not map");
    }

    @Test
    void germanStateTableValidatesWithItsProfileAndAgreesWithTheTimeSeries() throws IOException {
        Path book = Fixtures.shared("real-data/pks/PKS2023.xlsx");
        Path csv = Fixtures.shared("real-data/pks/2023-ZR-F-01-T01-Faelle_csv.csv");
        Path profile = Fixtures.projectDir().resolve("templates/profiles/de-pks-laender.yaml");

        ValidatedFile result = Fixtures.validate(book, new ValidationRequest("DE", profile, null));

        assertThat(result.report().errors()).isEmpty();
        assertThat(result.report().encoding()).isEqualTo("sheet T01_LÜ");
        assertThat(result.report().rows()).isEqualTo(10);
        Map<String, Map<Integer, long[]>> series = pksSeries(csv);
        for (Observation o : result.observations()) {
            String key = PKS_KEYS.entrySet().stream().filter(e -> e.getValue().equals(o.offence())).findFirst()
                    .orElseThrow().getKey();
            long[] figures = series.get(key).get(2023);
            assertThat(o.year()).isEqualTo(2023);
            assertThat(o.value()).isEqualTo(o.indicator().equals("RECORDED") ? figures[0] : figures[1]);
        }
    }
}
