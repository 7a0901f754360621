package eu.cyberstat.reports.model;

import eu.cyberstat.figure.SubmissionNote;
import java.time.Instant;
import java.util.List;

/**
 * A submission in force for one country, as its feedback sheet and the report's revision notes
 * show it: the file and when it was committed, the years of the country it provides and how many
 * of its figures are in force, the years it revised (an earlier submission had given them) and
 * the notes given with those figures, as the uploader wrote them.
 */
public record SubmissionInForce(String id, String file, Instant committedAt, String geo, List<Integer> years,
                                long figures, List<Integer> revisedYears, List<SubmissionNote> notes) {

    public SubmissionInForce {
        years = List.copyOf(years);
        revisedYears = List.copyOf(revisedYears);
        notes = List.copyOf(notes);
    }

    /** True when it replaced figures an earlier submission had given. */
    public boolean isRevision() {
        return !revisedYears.isEmpty();
    }
}
