package eu.cyberstat.ingest.alerts;

/**
 * One alert as it goes into the warehouse: pseudonymised, codes in the project's words.
 * Deliberately a mutable holder reused for every record of a split (not a record): a
 * 20-million-row export would otherwise allocate one more object per row on the hot path.
 * Copy what you need before the next record.
 */
public final class NormalisedAlert {

    public static final long NO_TIME = Long.MIN_VALUE;

    /** The platform's id of the alert, as exported. */
    public String alertId;
    /** Received time, epoch microseconds (UTC). */
    public long receivedMicros;
    /** Closed time, epoch microseconds, or {@link #NO_TIME} while open. */
    public long closedMicros;
    /** Calendar month of the received time in the platform's zone: {@code year * 100 + month}. */
    public int yearMonth;
    /** Project offence code. */
    public String offence;
    public AlertStatus status;
    /** Eurostat geo code (ISO alpha-2 with EL for Greece, UK for the United Kingdom), or null when unknown. */
    public String hostingCountry;
    /** Registered domain (eTLD+1) of the reported URL, or null when no URL was reported. */
    public String urlDomain;
    /** HMAC-SHA-256 of the canonical URL under the warehouse's key, or null when no URL was reported. */
    public byte[] urlHmac;

    /** "2024-03" */
    public String month() {
        return monthText(yearMonth);
    }

    public static String monthText(int yearMonth) {
        int m = yearMonth % 100;
        return (yearMonth / 100) + (m < 10 ? "-0" : "-") + m;
    }
}
