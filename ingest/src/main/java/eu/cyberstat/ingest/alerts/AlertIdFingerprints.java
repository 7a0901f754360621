package eu.cyberstat.ingest.alerts;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Finds alert ids that occur more than once in an ingest without holding every id in memory:
 * each split writes the sorted 64-bit fingerprints of its ids to a run file (8 bytes a record,
 * on disk), and one streaming k-way merge of the runs yields the fingerprints seen twice or
 * more. Those are only candidates: {@link DuplicateAlertIds} then compares the ids themselves,
 * so a fingerprint collision never drops an alert.
 */
public final class AlertIdFingerprints {

    private static final HashFunction FINGERPRINT = Hashing.farmHashFingerprint64();

    private AlertIdFingerprints() {
    }

    public static long of(String alertId) {
        return FINGERPRINT.hashString(alertId, StandardCharsets.UTF_8).asLong();
    }

    /** What scanning one split found: its record and line counts, and where its sorted run is. */
    public record SplitScan(int splitIndex, long records, long lines, String runFile) implements Serializable {
    }

    /** Scans one split: counts its records and lines and writes the sorted fingerprints of its ids. */
    public static SplitScan scan(ExportFile file, ExportSplit split, PlatformProfile profile, Path runDir) {
        long[] prints = new long[1 << 14];
        int n = 0;
        long records = 0;
        long lines;
        try (ExportRecords r = new ExportRecords(file, split, 1, profile, EnumSet.of(AlertField.ALERT_ID))) {
            while (r.next()) {
                records++;
                String id = r.values()[AlertField.ALERT_ID.ordinal()];
                if (r.syntaxError() == null && id != null && !id.isEmpty()) {
                    if (n == prints.length) {
                        prints = Arrays.copyOf(prints, n * 2);
                    }
                    prints[n++] = of(id);
                }
            }
            lines = r.linesPassed();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.name(), e);
        }
        Arrays.sort(prints, 0, n);
        Path run = runDir.resolve(String.format("split-%06d.run", split.index()));
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
            for (int i = 0; i < n; i++) {
                out.writeLong(prints[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + run, e);
        }
        return new SplitScan(split.index(), records, lines, run.toString());
    }

    /** Merges sorted runs; returns the fingerprints that occur more than once across them. */
    public static Set<Long> repeated(List<Path> runs) {
        record Cursor(DataInputStream in, long[] head) {
        }
        Set<Long> repeated = new HashSet<>();
        PriorityQueue<Cursor> queue = new PriorityQueue<>((a, b) -> Long.compare(a.head[0], b.head[0]));
        List<DataInputStream> open = new ArrayList<>();
        try {
            for (Path run : runs) {
                DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
                open.add(in);
                Cursor c = new Cursor(in, new long[1]);
                if (advance(c.in, c.head)) {
                    queue.add(c);
                }
            }
            boolean hasPrevious = false;
            long previous = 0;
            while (!queue.isEmpty()) {
                Cursor c = queue.poll();
                long value = c.head[0];
                if (hasPrevious && value == previous) {
                    repeated.add(value);
                }
                previous = value;
                hasPrevious = true;
                if (advance(c.in, c.head)) {
                    queue.add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot merge alert id fingerprints", e);
        } finally {
            for (DataInputStream in : open) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // reading is finished; a failed close loses nothing
                }
            }
        }
        return repeated;
    }

    private static boolean advance(DataInputStream in, long[] head) throws IOException {
        try {
            head[0] = in.readLong();
            return true;
        } catch (EOFException e) {
            return false;
        }
    }
}
