package eu.cyberstat.reports.model;

import eu.cyberstat.problem.Phrase;

/**
 * A validation issue raised on one of a country's submissions, for its feedback sheet: where,
 * its code, its English message and its words ({@code phrase}, null for issues kept before
 * messages were translated: the sheet then shows the English message).
 */
public record SubmissionCheck(String geo, String submissionId, String file, String level, long line,
                              String column, String code, String message, Phrase phrase) {

    public boolean isError() {
        return "ERROR".equalsIgnoreCase(level);
    }
}
