package eu.cyberstat.reports.model;

import java.time.Instant;

/**
 * Where the figures come from: the run that computed them and the warehouse state it read
 * ("data vintage"). {@code generatedAt} is the run's start, used as the documents' creation
 * date so that the same inputs give byte-identical outputs.
 */
public record RunProvenance(String runId, int referenceYear, Instant asOf, Instant generatedAt,
                            String softwareVersion) {
}
