package eu.cyberstat.problem;

import eu.cyberstat.reference.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the readers and rules of one validation put what they find. Lists at most
 * {@code maxPerCode} issues of each code (a file with 10 000 bad rows needs the first hundred,
 * then a count), and tallies skipped rows into one counted warning per kind.
 */
public final class IssueCollector {

    private static final int EXAMPLES = 12;

    private final int maxPerCode;
    private final List<Issue> issues = new ArrayList<>();
    private final Map<String, Integer> perCode = new HashMap<>();
    private final Map<Check, Tally> tallies = new LinkedHashMap<>();

    public IssueCollector(int maxPerCode) {
        this.maxPerCode = maxPerCode;
    }

    public void add(Issue issue) {
        int n = perCode.merge(issue.code(), 1, Integer::sum);
        if (n <= maxPerCode) {
            issues.add(issue);
        }
    }

    public void add(Check check, long line, String column, Object... namedValues) {
        add(check.at(line, column, namedValues));
    }

    /**
     * Counts one skipped row of a kind (one warning per kind is raised at the end, its template
     * given {@code count}, {@code rows} ("3 rows"), {@code values} ("3 values"), {@code codes} (the
     * first few), {@code distinct} ("2 national offence codes"), {@code first} (line), the clauses
     * {@code skipped} ("3 rows were skipped"), {@code notRead} and
     * {@code readAsWhole}, and the {@code extra} name-value pairs of the first call; the counted
     * words are phrases, written in each language with its plural).
     */
    public void skip(Check kind, long line, String column, String code, Object... extra) {
        tallies.computeIfAbsent(kind, k -> new Tally(line, column, extra)).add(line, code);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(Issue::isError);
    }

    /**
     * Every issue, in order of line (file-level first), then the counted warnings of the
     * skipped rows, then one issue per code whose further occurrences were not listed.
     */
    public List<Issue> issues() {
        List<Issue> all = new ArrayList<>(issues);
        all.sort(Comparator.comparingLong(Issue::line));
        tallies.forEach((kind, t) -> {
            List<Object> values = new ArrayList<>(List.of("count", t.rows, "rows", Phrase.count("count.rows", t.rows),
                    "values", Phrase.count("count.values", t.rows), "codes", t.examples(),
                    "distinct", Phrase.count("count.national-codes", t.distinct.size()), "first", t.firstLine,
                    // What happened to them, as a clause whose verb agrees with the count ("1 row was skipped").
                    "skipped", Phrase.count("count.rows-skipped", t.rows), "notRead", Phrase.count("count.rows-not-read", t.rows),
                    "readAsWhole", Phrase.count("count.values-read-whole", t.rows)));
            values.addAll(List.of(t.extra));
            all.add(kind.at(t.firstLine, t.column, values.toArray()));
        });
        perCode.forEach((code, n) -> {
            if (n > maxPerCode) {
                Issue sample = issues.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
                Phrase notListed = Phrase.of("not-listed", "n", (long) (n - maxPerCode), "code", code);
                all.add(new Issue(sample.level(), 0, "", code, notListed.in(Language.EN), notListed));
            }
        });
        return all;
    }

    /** The tally of one kind of skipped row: how many, which codes, where first. */
    private static final class Tally {
        private final long firstLine;
        private final String column;
        private final Object[] extra;
        private final Set<String> distinct = new LinkedHashSet<>();
        private final Set<Long> lines = new HashSet<>();
        private long rows;

        Tally(long firstLine, String column, Object[] extra) {
            this.firstLine = firstLine;
            this.column = column;
            this.extra = extra;
        }

        /** A row counts once, however many figures of it (a TSV line holds one per year) are skipped. */
        void add(long line, String code) {
            if (lines.add(line)) {
                rows++;
            }
            distinct.add(code);
        }

        String examples() {
            String shown = String.join(", ", distinct.stream().limit(EXAMPLES).toList());
            return distinct.size() > EXAMPLES ? shown + ", ..." : shown;
        }
    }
}
