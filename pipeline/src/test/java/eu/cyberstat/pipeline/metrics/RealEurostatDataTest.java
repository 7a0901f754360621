package eu.cyberstat.pipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.reference.Countries;
import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The job on real figures: Eurostat's crim_off_cat, ICCS0903 "acts against computer systems"
 * (reported from 2016, with gaps and non-EU countries), checked
 * against the plain-Java calculation. Skipped where ../shared is not present.
 */
class RealEurostatDataTest {

    @Test
    void actsAgainstComputerSystemsMatchThePlainCalculation() throws IOException {
        Path file = Path.of(System.getProperty("cyberstat.shared", "../shared"))
                .resolve("real-data/eurostat/estat_crim_off_cat.tsv");
        Assumptions.assumeTrue(Files.isRegularFile(file), "Real Eurostat data not found at " + file + ": skipped");
        List<Observation> observations = iccs0903(file);
        ReferenceData reference = ReferenceData.shipped();
        MetricsConfig config = new MetricsConfig(2022, 7, 2016);

        MetricsJob job = new MetricsJob(reference, reference.population(), config);
        MetricsJob.Result result = job.compute(job.prepare(ObservationFrames.of(TestSpark.session(), observations)));
        Map<PlainJavaMetrics.Key, Figure> figures = FigureRows.collect(result.figures().collectAsList(),
                        new FigureOrder(reference)).stream()
                .collect(Collectors.toMap(p -> new PlainJavaMetrics.Key(p.geo(), p.offence(),
                        p.indicator(), p.year()), p -> p));

        Map<PlainJavaMetrics.Key, PlainJavaMetrics.Expected> expected =
                new PlainJavaMetrics(reference, reference.population(), config).compute(observations);
        assertThat(figures.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((k, e) -> {
            assertThat(figures.get(k)).as("%s", k).isEqualTo(e.figure());
            assertThat(figures.get(k).panelValue()).as("panel %s", k).isEqualTo(e.panelValue());
        });

        // The EU figure is the sum over the Member States that report, whoever else is in the file.
        List<String> members = reference.countries().eu27().stream().map(Country::geo).toList();
        long sum = observations.stream()
                .filter(o -> o.year() == 2022 && o.value() != null && members.contains(o.geo()))
                .mapToLong(Observation::value).sum();
        Figure eu = figures.get(new PlainJavaMetrics.Key(Countries.EU27_2020, "CIA", "RECORDED", 2022));
        assertThat(eu.value()).isEqualTo(sum);
        assertThat(eu.countriesCovered()).isEqualTo((int) observations.stream()
                .filter(o -> o.year() == 2022 && o.value() != null && members.contains(o.geo())).count());
    }

    /** ICCS0903 counts (unit NR) of the TSV as observations of CIA; ':' is no value, letters after a value are flags. */
    private static List<Observation> iccs0903(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] years = lines.get(0).split("\t");
        List<Observation> list = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            String[] key = cells[0].split(",");
            if (!key[1].equals("ICCS0903") || !key[2].equals("NR")) {
                continue;
            }
            for (int i = 1; i < cells.length; i++) {
                String cell = cells[i].trim();
                String number = cell.replaceAll("[^0-9:]", "");
                String flags = cell.replaceAll("[0-9: ]", "");
                if (cell.isEmpty() || (number.equals(":") && flags.isEmpty())) {
                    continue;
                }
                Long value = number.equals(":") ? null : Long.valueOf(number);
                list.add(new Observation(key[3], Integer.parseInt(years[i].trim()), "CIA", "RECORDED", value, flags, ""));
            }
        }
        return list;
    }
}
