package eu.cyberstat.pipeline.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.OffenceClassification;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.reports.model.AlertFigure;
import eu.cyberstat.warehousing.AlertIngest;
import eu.cyberstat.warehousing.AlertMonthsUpdate;
import eu.cyberstat.warehousing.AlertTablesSchema;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every alert measure against values computed here, in plain Java, from the same rows. */
class AlertMetricsJobTest {

    private static final int YEAR = 2024;
    private static final OffenceClassification OFFENCES = ReferenceData.shipped().offences();

    /** One alert as the test knows it. */
    record Alert(String platform, int year, int month, String offence, String status, String country,
                 long receivedSecond, Long closedSecond, String urlHash) {
    }

    static List<Alert> alerts = new ArrayList<>();
    static List<AlertFigure> figures;

    @TempDir
    Path out;

    @BeforeAll
    static void computeFigures() {
        SplittableRandom random = new SplittableRandom(42);
        String[] platforms = {"FR-PHAROS", "DE-MELDESTELLE", "NL-MELDPUNT"};
        String[] offences = {"COMP_FRAUD", "COMP_IDTHEFT", "CONT_CSAM", "CIA_ACCESS", "CONT", "OTHER_SPAM", "CYB"};
        String[] statuses = {"received", "forwarded_le", "forwarded_hosting", "taken_down", "no_action", "duplicate"};
        String[] countries = {"US", "NL", "DE", "RU", "FR", "EL", "CN", "SG", "UA", "BG", "SE", "CA", null};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            String platform = platforms[random.nextInt(platforms.length)];
            int year = random.nextInt(5) == 0 ? YEAR - 1 : YEAR;
            if (platform.equals("NL-MELDPUNT") && year == YEAR - 1) {
                continue; // a platform that started in the reference year: no YOY for it
            }
            int month = 1 + random.nextInt(12);
            long received = LocalDateTime.of(year, month, 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60),
                    random.nextInt(60)).toEpochSecond(ZoneOffset.UTC);
            Long closed = random.nextInt(4) == 0 ? null : received + (random.nextInt(3) == 0 ? 60L * random.nextInt(50)
                    : random.nextLong(200_000));
            String url = random.nextInt(10) == 0 ? null : "h" + random.nextInt(700);
            Alert a = new Alert(platform, year, month, offences[random.nextInt(offences.length)],
                    statuses[random.nextInt(statuses.length)], countries[random.nextInt(countries.length)], received,
                    closed, url);
            alerts.add(a);
            rows.add(RowFactory.create(a.platform, String.format("%d-%02d", year, month), "A" + i,
                    Timestamp.from(Instant.ofEpochSecond(received)), closed == null ? null : Timestamp.from(Instant.ofEpochSecond(closed)),
                    a.offence, a.status, a.country, url == null ? null : url + ".example", url == null ? null : hash(url),
                    "test"));
        }
        SparkSession spark = TestSpark.session();
        Dataset<Row> table = spark.createDataFrame(rows, AlertTablesSchema.ALERTS_SCHEMA);
        figures = new AlertMetricsJob(spark, new FixedTables(table)).figures(YEAR, null);
    }

    private static byte[] hash(String url) {
        return ByteBuffer.allocate(32).putInt(url.hashCode()).put(url.getBytes()).array();
    }

    // ---- independent expectations -------------------------------------------------------------

    private static Set<String> levels(String code) {
        Set<String> levels = new HashSet<>();
        levels.add("");
        Offence o = OFFENCES.get(code);
        if (o.level() >= 1) {
            levels.add(o.code());
        }
        if (o.level() == 2) {
            levels.add(o.parent());
        }
        return levels;
    }

    private static Predicate<Alert> in(AlertFigure f, int year) {
        return a -> a.year == year && (f.platform().isEmpty() || f.platform().equals(a.platform))
                && (f.month() == 0 || f.month() == a.month) && levels(a.offence).contains(f.offence())
                && (f.hostingCountry().isEmpty() || f.hostingCountry().equals(a.country == null ? "UNK" : a.country));
    }

    private static List<Alert> select(AlertFigure f, int year) {
        return alerts.stream().filter(in(f, year)).toList();
    }

    /** Linear interpolation between closest ranks (R type 7, Excel PERCENTILE.INC). */
    private static double percentile(List<Long> sorted, double p) {
        double h = (sorted.size() - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = (int) Math.ceil(h);
        return sorted.get(lo) + (h - lo) * (sorted.get(hi) - sorted.get(lo));
    }

    private static List<AlertFigure> of(String measure) {
        return figures.stream().filter(f -> f.measure().equals(measure)).toList();
    }

    @Test
    void volumeCountsAlertsInEveryPublishedBreakdown() {
        Set<List<Object>> expectedKeys = new HashSet<>();
        for (Alert a : alerts) {
            if (a.year != YEAR) {
                continue;
            }
            for (String p : new String[] {a.platform, ""}) {
                for (int m : new int[] {a.month, 0}) {
                    for (String o : levels(a.offence)) {
                        expectedKeys.add(List.of(p, m, o, ""));
                    }
                }
                expectedKeys.add(List.of(p, 0, "", a.country == null ? "UNK" : a.country));
            }
        }
        List<AlertFigure> volume = of("VOLUME");
        assertThat(volume.stream().map(f -> List.<Object>of(f.platform(), f.month(), f.offence(), f.hostingCountry()))
                .collect(Collectors.toSet())).isEqualTo(expectedKeys);
        for (AlertFigure f : volume) {
            assertThat(f.value()).as(f.toString()).isEqualTo(select(f, YEAR).size());
        }
        assertThat(volume).anySatisfy(f -> assertThat(f.offence()).isEqualTo("COMP")); // groups are rolled up
        assertThat(volume).noneSatisfy(f -> assertThat(f.offence()).isEqualTo("CYB"));
    }

    @Test
    void yearOnYearChangeComparesTheSameBreakdownOfTheYearBefore() {
        List<AlertFigure> yoy = of("YOY_PCT");
        assertThat(yoy).isNotEmpty();
        int checked = 0;
        for (AlertFigure v : of("VOLUME")) {
            long before = select(v, YEAR - 1).size();
            AlertFigure f = yoy.stream().filter(y -> sameKey(y, v)).findFirst().orElse(null);
            if (before == 0) {
                assertThat(f).as("no YOY without a previous value: %s", v).isNull();
            } else {
                assertThat(f).as("YOY of %s", v).isNotNull();
                assertThat(f.value()).isCloseTo(100.0 * (v.value() - before) / before, within(1e-9));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(yoy.size());
        assertThat(yoy).noneSatisfy(f -> assertThat(f.platform()).isEqualTo("NL-MELDPUNT"));
    }

    @Test
    void shareForwardedToLawEnforcement() {
        for (AlertFigure f : of("SHARE_FORWARDED_LE")) {
            List<Alert> in = select(f, YEAR);
            long forwarded = in.stream().filter(a -> a.status.equals("forwarded_le")).count();
            assertThat(f.value()).as(f.toString()).isCloseTo(100.0 * forwarded / in.size(), within(1e-9));
        }
        assertThat(of("SHARE_FORWARDED_LE")).hasSameSizeAs(of("VOLUME"));
    }

    @Test
    void handlingTimePercentilesAreExact() {
        List<AlertFigure> medians = of("MEDIAN_HANDLING_HOURS");
        List<AlertFigure> p90s = of("P90_HANDLING_HOURS");
        Set<List<Object>> expectedKeys = new HashSet<>();
        for (Alert a : alerts) {
            if (a.year == YEAR && a.closedSecond != null) {
                for (String p : new String[] {a.platform, ""}) {
                    for (int m : new int[] {a.month, 0}) {
                        for (String o : levels(a.offence)) {
                            expectedKeys.add(List.of(p, m, o));
                        }
                    }
                }
            }
        }
        assertThat(medians.stream().map(f -> List.<Object>of(f.platform(), f.month(), f.offence())).collect(Collectors.toSet()))
                .isEqualTo(expectedKeys);
        assertThat(p90s).hasSameSizeAs(medians);
        for (AlertFigure f : medians) {
            List<Long> minutes = select(f, YEAR).stream().filter(a -> a.closedSecond != null)
                    .map(a -> Math.floorDiv(a.closedSecond - a.receivedSecond, 60L)).sorted().toList();
            assertThat(f.value()).as(f.toString()).isCloseTo(percentile(minutes, 0.5) / 60.0, within(1e-9));
            AlertFigure p90 = p90s.stream().filter(p -> sameKey(p, f)).findFirst().orElseThrow();
            assertThat(p90.value()).as(p90.toString()).isCloseTo(percentile(minutes, 0.9) / 60.0, within(1e-9));
        }
    }

    @Test
    void duplicateRateCountsRepeatedUrlHashesWithinThePlatformYear() {
        List<AlertFigure> rates = of("DUPLICATE_RATE");
        assertThat(rates).extracting(AlertFigure::platform)
                .containsExactlyInAnyOrder("", "FR-PHAROS", "DE-MELDESTELLE", "NL-MELDPUNT");
        long allWithUrl = 0;
        long allDistinct = 0;
        for (AlertFigure f : rates) {
            if (f.platform().isEmpty()) {
                continue;
            }
            List<Alert> withUrl = alerts.stream().filter(a -> a.year == YEAR && a.platform.equals(f.platform())
                    && a.urlHash != null).toList();
            long distinct = withUrl.stream().map(a -> a.urlHash).distinct().count();
            allWithUrl += withUrl.size();
            allDistinct += distinct;
            assertThat(f.value()).isCloseTo(100.0 * (withUrl.size() - distinct) / withUrl.size(), within(1e-9));
            assertThat(f.month()).isZero();
        }
        AlertFigure all = rates.stream().filter(f -> f.platform().isEmpty()).findFirst().orElseThrow();
        assertThat(all.value()).isCloseTo(100.0 * (allWithUrl - allDistinct) / allWithUrl, within(1e-9));
    }

    @Test
    void topHostingCountriesAreRankedByVolume() {
        for (String platform : new String[] {"", "FR-PHAROS"}) {
            Map<String, Long> byCountry = new HashMap<>();
            alerts.stream().filter(a -> a.year == YEAR && a.country != null && (platform.isEmpty() || a.platform.equals(platform)))
                    .forEach(a -> byCountry.merge(a.country, 1L, Long::sum));
            List<String> expected = byCountry.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(e -> -e.getValue()).thenComparing(Map.Entry::getKey))
                    .limit(10).map(Map.Entry::getKey).toList();
            List<String> ranked = of("HOSTING_RANK").stream().filter(f -> f.platform().equals(platform))
                    .sorted(Comparator.comparingDouble(AlertFigure::value)).map(AlertFigure::hostingCountry).toList();
            assertThat(ranked).isEqualTo(expected);
        }
    }

    @Test
    void csvIsLongFormAndStableAcrossRuns() throws Exception {
        Path first = AlertMetricsJob.writeCsv(figures, out, YEAR);
        List<String> lines = Files.readAllLines(first);
        assertThat(lines.get(0)).isEqualTo("measure,year,month,platform,offence,hosting_country,value");
        assertThat(lines).hasSize(figures.size() + 1);
        assertThat(lines).contains("DUPLICATE_RATE,2024,0,,,," + AlertMetricsJob.format(
                figures.stream().filter(f -> f.measure().equals("DUPLICATE_RATE") && f.platform().isEmpty()).findFirst()
                        .orElseThrow().value()));
        byte[] before = Files.readAllBytes(first);
        List<AlertFigure> again = new AlertMetricsJob(TestSpark.session(), new FixedTables(
                TestSpark.session().createDataFrame(List.of(), AlertTablesSchema.ALERTS_SCHEMA))).figures(YEAR, null);
        assertThat(again).isEmpty();
        assertThat(Files.readAllBytes(AlertMetricsJob.writeCsv(figures, out, YEAR))).isEqualTo(before);
    }

    private static boolean sameKey(AlertFigure a, AlertFigure b) {
        return a.month() == b.month() && a.platform().equals(b.platform()) && a.offence().equals(b.offence())
                && Objects.equals(a.hostingCountry(), b.hostingCountry());
    }

    /** Alert tables that are one fixed DataFrame. */
    record FixedTables(Dataset<Row> rows) implements AlertTables {
        @Override
        public AlertMonthsUpdate replaceAlertMonths(AlertIngest ingest) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Optional<String> ingestInForce(String inputSha256) {
            return java.util.Optional.empty();
        }

        @Override
        public Dataset<Row> alerts(SparkSession spark, Instant asOf) {
            return rows;
        }

        @Override
        public Dataset<Row> quarantine(SparkSession spark, Instant asOf) {
            throw new UnsupportedOperationException();
        }
    }
}
