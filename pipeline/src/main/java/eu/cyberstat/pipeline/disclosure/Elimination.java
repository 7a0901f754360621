package eu.cyberstat.pipeline.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which withheld cells of a {@link FiguresTable} the published ones give away, by exact
 * Gauss–Jordan elimination of the table's relations over the withheld cells (rational
 * arithmetic, no rounding).
 *
 * <p>A withheld cell is determined when every solution of the relations gives it the same value:
 * when some combination of relations holds it alone among the withheld cells. Counts are never
 * negative, so a combination {@code Σ a × withheld = 0} whose coefficients all have the same
 * sign also determines every cell in it (each is zero); such cells then count as known.
 */
final class Elimination {

    private Elimination() {
    }

    /**
     * @param withheld cells not published: confidential, suppressed, or without a value
     * @return each determined withheld cell with the published cells of one derivation of it
     *         (suppressing one of them breaks that derivation), in cell order
     */
    static SortedMap<TableCell, Set<TableCell>> determined(FiguresTable table, Set<TableCell> withheld) {
        List<Map<TableCell, Rational>> relations = new ArrayList<>();
        for (Relation r : table.relations()) {
            if (r.terms().keySet().stream().anyMatch(withheld::contains)) {
                Map<TableCell, Rational> row = new TreeMap<>(TableCell.ORDER);
                r.terms().forEach((cell, coefficient) -> {
                    if (coefficient != 0) {
                        row.put(cell, Rational.of(coefficient));
                    }
                });
                relations.add(row);
            }
        }
        SortedMap<TableCell, Set<TableCell>> determined = new TreeMap<>(TableCell.ORDER);
        Set<TableCell> zeros = new HashSet<>();
        while (true) {
            Set<TableCell> unknown = new TreeSet<>(TableCell.ORDER);
            unknown.addAll(withheld);
            unknown.removeAll(zeros);
            List<Map<TableCell, Rational>> rows = reduce(relations, unknown);
            boolean newZeros = false;
            for (Map<TableCell, Rational> row : rows) {
                List<TableCell> alone = row.keySet().stream().filter(unknown::contains).toList();
                if (alone.isEmpty()) {
                    continue;
                }
                Set<TableCell> support = published(row, withheld);
                if (alone.size() == 1) {
                    determined.putIfAbsent(alone.get(0), support);
                } else if (isZeroSum(row, alone, unknown, table.values())) {
                    for (TableCell c : alone) {
                        determined.putIfAbsent(c, support);
                        newZeros |= zeros.add(c);
                    }
                }
            }
            if (!newZeros) {
                return determined;
            }
        }
    }

    /** Whether one cell is determined; a shortcut of {@link #determined}. */
    static boolean isDetermined(FiguresTable table, Set<TableCell> withheld, TableCell cell) {
        return determined(table, withheld).containsKey(cell);
    }

    /** Gauss–Jordan on the unknown columns, in cell order; rows that reduce to nothing are dropped. */
    private static List<Map<TableCell, Rational>> reduce(List<Map<TableCell, Rational>> relations, Set<TableCell> unknown) {
        List<Map<TableCell, Rational>> rows = new ArrayList<>();
        for (Map<TableCell, Rational> r : relations) {
            rows.add(new TreeMap<>(r));
        }
        boolean[] pivot = new boolean[rows.size()];
        for (TableCell u : unknown) {
            int p = -1;
            for (int i = 0; i < rows.size() && p < 0; i++) {
                if (!pivot[i] && rows.get(i).containsKey(u)) {
                    p = i;
                }
            }
            if (p < 0) {
                continue;
            }
            pivot[p] = true;
            Map<TableCell, Rational> pr = rows.get(p);
            Rational scale = pr.get(u);
            pr.replaceAll((cell, a) -> a.dividedBy(scale));
            for (int i = 0; i < rows.size(); i++) {
                Map<TableCell, Rational> row = rows.get(i);
                Rational factor = row.get(u);
                if (i == p || factor == null) {
                    continue;
                }
                pr.forEach((cell, a) -> {
                    Rational updated = row.getOrDefault(cell, Rational.ZERO).minus(factor.times(a));
                    if (updated.isZero()) {
                        row.remove(cell);
                    } else {
                        row.put(cell, updated);
                    }
                });
            }
        }
        return rows.stream().filter(r -> !r.isEmpty()).toList();
    }

    private static Set<TableCell> published(Map<TableCell, Rational> row, Set<TableCell> withheld) {
        Set<TableCell> support = new TreeSet<>(TableCell.ORDER);
        row.keySet().stream().filter(c -> !withheld.contains(c)).forEach(support::add);
        return support;
    }

    /** {@code Σ a × unknown = −Σ b × known = 0} with every a of one sign: each unknown is zero. */
    private static boolean isZeroSum(Map<TableCell, Rational> row, List<TableCell> alone, Set<TableCell> unknown,
                                     Map<TableCell, Long> values) {
        int sign = row.get(alone.get(0)).signum();
        if (alone.stream().anyMatch(c -> row.get(c).signum() != sign)) {
            return false;
        }
        Rational rest = Rational.ZERO;
        for (Map.Entry<TableCell, Rational> e : row.entrySet()) {
            if (unknown.contains(e.getKey())) {
                continue;
            }
            Long v = values.get(e.getKey());
            if (v == null) {
                // A known zero has no value in the table only when it was found to be zero above.
                continue;
            }
            rest = rest.plus(e.getValue().times(Rational.of(v)));
        }
        return rest.isZero();
    }
}
