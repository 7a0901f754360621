package eu.cyberstat.warehousing;

import eu.cyberstat.problem.ValidationReport;
import java.time.Instant;
import java.util.List;

/**
 * An upload the validation rejected, as the store keeps it: under which id, the file as its
 * uploader named it, the reporting countries it was for (the uploader's declared country, else
 * the countries its rows name; empty when neither is known), when it was first received and the
 * report of its latest attempt.
 */
public record RejectedUpload(String id, String file, List<String> countries, Instant receivedAt, ValidationReport report) {

    public RejectedUpload {
        countries = List.copyOf(countries);
    }

    public boolean isFor(String geo) {
        return countries.contains(geo);
    }
}
