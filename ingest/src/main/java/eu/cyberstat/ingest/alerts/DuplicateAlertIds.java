package eu.cyberstat.ingest.alerts;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The alert ids that occur in more than one record of an ingest, each with the record that is
 * kept: the first in file order (split order, then line). Later records with the same id are
 * duplicates: counted in the receipt, listed in the quarantine table, not stored. Built from the
 * fingerprint candidates by comparing the ids themselves, so it is exact.
 */
public final class DuplicateAlertIds implements Serializable {

    /** Where a record is: its split and its line relative to the split. */
    public record Position(int split, long relativeLine) implements Serializable, Comparable<Position> {
        @Override
        public int compareTo(Position o) {
            return split != o.split ? Integer.compare(split, o.split) : Long.compare(relativeLine, o.relativeLine);
        }
    }

    /** One record whose id's fingerprint is a candidate. */
    public record Occurrence(String alertId, Position position) implements Serializable {
    }

    public static final DuplicateAlertIds NONE = new DuplicateAlertIds(Map.of());

    /** Each repeated id, with the position of the record that is kept (the first). */
    private final Map<String, Position> kept;

    private DuplicateAlertIds(Map<String, Position> kept) {
        this.kept = kept;
    }

    /** Lists the records of a split whose id has a candidate fingerprint. */
    public static List<Occurrence> occurrences(ExportFile file, ExportSplit split, PlatformProfile profile,
                                               Set<Long> candidates) {
        List<Occurrence> found = new ArrayList<>();
        try (ExportRecords r = new ExportRecords(file, split, 1, profile, EnumSet.of(AlertField.ALERT_ID))) {
            while (r.next()) {
                String id = r.values()[AlertField.ALERT_ID.ordinal()];
                if (r.syntaxError() == null && id != null && !id.isEmpty()
                        && candidates.contains(AlertIdFingerprints.of(id))) {
                    found.add(new Occurrence(id, new Position(split.index(), r.relativeLine())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.name(), e);
        }
        return found;
    }

    /** The exact duplicates among the occurrences of candidate fingerprints. */
    public static DuplicateAlertIds of(List<Occurrence> occurrences) {
        Map<String, List<Position>> byId = new HashMap<>();
        for (Occurrence o : occurrences) {
            byId.computeIfAbsent(o.alertId(), k -> new ArrayList<>()).add(o.position());
        }
        Map<String, Position> kept = new HashMap<>();
        byId.forEach((id, positions) -> {
            if (positions.size() > 1) {
                kept.put(id, positions.stream().min(Position::compareTo).orElseThrow());
            }
        });
        return kept.isEmpty() ? NONE : new DuplicateAlertIds(Map.copyOf(kept));
    }

    /** Number of distinct ids that occur more than once. */
    public int repeatedIds() {
        return kept.size();
    }

    /** True when the record at {@code position} with {@code alertId} repeats an id read earlier. */
    public boolean isDuplicate(String alertId, Position position) {
        Position first = kept.get(alertId);
        return first != null && !first.equals(position);
    }
}
