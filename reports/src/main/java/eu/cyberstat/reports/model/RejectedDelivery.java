package eu.cyberstat.reports.model;

import java.time.Instant;

/**
 * A file of a country that the validation rejected, for that country's feedback sheet: none of
 * its figures is in the report. Its issues are among the report's checks under its {@code id}.
 */
public record RejectedDelivery(String geo, String id, String file, Instant receivedAt, int errors) {
}
