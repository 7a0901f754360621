package eu.cyberstat.pipeline.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.cyberstat.failure.StorageException;
import eu.cyberstat.ingest.alerts.PlatformProfile;
import eu.cyberstat.ingest.alerts.PlatformProfiles;
import eu.cyberstat.ingest.text.TextFiles;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.warehousing.AlertTablesSchema;
import eu.cyberstat.warehousing.Warehouse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertIngestJobTest {

    static final Path PROJECT = Path.of(System.getProperty("cyberstat.project.dir", ".."));
    static final Path SAMPLES = PROJECT.resolve("data-samples/alerts");
    static final Path PROFILES = PROJECT.resolve("templates/profiles");
    static final byte[] KEY = "a test key that is long enough for HMAC".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final SparkSession spark = TestSpark.session();

    static AlertIngestReceipt ingest(Path warehouse, Path work, PlatformProfile profile, Path... files) {
        return new AlertIngestJob(TestSpark.session(), new WarehouseAlertTables(Warehouse.openOrCreate(warehouse)))
                .run(new AlertIngestJob.Request(List.of(files), profile, KEY, work, 1 << 20, false));
    }

    private static PlatformProfile profile(String name) {
        return PlatformProfiles.load(PROFILES.resolve(name));
    }

    private Map<String, Row> alertsById(Path warehouse) {
        return new WarehouseAlertTables(Warehouse.openOrCreate(warehouse)).alerts(spark, null).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(2), r -> r));
    }

    private static String hmacHex(String canonicalUrl) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(canonicalUrl.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void storesNormalisedPseudonymisedAlertsAndQuarantinesTheRest() throws Exception {
        Path file = dir.resolve("export.csv");
        Files.writeString(file, String.join("\n",
                "meldung_id,eingang,kategorie,url,hoster_land,status,abschluss,melder_email,melder_telefon",
                "M1,2024-01-31T23:30:00+01:00,fraud,HTTPS://Shop.Example.co.uk/a?b=1#x,GR,forwarded_police,2024-02-01T01:00:00Z,jo@mail.example,+49 1",
                "M2,2024-02-10T10:00:00Z,phishing,,,open,,,",
                "M3,2024-02-30T10:00:00Z,phishing,http://a.example,US,open,,ann@mail.example,",
                "M4,2024-02-10T10:00:00Z,unknown,http://a.example,US,open,,,",
                "M1,2024-03-01T10:00:00Z,fraud,http://again.example,US,open,,,",
                "M5,2024-03-01T10:00:00Z,fraud,http://b.example/p,US,open,,bob@mail.example,+49 2,EXTRA",
                "M6,2024-03-01T10:00:00Z,fraud,http:///nohost,US,open,,,",
                "") , StandardCharsets.UTF_8);
        Path warehouse = dir.resolve("wh");
        AlertIngestReceipt receipt = ingest(warehouse, dir.resolve("work"), profile("alerts-de-meldestelle.yaml"), file);

        assertThat(receipt.rowsRead()).isEqualTo(7);
        assertThat(receipt.accepted()).isEqualTo(2);
        assertThat(receipt.quarantined()).isEqualTo(4);
        assertThat(receipt.duplicates()).isEqualTo(1);
        assertThat(receipt.months()).containsExactly("2024-01", "2024-02");

        Map<String, Row> alerts = alertsById(warehouse);
        assertThat(alerts).containsOnlyKeys("M1", "M2");
        Row m1 = alerts.get("M1");
        assertThat(m1.getString(0)).isEqualTo("DE-MELDESTELLE");
        assertThat(m1.getString(1)).as("Berlin month").isEqualTo("2024-01");
        assertThat(m1.getTimestamp(3).toInstant()).isEqualTo(Instant.parse("2024-01-31T22:30:00Z"));
        assertThat(m1.getTimestamp(4).toInstant()).isEqualTo(Instant.parse("2024-02-01T01:00:00Z"));
        assertThat(m1.getString(5)).isEqualTo("COMP_FRAUD");
        assertThat(m1.getString(6)).isEqualTo("forwarded_le");
        assertThat(m1.getString(7)).isEqualTo("EL");
        assertThat(m1.getString(8)).isEqualTo("example.co.uk");
        assertThat(java.util.HexFormat.of().formatHex((byte[]) m1.get(9))).isEqualTo(hmacHex("https://shop.example.co.uk/a?b=1"));
        Row m2 = alerts.get("M2");
        assertThat(m2.isNullAt(4)).isTrue();
        assertThat(m2.isNullAt(7)).isTrue();
        assertThat(m2.isNullAt(8)).isTrue();
        assertThat(m2.isNullAt(9)).isTrue();
        assertThat(m2.getString(6)).isEqualTo("received");

        List<Row> quarantine = new WarehouseAlertTables(Warehouse.openOrCreate(warehouse)).quarantine(spark, null)
                .orderBy("line").collectAsList();
        assertThat(quarantine).extracting(r -> r.getLong(3) + " " + r.getString(4) + " " + r.getString(5))
                .containsExactly("4 E_TIME receivedAt", "5 E_CATEGORY category", "6 W_DUPLICATE_ALERT_ID alertId",
                        "7 E_FIELD_COUNT ", "8 E_URL url");
        assertThat(quarantine).allSatisfy(r -> {
            assertThat(r.getString(2)).isEqualTo("export.csv");
            assertThat(r.getString(1)).isEqualTo(receipt.ingestId());
        });
        assertThat(quarantine.get(3).isNullAt(7)).as("no alert id from a record that could not be cut").isTrue();
        assertThat(quarantine.get(0).getString(6)).contains("2024-02-30T10:00:00Z");
    }

    @Test
    void readsEveryShippedSampleShape() throws IOException {
        Path warehouse = dir.resolve("wh");
        Object[][] samples = {
            {"fr-pharos-2022-2024.csv", "alerts-fr-pharos.yaml"},
            {"de-meldestelle-2022-2024.csv.gz", "alerts-de-meldestelle.yaml"},
            {"nl-meldpunt-2022-2024.jsonl", "alerts-nl-meldpunt.yaml"},
        };
        long total = 0;
        for (Object[] s : samples) {
            Path file = SAMPLES.resolve((String) s[0]);
            PlatformProfile profile = profile((String) s[1]);
            AlertIngestReceipt r = ingest(warehouse, dir.resolve("work"), profile, file);
            long lines = TextFiles.readString(file, profile.charset()).lines().filter(l -> !l.isBlank()).count();
            long records = profile.format() == PlatformProfile.Format.CSV ? lines - 1 : lines;
            assertThat(r.rowsRead()).as(file.toString()).isEqualTo(records);
            assertThat(r.accepted() + r.quarantined() + r.duplicates()).isEqualTo(r.rowsRead());
            assertThat(r.quarantined()).as("samples carry about 1 % of malformed records").isBetween(1L, records / 20);
            assertThat(r.months()).hasSize(36);
            total += r.accepted();
        }
        assertThat(new WarehouseAlertTables(Warehouse.openOrCreate(warehouse)).alerts(spark, null).count()).isEqualTo(total);
    }

    @Test
    void reingestingAPlatformsPeriodReplacesItAtomically() throws IOException {
        Path warehouse = dir.resolve("wh");
        String header = "meldung_id,eingang,kategorie,url,hoster_land,status,abschluss,melder_email,melder_telefon\n";
        Path first = dir.resolve("q1.csv");
        Files.writeString(first, header
                + "J1,2024-01-10T10:00:00Z,fraud,http://a.example,US,open,,,\n"
                + "F1,2024-02-10T10:00:00Z,fraud,http://a.example,US,open,,,\n"
                + "F2,2024-02-11T10:00:00Z,fraud,http://a.example,US,open,,,\n"
                + "M1,2024-03-10T10:00:00Z,fraud,http://a.example,US,open,,,\n");
        PlatformProfile profile = profile("alerts-de-meldestelle.yaml");
        AlertIngestReceipt once = ingest(warehouse, dir.resolve("work"), profile, first);
        AlertIngestReceipt twice = ingest(warehouse, dir.resolve("work"), profile, first);
        assertThat(once.isRepeat()).isFalse();
        assertThat(twice.sameAs()).as("the same bytes in force already: nothing written").isEqualTo(once.ingestId());
        assertThat(twice.describe()).contains("skipped").contains(once.ingestId());
        assertThat(warehouse.resolve("tables/alerts/_log/00000000000000000002.json")).doesNotExist();
        assertThat(alertsById(warehouse)).containsOnlyKeys("J1", "F1", "F2", "M1");
        Instant afterFirst = Instant.now();

        Path correctedFebruary = dir.resolve("feb.csv");
        Files.writeString(correctedFebruary, header + "F3,2024-02-12T10:00:00Z,spam,http://a.example,US,open,,,\n");
        ingest(warehouse, dir.resolve("work"), profile, correctedFebruary);
        assertThat(alertsById(warehouse)).containsOnlyKeys("J1", "F3", "M1");
        assertThat(new WarehouseAlertTables(Warehouse.openOrCreate(warehouse)).alerts(spark, afterFirst).count())
                .as("as of before the correction").isEqualTo(4);

        AlertIngestReceipt again = ingest(warehouse, dir.resolve("work"), profile, first);
        assertThat(again.isRepeat()).as("February of the first export is no longer in force").isFalse();
        assertThat(alertsById(warehouse)).containsOnlyKeys("J1", "F1", "F2", "M1");
    }

    @Test
    void readsSeveralFilesInOneIngestKeepingTheFirstOfARepeatedId() throws IOException {
        String header = "meldung_id,eingang,kategorie,url,hoster_land,status,abschluss,melder_email,melder_telefon\n";
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        StringBuilder big = new StringBuilder(header);
        for (int i = 0; i < 20_000; i++) {
            big.append("X").append(i).append(",2024-05-01T10:00:00Z,fraud,http://s").append(i % 97).append(".example/p,US,open,,,\n");
        }
        Files.writeString(a, big);
        Files.writeString(b, header + "X5,2024-06-01T10:00:00Z,spam,http://later.example,US,open,,,\n"
                + "Y1,2024-06-01T10:00:00Z,spam,http://later.example,US,open,,,\n");
        Path warehouse = dir.resolve("wh");
        AlertIngestReceipt r = new AlertIngestJob(spark, new WarehouseAlertTables(Warehouse.openOrCreate(warehouse)))
                .run(new AlertIngestJob.Request(List.of(a, b), profile("alerts-de-meldestelle.yaml"), KEY, dir.resolve("w"), 100_000, false));
        assertThat(r.rowsRead()).isEqualTo(20_002);
        assertThat(r.duplicates()).isEqualTo(1);
        Map<String, Row> alerts = alertsById(warehouse);
        assertThat(alerts).hasSize(20_001);
        assertThat(alerts.get("X5").getString(5)).as("the first record of X5 is kept").isEqualTo("COMP_FRAUD");
        assertThat(r.months()).containsExactly("2024-05", "2024-06");
    }

    @Test
    void theSameExportIsARepeatWhateverTheSplitSizeUnlessRestated() throws IOException {
        StringBuilder big = new StringBuilder(
                "meldung_id,eingang,kategorie,url,hoster_land,status,abschluss,melder_email,melder_telefon\n");
        for (int i = 0; i < 5_000; i++) {
            big.append("R").append(i).append(",2024-04-01T10:00:00Z,fraud,http://s").append(i % 31).append(".example/p,US,open,,,\n");
        }
        Path export = dir.resolve("april.csv");
        Files.writeString(export, big);
        Path warehouse = dir.resolve("wh");
        PlatformProfile profile = profile("alerts-de-meldestelle.yaml");
        AlertIngestJob job = new AlertIngestJob(spark, new WarehouseAlertTables(Warehouse.openOrCreate(warehouse)));

        AlertIngestReceipt inSmallSplits = job.run(new AlertIngestJob.Request(List.of(export), profile, KEY, dir.resolve("w"),
                50_000, false));
        AlertIngestReceipt inOneSplit = job.run(new AlertIngestJob.Request(List.of(export), profile, KEY, dir.resolve("w"),
                1 << 20, false));
        assertThat(inSmallSplits.accepted()).isEqualTo(5_000);
        assertThat(inOneSplit.sameAs()).as("the digest is the file's, not its splits'").isEqualTo(inSmallSplits.ingestId());

        AlertIngestReceipt restated = job.run(new AlertIngestJob.Request(List.of(export), profile, KEY, dir.resolve("w"),
                1 << 20, true));
        assertThat(restated.isRepeat()).isFalse();
        assertThat(restated.accepted()).isEqualTo(5_000);
        assertThat(alertsById(warehouse)).hasSize(5_000);
    }

    @Test
    void anExportWithoutRecordsCommitsNothing() throws IOException {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "meldung_id,eingang,kategorie,url,hoster_land,status,abschluss,melder_email,melder_telefon\n\n");
        Path warehouse = dir.resolve("wh");
        AlertIngestReceipt r = ingest(warehouse, dir.resolve("work"), profile("alerts-de-meldestelle.yaml"), empty);
        assertThat(r.rowsRead()).isZero();
        assertThat(r.months()).isEmpty();
        assertThat(Files.exists(warehouse.resolve("tables/alerts/_log/00000000000000000001.json"))).isFalse();
    }

    @Test
    void anExportWhoseEveryRecordIsQuarantinedCommitsNoAlerts() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, String.join("\n",
                "meldung_id,eingang,kategorie,url,hoster_land,status,abschluss,melder_email,melder_telefon",
                "M1,2024-02-30T10:00:00Z,phishing,http://a.example,US,open,,,",
                "M2,2024-02-10T10:00:00Z,unknown,http://a.example,US,open,,,",
                "M3,2024-03-01T10:00:00Z,fraud,http:///nohost,US,open,,,",
                ""), StandardCharsets.UTF_8);
        Path warehouse = dir.resolve("wh");
        PlatformProfile profile = profile("alerts-de-meldestelle.yaml");

        AlertIngestReceipt r = ingest(warehouse, dir.resolve("work"), profile, bad);

        assertThat(r.rowsRead()).isEqualTo(3);
        assertThat(r.accepted()).isZero();
        assertThat(r.quarantined()).isEqualTo(3);
        assertThat(warehouse.resolve("tables/alerts/_log/00000000000000000001.json")).doesNotExist();
        assertThat(warehouse.resolve("tables/alerts_quarantine/_log/00000000000000000001.json")).exists();
        assertThat(new WarehouseAlertTables(Warehouse.open(warehouse)).quarantine(spark, null).count()).isEqualTo(3);

        AlertIngestReceipt again = ingest(warehouse, dir.resolve("work"), profile, bad);
        assertThat(again.isRepeat()).as("the same export would only quarantine the same records again").isTrue();
        assertThat(again.sameAs()).isEqualTo(r.ingestId());
        assertThat(new WarehouseAlertTables(Warehouse.open(warehouse)).quarantine(spark, null).count()).isEqualTo(3);
    }

    /** Two alerts accepted, three records quarantined and one repeated id set aside. */
    private Path mixedExport() throws IOException {
        Path file = dir.resolve("mixed.csv");
        Files.writeString(file, String.join("\n",
                "meldung_id,eingang,kategorie,url,hoster_land,status,abschluss,melder_email,melder_telefon",
                "M1,2024-01-31T10:00:00Z,fraud,http://a.example/x,GR,open,,,",
                "M2,2024-02-10T10:00:00Z,phishing,,,open,,,",
                "M3,2024-02-30T10:00:00Z,phishing,http://a.example,US,open,,,",
                "M4,2024-02-10T10:00:00Z,unknown,http://a.example,US,open,,,",
                "M1,2024-03-01T10:00:00Z,fraud,http://again.example,US,open,,,",
                "M6,2024-03-01T10:00:00Z,fraud,http:///nohost,US,open,,,",
                ""), StandardCharsets.UTF_8);
        return file;
    }

    /** A file where a table's commit log folder belongs: its next commit fails, as if the process died there. */
    private static Path blockLog(Path warehouse, String table) throws IOException {
        Path log = warehouse.resolve("tables").resolve(table).resolve("_log");
        Files.createDirectories(log.getParent());
        return Files.writeString(log, "");
    }

    @Test
    void anIngestStoppedAfterItsAlertsTableCommitsNeitherAndIsNotTakenForARepeat() throws IOException {
        Path warehouse = dir.resolve("wh");
        Path export = mixedExport();
        PlatformProfile profile = profile("alerts-de-meldestelle.yaml");
        Path blocked = blockLog(warehouse, AlertTablesSchema.QUARANTINE);

        assertThatThrownBy(() -> ingest(warehouse, dir.resolve("work"), profile, export))
                .isInstanceOf(StorageException.class);
        Files.delete(blocked);
        WarehouseAlertTables tables = new WarehouseAlertTables(Warehouse.open(warehouse));
        assertThat(tables.alerts(spark, null).count()).as("no alerts without their quarantine").isZero();

        AlertIngestReceipt again = ingest(warehouse, dir.resolve("work"), profile, export);
        assertThat(again.isRepeat()).as("the quarantine was never stored: ingesting again must store it").isFalse();
        assertThat(tables.alerts(spark, null).count()).isEqualTo(2);
        assertThat(tables.quarantine(spark, null).count()).isEqualTo(4);
    }

    @Test
    void aQuarantinePreparedForAlertsThatNeverCommittedStaysInvisible() throws IOException {
        Path warehouse = dir.resolve("wh");
        Path export = mixedExport();
        PlatformProfile profile = profile("alerts-de-meldestelle.yaml");
        Path blocked = blockLog(warehouse, AlertTablesSchema.ALERTS);

        assertThatThrownBy(() -> ingest(warehouse, dir.resolve("work"), profile, export))
                .isInstanceOf(StorageException.class);
        Files.delete(blocked);
        assertThat(warehouse.resolve("tables/alerts_quarantine/_log/00000000000000000001.json"))
                .as("the quarantine entry was prepared").exists();
        WarehouseAlertTables tables = new WarehouseAlertTables(Warehouse.open(warehouse));
        assertThat(tables.quarantine(spark, null).count()).as("its alerts never committed").isZero();
        assertThat(Warehouse.open(warehouse).alertIngests().abandonedQuarantine()).hasSize(1);

        AlertIngestReceipt again = ingest(warehouse, dir.resolve("work"), profile, export);
        assertThat(again.isRepeat()).isFalse();
        assertThat(tables.quarantine(spark, null).collectAsList()).as("each record set aside once, by the ingest in force")
                .hasSize(4).allSatisfy(r -> assertThat(r.getString(1)).isEqualTo(again.ingestId()));
        assertThat(tables.quarantine(spark, Instant.now().minusSeconds(3600)).count()).isZero();
        assertThat(Warehouse.open(warehouse).alertIngests().abandonedQuarantine()).hasSize(1);
    }
}
