package eu.cyberstat.pipeline.disclosure;

import eu.cyberstat.figure.ConfidentialityStatus;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.OffenceClassification;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Secondary suppression (pure: no Spark). Confidential figures ({@code c}) are never published,
 * but the EU27 sums, the panel sums and a country's groups and total include them: publishing
 * every other part of such a sum would give a confidential figure back by subtraction. This
 * withholds the fewest further cells it can so that no confidential figure is determined by the
 * published ones.
 *
 * <p>Method, per indicator × year (the published trend figures are computed from published
 * values only, so years do not combine; see docs/metrics.md): the cells are every country
 * figure, every EU27 sum and every panel sum; the relations are the sums themselves and the
 * offence classification ({@link FiguresTable}). While some primary cell is determined by the
 * relations ({@link Elimination}: exact elimination, plus the zero case of non-negative counts),
 * the cheapest further cells that make it undetermined are withheld: those of a linear
 * programme ({@link CheapestProtection}: the cheapest change of the table that moves the
 * confidential cell and keeps every relation true) or of a beam search of up to
 * {@value #DEPTH} cells among those its derivation reads (a beam of {@value #BEAM}), whichever
 * costs less once checked exactly. Costs say which cells a reader misses least: a country's offence before its
 * group before its total, any country cell before an EU figure, the panel sum (the EU trends)
 * before the EU sum; a cell withheld in another year costs half (the pattern stays stable from
 * year to year); a cell smaller than the figure it protects, or zero, costs more (it protects
 * little, the more so the smaller). Where no set that small is found, the cheapest partial path is taken and the search
 * goes on, so the result is always safe; the loop ends because every step withholds more.
 *
 * <p>This is the principle of the hierarchical method of tau-ARGUS (protect each primary cell
 * in every sub-table that contains it, top-down) with an exact audit of the whole table instead
 * of a per-sub-table optimisation: the result is checked, not assumed, to leave every primary
 * cell undetermined.
 */
public final class SecondarySuppression {

    /** Most further cells tried at once to protect one primary cell. */
    static final int DEPTH = 4;
    /** Candidates kept at each step of the search. */
    static final int BEAM = 5;

    private final OffenceClassification offences;
    private final Set<String> eu27;
    private final Set<String> additiveIndicators;

    public SecondarySuppression(OffenceClassification offences, Set<String> eu27, Set<String> additiveIndicators) {
        this.offences = offences;
        this.eu27 = Set.copyOf(eu27);
        this.additiveIndicators = Set.copyOf(additiveIndicators);
    }

    public SuppressionPlan protect(List<ReportedFigure> figures, List<PanelMembers> panels) {
        Map<String, Map<Integer, List<ReportedFigure>>> blocks = new TreeMap<>();
        for (ReportedFigure f : figures) {
            blocks.computeIfAbsent(f.indicator(), i -> new TreeMap<>())
                    .computeIfAbsent(f.year(), y -> new ArrayList<>()).add(f);
        }
        Map<TableCell, ConfidentialityStatus> withheld = new TreeMap<>(TableCell.ORDER);
        Map<TableCell, List<TableCell>> protections = new TreeMap<>(TableCell.ORDER);
        Set<String> withheldBefore = new HashSet<>();
        blocks.forEach((indicator, years) -> {
            List<PanelMembers> ofIndicator = panels.stream().filter(p -> p.indicator().equals(indicator)).toList();
            years.forEach((year, block) -> {
                FiguresTable table = FiguresTable.of(block, ofIndicator, offences, eu27,
                        additiveIndicators.contains(indicator), indicator, year);
                Block b = new Block(table, withheldBefore);
                b.primaries(block).forEach(c -> withheld.put(c, ConfidentialityStatus.PRIMARY));
                b.protect().forEach((primary, added) -> {
                    added.forEach(c -> withheld.put(c, ConfidentialityStatus.SECONDARY));
                    protections.computeIfAbsent(primary, p -> new ArrayList<>()).addAll(added);
                });
            });
        });
        List<SuppressionPlan.Protection> list = new ArrayList<>();
        protections.forEach((primary, added) -> list.add(new SuppressionPlan.Protection(primary, added)));
        return new SuppressionPlan(new TreeMap<>(withheld), list);
    }

    /** One indicator × year. */
    private final class Block {

        private final FiguresTable table;
        private final Set<String> withheldBefore;
        private final Set<TableCell> primaries = new TreeSet<>(TableCell.ORDER);
        private final Set<TableCell> hidden = new TreeSet<>(TableCell.ORDER);
        private final long largest;

        Block(FiguresTable table, Set<String> withheldBefore) {
            this.table = table;
            this.withheldBefore = withheldBefore;
            this.largest = Math.max(1, table.values().values().stream().filter(java.util.Objects::nonNull)
                    .mapToLong(Long::longValue).max().orElse(1));
        }

        /**
         * The confidential country figures, and the EU or panel sums made of exactly one of
         * them (such a sum is that figure). Cells without a value are hidden too, without a
         * status: nobody can publish them.
         */
        Set<TableCell> primaries(List<ReportedFigure> block) {
            for (ReportedFigure f : block) {
                if (f.confidential()) {
                    primaries.add(f.cell());
                }
            }
            for (Relation r : table.relations()) {
                if (!r.kind().equals(Relation.CLASSIFICATION) && r.terms().size() == 2) {
                    TableCell sum = r.terms().keySet().stream().filter(c -> !c.isCountry()).findFirst().orElseThrow();
                    TableCell only = r.terms().keySet().stream().filter(TableCell::isCountry).findFirst().orElseThrow();
                    if (primaries.contains(only)) {
                        primaries.add(sum);
                    }
                }
            }
            hidden.addAll(primaries);
            table.values().forEach((cell, value) -> {
                if (value == null) {
                    hidden.add(cell);
                }
            });
            return primaries;
        }

        /** Withholds further cells until no primary cell is determined; returns them by the primary they protect. */
        Map<TableCell, List<TableCell>> protect() {
            Map<TableCell, List<TableCell>> added = new LinkedHashMap<>();
            while (true) {
                SortedMap<TableCell, Set<TableCell>> determined = Elimination.determined(table, hidden);
                TableCell target = determined.keySet().stream().filter(primaries::contains).findFirst().orElse(null);
                if (target == null) {
                    return added;
                }
                List<TableCell> cells = search(target, determined.get(target));
                if (cells.isEmpty()) {
                    throw new IllegalStateException(target + " is determined by published figures alone and cannot be "
                            + "protected by withholding others.");
                }
                hidden.addAll(cells);
                cells.forEach(c -> withheldBefore.add(key(c)));
                added.computeIfAbsent(target, t -> new ArrayList<>()).addAll(cells);
            }
        }

        private record Path(Set<TableCell> hidden, List<TableCell> added, double cost) {
            Path plus(TableCell cell, double cellCost) {
                Set<TableCell> h = new TreeSet<>(TableCell.ORDER);
                h.addAll(hidden);
                h.add(cell);
                List<TableCell> a = new ArrayList<>(added);
                a.add(cell);
                return new Path(h, a, cost + cellCost);
            }
        }

        /**
         * The cheapest cells that leave {@code target} undetermined: the linear programme's
         * answer where it has one that checks out, else the beam search's, whichever costs less;
         * failing both, the cheapest step towards it.
         */
        private List<TableCell> search(TableCell target, Set<TableCell> derivation) {
            Long targetValue = table.values().get(target);
            Optional<List<TableCell>> programme = CheapestProtection.of(table, hidden, target, c -> cost(c, targetValue));
            List<TableCell> beam = beamSearch(target, derivation, targetValue);
            boolean beamProtects = !beam.isEmpty() && !Elimination.isDetermined(table, with(beam), target);
            if (programme.isPresent() && (!beamProtects || total(programme.get(), targetValue) <= total(beam, targetValue))) {
                return programme.get();
            }
            return beam;
        }

        private Set<TableCell> with(List<TableCell> cells) {
            Set<TableCell> all = new TreeSet<>(hidden);
            all.addAll(cells);
            return all;
        }

        private double total(List<TableCell> cells, Long targetValue) {
            return cells.stream().mapToDouble(c -> cost(c, targetValue)).sum();
        }

        /** Up to {@value #DEPTH} cells at a time among those the target's derivation reads. */
        private List<TableCell> beamSearch(TableCell target, Set<TableCell> derivation, Long targetValue) {
            List<Path> level = List.of(new Path(hidden, List.of(), 0));
            Path best = null;
            Path step = null;
            for (int depth = 1; depth <= DEPTH && !level.isEmpty(); depth++) {
                Map<Set<TableCell>, Path> next = new LinkedHashMap<>();
                for (Path path : level) {
                    Set<TableCell> support = depth == 1 ? derivation
                            : Elimination.determined(table, path.hidden()).get(target);
                    if (support == null) {
                        continue;
                    }
                    for (TableCell candidate : ranked(support, path.hidden(), targetValue)) {
                        Path p = path.plus(candidate, cost(candidate, targetValue));
                        if (best != null && p.cost() >= best.cost()) {
                            continue;
                        }
                        if (!Elimination.isDetermined(table, p.hidden(), target)) {
                            best = p;
                        } else {
                            Set<TableCell> addedSet = new TreeSet<>(TableCell.ORDER);
                            addedSet.addAll(p.added());
                            next.putIfAbsent(addedSet, p);
                        }
                    }
                }
                level = next.values().stream().sorted(Comparator.comparingDouble(Path::cost)).limit(BEAM).toList();
                if (!level.isEmpty()) {
                    step = level.get(0);
                }
            }
            if (best != null) {
                return best.added();
            }
            return step == null ? List.of() : step.added();
        }

        private List<TableCell> ranked(Set<TableCell> support, Set<TableCell> hiddenNow, Long targetValue) {
            return support.stream()
                    .filter(c -> !hiddenNow.contains(c) && table.values().get(c) != null)
                    .sorted(Comparator.comparingDouble((TableCell c) -> cost(c, targetValue))
                            .thenComparingLong(c -> table.values().get(c))
                            .thenComparing(TableCell.ORDER))
                    .limit(BEAM)
                    .toList();
        }

        private double cost(TableCell cell, Long targetValue) {
            int level = offences.get(cell.offence()).level();
            double cost = switch (cell.scope()) {
                case COUNTRY -> level == Offence.LEAF ? 1 : level == Offence.GROUP ? 2 : 4;
                case PANEL -> level == Offence.LEAF ? 2 : level == Offence.GROUP ? 5 : 10;
                case EU -> level == Offence.LEAF ? 3 : level == Offence.GROUP ? 6 : 12;
            };
            if (withheldBefore.contains(key(cell))) {
                cost /= 2;
            }
            long value = table.values().get(cell);
            // Of two cells otherwise alike, the smaller: it says less (a tie-breaker, below every other term).
            cost += 0.01 * Math.log1p(value) / Math.log1p(largest);
            if (value == 0) {
                cost += 5;
            } else if (targetValue != null && value < targetValue) {
                // Withheld beside a larger figure, a small one bounds it closely: the further below, the less it protects.
                cost += 0.5 * (targetValue - value) / targetValue;
            }
            return cost;
        }
    }

    /** The same figure in any year. */
    private static String key(TableCell c) {
        return c.scope() + "|" + c.geo() + "|" + c.offence() + "|" + c.indicator();
    }
}
