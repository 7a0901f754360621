package eu.cyberstat.warehousing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the warehouse knows of earlier alert ingests: whether the same exports are in force
 * already, and which quarantine entries are committed (see {@link AlertMonthsUpdate}).
 */
public final class AlertIngests {

    private final ParquetTable alerts;
    private final ParquetTable quarantine;

    AlertIngests(ParquetTable alerts, ParquetTable quarantine) {
        this.alerts = alerts;
        this.quarantine = quarantine;
    }

    /**
     * The id of the ingest whose input digest is {@code inputSha256} if every platform-month it
     * wrote is still in force, or if it wrote none (every record quarantined), so that ingesting
     * the same export again would change nothing.
     */
    public Optional<String> inForce(String inputSha256) {
        Snapshot now = alerts.snapshot(null);
        Optional<String> wrote = now.effectiveCommits().stream()
                .filter(c -> now.isFullyEffective(c))
                .map(AlertIngest::of).filter(i -> inputSha256.equals(i.inputSha256()))
                .map(AlertIngest::ingestId).findFirst();
        if (wrote.isPresent()) {
            return wrote;
        }
        // An ingest whose every record was quarantined wrote only its quarantine: that is all it would write again.
        return quarantine.snapshot(null).commits().stream().map(AlertIngest::of)
                .filter(i -> inputSha256.equals(i.inputSha256()) && !i.alertsCommitted())
                .map(AlertIngest::ingestId).reduce((a, b) -> b);
    }

    /**
     * The quarantine table as of {@code asOf} (null: now): only the entries whose ingest
     * committed. An entry prepared for an alerts commit that never came (the ingest was killed
     * between the two) stays invisible, as its alerts do.
     */
    public Snapshot quarantine(Instant asOf) {
        Set<String> alertsCommitted = alerts.snapshot(asOf).commits().stream().map(Commit::id)
                .collect(Collectors.toSet());
        List<Commit> committed = quarantine.snapshot(null).commits().stream()
                .filter(c -> AlertIngest.alertsCommitOf(c).isEmpty()
                        || alertsCommitted.contains(AlertIngest.alertsCommitOf(c)))
                .toList();
        return new Snapshot(asOf, committed);
    }

    /** Quarantine entries prepared for an alerts commit that never came: invisible, left by a killed ingest. */
    public List<Commit> abandonedQuarantine() {
        Set<String> alertsCommitted = alerts.snapshot(null).commits().stream().map(Commit::id)
                .collect(Collectors.toSet());
        return quarantine.snapshot(null).commits().stream()
                .filter(c -> !AlertIngest.alertsCommitOf(c).isEmpty()
                        && !alertsCommitted.contains(AlertIngest.alertsCommitOf(c)))
                .toList();
    }
}
