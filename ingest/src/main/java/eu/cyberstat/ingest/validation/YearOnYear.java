package eu.cyberstat.ingest.validation;

import eu.cyberstat.problem.Checks;
import eu.cyberstat.problem.IssueCollector;
import eu.cyberstat.problem.Phrase;
import eu.cyberstat.reference.Flags;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Plausibility of each figure against the previous year of its series (country, offence,
 * indicator): from the same file when it has that year, else from what the warehouse holds.
 * A change by more than the jump factor, or a value after a zero, is worth a second look but
 * may be right: warnings. A figure flagged b (break in series) is expected to jump.
 */
final class YearOnYear implements FileRule {

    private final PriorFigures prior;
    private final double factor;
    private final long minimum;

    YearOnYear(PriorFigures prior, ValidationSettings settings) {
        this.prior = prior;
        this.factor = settings.jumpFactor();
        this.minimum = settings.jumpMinimum();
    }

    @Override
    public void check(List<CheckedFigure> figures, IssueCollector issues) {
        Map<List<String>, TreeMap<Integer, CheckedFigure>> series = new HashMap<>();
        for (CheckedFigure f : figures) {
            series.computeIfAbsent(List.of(f.observation().geo(), f.observation().offence(), f.observation().indicator()),
                    k -> new TreeMap<>()).putIfAbsent(f.observation().year(), f);
        }
        for (TreeMap<Integer, CheckedFigure> years : series.values()) {
            for (CheckedFigure current : years.values()) {
                if (current.value() == null || Flags.has(current.observation().flags(), Flags.BREAK)) {
                    continue;
                }
                int year = current.observation().year();
                CheckedFigure inFile = years.get(year - 1);
                Long previous;
                Phrase source;
                if (inFile != null) {
                    previous = inFile.value();
                    source = inFile.line() == current.line() ? Phrase.of("source.same-line")
                            : Phrase.of("source.file-line", "line", inFile.line());
                } else {
                    OptionalLong stored = prior.valueOf(current.observation().geo(), year - 1,
                            current.observation().offence(), current.observation().indicator());
                    previous = stored.isPresent() ? stored.getAsLong() : null;
                    source = Phrase.of("source.warehouse");
                }
                if (previous != null) {
                    compare(current, previous, year - 1, source, issues);
                }
            }
        }
    }

    private void compare(CheckedFigure current, long previous, int previousYear, Phrase source, IssueCollector issues) {
        long value = current.value();
        if (previous == 0) {
            if (value > 0) {
                issues.add(Checks.W_AFTER_ZERO, current.line(), current.valueColumn(), "value", value,
                        "previousYear", previousYear, "source", source);
            }
            return;
        }
        if (Math.max(value, previous) < minimum) {
            return;
        }
        Phrase change = null;
        if (value == 0) {
            change = Phrase.of("change.fall-to-zero");
        } else if (value > previous * factor) {
            change = Phrase.of("change.times", "ratio", ratio((double) value / previous));
        } else if (previous > value * factor) {
            change = Phrase.of("change.times-smaller", "ratio", ratio((double) previous / value));
        }
        if (change != null) {
            issues.add(Checks.W_YOY_JUMP, current.line(), current.valueColumn(), "value", value, "change", change,
                    "previousYear", previousYear, "previous", previous, "source", source);
        }
    }

    /** One decimal, written with the decimal mark of each language. */
    private static BigDecimal ratio(double r) {
        return BigDecimal.valueOf(r).setScale(1, RoundingMode.HALF_UP);
    }
}
