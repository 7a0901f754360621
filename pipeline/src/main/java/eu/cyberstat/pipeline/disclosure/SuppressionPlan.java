package eu.cyberstat.pipeline.disclosure;

import eu.cyberstat.figure.ConfidentialityStatus;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What may not be published: every cell withheld, with its status (primary or secondary), and
 * for each primary cell that needed them, the cells withheld to protect it.
 */
public record SuppressionPlan(SortedMap<TableCell, ConfidentialityStatus> withheld, List<Protection> protections) {

    /** The cells withheld so that {@code primary} cannot be worked out from published figures. */
    public record Protection(TableCell primary, List<TableCell> secondary) {
        public Protection {
            secondary = List.copyOf(secondary);
        }
    }

    public SuppressionPlan {
        TreeMap<TableCell, ConfidentialityStatus> sorted = new TreeMap<>(TableCell.ORDER);
        sorted.putAll(withheld);
        withheld = Collections.unmodifiableSortedMap(sorted);
        protections = List.copyOf(protections);
    }

    public ConfidentialityStatus statusOf(TableCell cell) {
        return withheld.getOrDefault(cell, ConfidentialityStatus.FREE);
    }

    /** The cells of one status. */
    public List<TableCell> cells(ConfidentialityStatus status) {
        return withheld.entrySet().stream().filter(e -> e.getValue() == status).map(Map.Entry::getKey).toList();
    }
}
