package eu.cyberstat.warehouse;

import java.util.Optional;

/** What the warehouse knows of earlier alert ingests: whether the same exports are in force already. */
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
}
