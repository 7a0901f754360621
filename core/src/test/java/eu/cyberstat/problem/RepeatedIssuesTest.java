package eu.cyberstat.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedIssuesTest {

    private static Issue mismatch(long line) {
        return Issue.error(line, "country", "E_COUNTRY_MISMATCH", "This figure is for BE, but the file is for LU.");
    }

    @Test
    void aProblemOnManyRowsIsShownThreeTimesThenCountedWithItsLines() {
        List<Issue> issues = new ArrayList<>();
        for (long line = 2; line <= 101; line++) {
            issues.add(mismatch(line));
        }
        issues.add(5, Issue.error(7, "value", "E_NEGATIVE", "-5 is negative."));

        List<RepeatedIssues.Group> groups = RepeatedIssues.group(issues);

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).shown()).extracting(Issue::line).containsExactly(2L, 3L, 4L);
        assertThat(groups.get(0).moreLines()).hasSize(97);
        assertThat(groups.get(0).more()).isEqualTo("… and 97 more rows, lines 5–101");
        assertThat(groups.get(1).shown()).extracting(Issue::code).containsExactly("E_NEGATIVE");
        assertThat(groups.get(1).more()).isNull();
    }

    @Test
    void differentMessagesAreDifferentProblems() {
        List<Issue> issues = List.of(mismatch(2), mismatch(3), mismatch(4), mismatch(9),
                Issue.error(5, "country", "E_COUNTRY_MISMATCH", "This figure is for FR, but the file is for LU."));
        List<RepeatedIssues.Group> groups = RepeatedIssues.group(issues);
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).more()).isEqualTo("… and 1 more row, line 9");
    }

    @Test
    void linesAreWrittenAsRanges() {
        assertThat(RepeatedIssues.ranges(List.of(4L, 6L, 7L, 8L, 9L, 12L))).isEqualTo("4, 6–9, 12");
        assertThat(RepeatedIssues.ranges(List.of(1L, 3L, 5L, 7L, 9L, 11L, 13L))).isEqualTo("1, 3, 5, 7, 9, …");
    }
}
