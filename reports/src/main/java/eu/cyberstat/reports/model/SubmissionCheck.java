package eu.cyberstat.reports.model;

/** A validation issue raised on one of a country's submissions, for its feedback sheet. */
public record SubmissionCheck(String geo, String submissionId, String file, String level, long line,
                              String column, String code, String message) {
}
