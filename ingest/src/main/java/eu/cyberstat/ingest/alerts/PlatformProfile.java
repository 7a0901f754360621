package eu.cyberstat.ingest.alerts;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * How one alert platform's export maps onto the project's alert record: where each field is,
 * how times are written, and which platform values mean which offence, status and hosting
 * country. Loaded from YAML by {@link PlatformProfiles}; documented in {@code docs/alerts.md}.
 *
 * @param platform        the platform id (partition value in the warehouse), e.g. {@code FR-PHAROS}
 * @param format          CSV or JSON Lines
 * @param encoding        name of the forced text encoding, or null to detect it
 * @param separator       forced CSV separator, or null to sniff it from the header
 * @param multiLineRecords true when quoted CSV fields may hold line breaks (the file is then read by one task)
 * @param timeZone        zone of times written without an offset, and of the calendar month of an alert
 * @param timeFormats     java.time patterns tried in order for received and closed times
 * @param fields          where each project field is in the export (column name, or JSON key with dots for nesting)
 * @param personalFields  fields holding the reporter's contact data: never mapped, never read, never stored
 * @param categories      platform category (case-insensitive) → project offence code
 * @param statuses        platform status (case-insensitive) → status
 * @param countries       platform hosting-country value (case-insensitive) → geo code, "" for unknown;
 *                        values not listed are read as ISO 3166 alpha-2 codes
 */
public record PlatformProfile(String platform, String name, Format format, String encoding, Character separator,
                              boolean multiLineRecords, ZoneId timeZone, List<String> timeFormats, Fields fields,
                              List<String> personalFields, Map<String, String> categories,
                              Map<String, AlertStatus> statuses, Map<String, String> countries) implements Serializable {

    /** The forced encoding, or null to detect it. */
    public Charset charset() {
        return encoding == null ? null : Charset.forName(encoding);
    }

    public enum Format {
        CSV, JSONL
    }

    /** Names of the export's fields that hold each project field; optional ones may be null. */
    public record Fields(String alertId, String receivedAt, String category, String url, String hostingCountry,
                         String status, String closedAt) implements Serializable {

        /** The mapped names in the order of {@link AlertField}, null where unmapped. */
        public String nameOf(AlertField field) {
            return switch (field) {
                case ALERT_ID -> alertId;
                case RECEIVED_AT -> receivedAt;
                case CATEGORY -> category;
                case URL -> url;
                case HOSTING_COUNTRY -> hostingCountry;
                case STATUS -> status;
                case CLOSED_AT -> closedAt;
            };
        }
    }
}
