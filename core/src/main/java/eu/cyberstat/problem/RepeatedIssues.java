package eu.cyberstat.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issues as a person reads them: the same problem on many rows (same code, column and message,
 * like a hundred {@code E_COUNTRY_MISMATCH}) shown a few times, then counted with the lines it
 * is on. Only for reading: the report itself, and its JSON, keep every issue.
 */
public final class RepeatedIssues {

    /** How many occurrences of one problem are shown before the rest are counted. */
    public static final int SHOWN = 3;

    private RepeatedIssues() {
    }

    /**
     * One problem: the occurrences shown, and the lines of the others.
     *
     * @param shown     the first {@link #SHOWN} occurrences, in file order
     * @param moreLines the lines of the remaining occurrences, in file order (empty when none)
     */
    public record Group(List<Issue> shown, List<Long> moreLines) {

        /** "… and 97 more rows, lines 4–100", or null when every occurrence is shown. */
        public String more() {
            if (moreLines.isEmpty()) {
                return null;
            }
            int n = moreLines.size();
            return "… and " + n + " more " + (n == 1 ? "row" : "rows") + ", " + (n == 1 ? "line " : "lines ")
                    + ranges(moreLines);
        }
    }

    /** The issues grouped by problem, in the order each problem first occurs. */
    public static List<Group> group(List<Issue> issues) {
        Map<List<String>, List<Issue>> byProblem = new LinkedHashMap<>();
        for (Issue i : issues) {
            byProblem.computeIfAbsent(List.of(i.code(), i.column(), i.message()), k -> new ArrayList<>()).add(i);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Issue> same : byProblem.values()) {
            List<Issue> shown = same.subList(0, Math.min(SHOWN, same.size()));
            List<Long> more = same.subList(shown.size(), same.size()).stream().map(Issue::line).toList();
            groups.add(new Group(List.copyOf(shown), more));
        }
        return groups;
    }

    /** Consecutive lines as ranges: "4–100", "4, 6–9, 12"; after five ranges, "…". */
    static String ranges(List<Long> lines) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j + 1 < lines.size() && lines.get(j + 1) == lines.get(j) + 1) {
                j++;
            }
            if (parts.size() == 5) {
                parts.add("…");
                break;
            }
            parts.add(i == j ? Long.toString(lines.get(i)) : lines.get(i) + "–" + lines.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }
}
