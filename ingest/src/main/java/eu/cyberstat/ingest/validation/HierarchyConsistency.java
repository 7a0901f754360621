package eu.cyberstat.ingest.validation;

import eu.cyberstat.problem.Checks;
import eu.cyberstat.problem.IssueCollector;
import eu.cyberstat.problem.Phrase;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.OffenceClassification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Children against parents, where a file gives both, per country, year and indicator.
 *
 * <p>Offences recorded (additive indicators, indicators.csv) add up: the offences present under a category (a child, or where a child
 * is absent, whatever of its own children is present) cannot add up to more than the category:
 * an error. When every child is present and they add up to less, the rest is not attributed to
 * any offence: a warning, not an error, because national totals legitimately hold cases that
 * cannot be split by offence (and the groups other than CIA and OTHER have no catch-all child).
 *
 * <p>Persons (suspects, victims, prosecutions, convictions) do not add up: one person suspected of
 * fraud and of forgery counts once under the category and once under each offence. Only a child
 * larger than its nearest parent present is impossible.
 */
final class HierarchyConsistency implements FileRule {

    private final OffenceClassification classification;
    private final Set<String> additiveIndicators;

    HierarchyConsistency(OffenceClassification classification, Set<String> additiveIndicators) {
        this.classification = classification;
        this.additiveIndicators = additiveIndicators;
    }

    @Override
    public void check(List<CheckedFigure> figures, IssueCollector issues) {
        Map<List<Object>, Map<String, CheckedFigure>> groups = new LinkedHashMap<>();
        for (CheckedFigure f : figures) {
            if (f.value() != null) {
                groups.computeIfAbsent(List.of(f.observation().geo(), f.observation().year(), f.observation().indicator()),
                        k -> new HashMap<>()).putIfAbsent(f.observation().offence(), f);
            }
        }
        groups.forEach((key, byOffence) -> {
            if (additiveIndicators.contains((String) key.get(2))) {
                checkSums(byOffence, issues);
            } else {
                checkPersons(byOffence, (String) key.get(2), issues);
            }
        });
    }

    private void checkSums(Map<String, CheckedFigure> byOffence, IssueCollector issues) {
        for (CheckedFigure parent : byOffence.values()) {
            String parentCode = parent.observation().offence();
            List<Offence> children = classification.children(parentCode);
            if (children.isEmpty()) {
                continue;
            }
            List<CheckedFigure> parts = new ArrayList<>();
            boolean complete = true;
            for (Offence child : children) {
                CheckedFigure given = byOffence.get(child.code());
                if (given != null) {
                    parts.add(given);
                } else {
                    complete = false;
                    collectPresentDescendants(child.code(), byOffence, parts);
                }
            }
            if (parts.isEmpty()) {
                continue;
            }
            long sum = parts.stream().mapToLong(CheckedFigure::value).sum();
            long value = parent.value();
            if (sum > value) {
                issues.add(Checks.E_CHILDREN_EXCEED_PARENT, parent.line(), parent.valueColumn(), "parent", parentCode,
                        "sum", sum, "parts", describe(parts), "value", value);
            } else if (complete && sum < value) {
                issues.add(Checks.W_CHILDREN_BELOW_PARENT, parent.line(), parent.valueColumn(), "parent", parentCode,
                        "sum", sum, "value", value, "difference", value - sum);
            }
        }
    }

    /** The figures present under an offence that is itself absent, at the highest level present. */
    private void collectPresentDescendants(String code, Map<String, CheckedFigure> byOffence, List<CheckedFigure> parts) {
        for (Offence child : classification.children(code)) {
            CheckedFigure given = byOffence.get(child.code());
            if (given != null) {
                parts.add(given);
            } else {
                collectPresentDescendants(child.code(), byOffence, parts);
            }
        }
    }

    private void checkPersons(Map<String, CheckedFigure> byOffence, String indicator, IssueCollector issues) {
        for (CheckedFigure child : byOffence.values()) {
            Optional<CheckedFigure> parent = nearestParentPresent(child.observation().offence(), byOffence);
            if (parent.isPresent() && child.value() > parent.get().value()) {
                issues.add(Checks.E_CHILD_EXCEEDS_PARENT, child.line(), child.valueColumn(),
                        "child", child.observation().offence(), "value", child.value(),
                        "parent", parent.get().observation().offence(), "parentValue", parent.get().value(),
                        "parentLine", parent.get().line(), "indicator", indicator);
            }
        }
    }

    private Optional<CheckedFigure> nearestParentPresent(String code, Map<String, CheckedFigure> byOffence) {
        Optional<String> parent = classification.find(code).flatMap(Offence::parentCode);
        while (parent.isPresent()) {
            CheckedFigure given = byOffence.get(parent.get());
            if (given != null) {
                return Optional.of(given);
            }
            parent = classification.find(parent.get()).flatMap(Offence::parentCode);
        }
        return Optional.empty();
    }

    /** "CIA_ACCESS 12 on line 4, CIA_DATA 3 on line 5". */
    private static List<Phrase> describe(List<CheckedFigure> parts) {
        List<Phrase> s = new ArrayList<>();
        for (CheckedFigure p : parts) {
            s.add(Phrase.of("part.on-line", "offence", p.observation().offence(), "value", p.value(), "line", p.line()));
        }
        return s;
    }
}
