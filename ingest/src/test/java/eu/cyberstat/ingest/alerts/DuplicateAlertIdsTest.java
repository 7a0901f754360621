package eu.cyberstat.ingest.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateAlertIdsTest {

    @TempDir
    Path dir;

    @Test
    void findsRepeatedIdsAcrossSplitsAndKeepsTheFirst() throws IOException {
        StringBuilder csv = new StringBuilder("id,received,category,status\n");
        for (int i = 0; i < 500; i++) {
            csv.append("A").append(i % 450).append(",2024-01-01T00:00:00Z,c,s\n"); // A0..A49 occur twice
        }
        Path file = dir.resolve("e.csv");
        Files.writeString(file, csv);
        PlatformProfile profile = new PlatformProfile("T", "t", PlatformProfile.Format.CSV, null, null, false,
                java.time.ZoneOffset.UTC, List.of("iso"), new PlatformProfile.Fields("id", "received", "category", null,
                null, "status", null), List.of(), Map.of(), Map.of(), Map.of());
        ExportFile f = ExportFile.inspect(0, file, profile);
        List<ExportSplit> splits = f.splits(0, 1000);
        assertThat(splits.size()).isGreaterThan(5);
        List<Path> runs = new ArrayList<>();
        long records = 0;
        for (ExportSplit s : splits) {
            AlertIdFingerprints.SplitScan scan = AlertIdFingerprints.scan(f, s, profile, dir);
            runs.add(Path.of(scan.runFile()));
            records += scan.records();
        }
        assertThat(records).isEqualTo(500);
        Set<Long> candidates = AlertIdFingerprints.repeated(runs);
        assertThat(candidates).hasSize(50);
        List<DuplicateAlertIds.Occurrence> occurrences = new ArrayList<>();
        for (ExportSplit s : splits) {
            occurrences.addAll(DuplicateAlertIds.occurrences(f, s, profile, candidates));
        }
        DuplicateAlertIds duplicates = DuplicateAlertIds.of(occurrences);
        assertThat(duplicates.repeatedIds()).isEqualTo(50);
        DuplicateAlertIds.Position firstA7 = occurrences.stream().filter(o -> o.alertId().equals("A7"))
                .map(DuplicateAlertIds.Occurrence::position).min(DuplicateAlertIds.Position::compareTo).orElseThrow();
        DuplicateAlertIds.Position secondA7 = occurrences.stream().filter(o -> o.alertId().equals("A7"))
                .map(DuplicateAlertIds.Occurrence::position).max(DuplicateAlertIds.Position::compareTo).orElseThrow();
        assertThat(duplicates.isDuplicate("A7", firstA7)).isFalse();
        assertThat(duplicates.isDuplicate("A7", secondA7)).isTrue();
        assertThat(duplicates.isDuplicate("A60", firstA7)).isFalse();
    }
}
