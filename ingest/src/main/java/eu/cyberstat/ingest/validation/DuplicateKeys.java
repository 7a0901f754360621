package eu.cyberstat.ingest.validation;

import eu.cyberstat.figure.Observation;
import eu.cyberstat.problem.Checks;
import eu.cyberstat.problem.IssueCollector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One figure per country, year, offence and indicator: a second is an error on its line, naming the first. */
final class DuplicateKeys implements FileRule {

    @Override
    public void check(List<CheckedFigure> figures, IssueCollector issues) {
        Map<Observation.Key, CheckedFigure> first = new HashMap<>();
        for (CheckedFigure f : figures) {
            CheckedFigure earlier = first.putIfAbsent(f.key(), f);
            if (earlier != null) {
                issues.add(Checks.E_DUPLICATE_KEY, f.line(), "", "key", f.describeKey(), "other", earlier.line());
            }
        }
    }
}
