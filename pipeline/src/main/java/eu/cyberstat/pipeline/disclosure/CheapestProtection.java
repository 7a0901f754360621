package eu.cyberstat.pipeline.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The cheapest cells to withhold so that one determined cell no longer is, as a linear
 * programme (the attacker's view of Fischetti and Salazar's model for cell suppression).
 *
 * <p>A withheld cell {@code t} is undetermined exactly when some change {@code v} of the
 * table's cells keeps every relation true ({@code A v = 0}), moves {@code t} ({@code v_t = 1})
 * and touches published cells only where they are withheld too. So: find such a {@code v}
 * minimising {@code Σ cost_j |v_j|} over the published cells it touches (the cells already
 * withheld cost next to nothing), and withhold those. A vertex solution of this programme is
 * sparse: for sums of counts it is a cycle through the table (a country's offence, the same
 * offence elsewhere, that country's other offence, ...). The answer is then trimmed of cells it
 * can spare and checked exactly ({@link Elimination}): the programme works in floating point
 * and knows nothing of the zero case, so its answer is a proposal, never trusted unchecked.
 */
final class CheapestProtection {

    /** What using an already withheld cell costs: next to nothing, but not nothing, so that solutions stay sparse. */
    private static final double WITHHELD_COST = 1e-4;
    private static final double SUPPORT = 1e-7;
    private static final int MAX_ITERATIONS = 200_000;

    private CheapestProtection() {
    }

    /**
     * @param cost the price of withholding a published cell
     * @return published cells whose withholding leaves {@code target} undetermined, or empty when
     *         the programme finds none it can vouch for
     */
    static Optional<List<TableCell>> of(FiguresTable table, Set<TableCell> withheld, TableCell target,
                                        ToDoubleFunction<TableCell> cost) {
        List<Relation> relations = component(table, target);
        List<TableCell> cells = new ArrayList<>(new TreeSet<>(relations.stream()
                .flatMap(r -> r.terms().keySet().stream()).toList()));
        Map<TableCell, Integer> index = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            index.put(cells.get(i), i);
        }
        int n = cells.size();
        double[] objective = new double[2 * n];
        for (int j = 0; j < n; j++) {
            TableCell c = cells.get(j);
            double price = withheld.contains(c) ? WITHHELD_COST : cost.applyAsDouble(c);
            objective[j] = price;
            objective[n + j] = price;
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        for (Relation r : relations) {
            double[] row = new double[2 * n];
            r.terms().forEach((c, a) -> {
                row[index.get(c)] = a;
                row[n + index.get(c)] = -a;
            });
            constraints.add(new LinearConstraint(row, Relationship.EQ, 0));
        }
        double[] moved = new double[2 * n];
        moved[index.get(target)] = 1;
        moved[n + index.get(target)] = -1;
        constraints.add(new LinearConstraint(moved, Relationship.EQ, 1));
        PointValuePair solution;
        try {
            solution = new SimplexSolver().optimize(new MaxIter(MAX_ITERATIONS), new LinearObjectiveFunction(objective, 0),
                    new LinearConstraintSet(constraints), GoalType.MINIMIZE, new NonNegativeConstraint(true));
        } catch (MathIllegalStateException e) {
            return Optional.empty(); // infeasible (nothing can protect it) or too many iterations: the search decides
        }
        double[] v = solution.getPoint();
        List<TableCell> added = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            TableCell c = cells.get(j);
            if (!withheld.contains(c) && Math.abs(v[j] - v[n + j]) > SUPPORT) {
                added.add(c);
            }
        }
        return trimmed(table, withheld, target, added, cost);
    }

    /** The relations connected to the target through shared cells: nothing else can move it. */
    private static List<Relation> component(FiguresTable table, TableCell target) {
        Map<TableCell, List<Relation>> byCell = new HashMap<>();
        for (Relation r : table.relations()) {
            r.terms().keySet().forEach(c -> byCell.computeIfAbsent(c, k -> new ArrayList<>()).add(r));
        }
        List<Relation> out = new ArrayList<>();
        Set<TableCell> seen = new TreeSet<>();
        Deque<TableCell> todo = new ArrayDeque<>(List.of(target));
        seen.add(target);
        java.util.Set<Relation> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            for (Relation r : byCell.getOrDefault(todo.pop(), List.of())) {
                if (taken.add(r)) {
                    out.add(r);
                    r.terms().keySet().stream().filter(seen::add).forEach(todo::add);
                }
            }
        }
        return out;
    }

    /** Drops, dearest first, every cell the target's protection can spare; empty when it is not protected at all. */
    private static Optional<List<TableCell>> trimmed(FiguresTable table, Set<TableCell> withheld, TableCell target,
                                                     List<TableCell> added, ToDoubleFunction<TableCell> cost) {
        if (added.isEmpty() || Elimination.isDetermined(table, with(withheld, added), target)) {
            return Optional.empty();
        }
        List<TableCell> kept = new ArrayList<>(added);
        List<TableCell> dearestFirst = new ArrayList<>(added);
        dearestFirst.sort(Comparator.comparingDouble(cost::applyAsDouble).reversed().thenComparing(Comparator.naturalOrder()));
        for (TableCell c : dearestFirst) {
            List<TableCell> without = new ArrayList<>(kept);
            without.remove(c);
            if (!without.isEmpty() && !Elimination.isDetermined(table, with(withheld, without), target)) {
                kept = without;
            }
        }
        kept.sort(Comparator.naturalOrder());
        return Optional.of(kept);
    }

    private static Set<TableCell> with(Set<TableCell> withheld, List<TableCell> more) {
        Set<TableCell> all = new TreeSet<>(withheld);
        all.addAll(more);
        return all;
    }
}
