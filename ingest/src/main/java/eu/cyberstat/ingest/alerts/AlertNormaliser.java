package eu.cyberstat.ingest.alerts;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the mapped field values of one export record into a {@link NormalisedAlert}, or says
 * why it cannot: applies the profile's time formats, category, status and country maps, and
 * pseudonymises the URL (registered domain + keyed hash; the URL itself is forgotten). One
 * instance per task (it caches and is not thread-safe).
 */
public final class AlertNormaliser {

    /** Once, not per record: {@code values()} copies the array on every call. */
    private static final AlertField[] REQUIRED = Arrays.stream(AlertField.values())
            .filter(AlertField::isRequired).toArray(AlertField[]::new);

    private static final int MAX_QUOTED = 60;
    private static final int MAX_ALERT_ID = 200;

    private final PlatformProfile profile;
    private final ZoneId zone;
    private final ZoneOffsets offsets;
    private final TimeFormat[] formats;
    private final Map<String, String> categories = new HashMap<>();
    private final Map<String, AlertStatus> statuses = new HashMap<>();
    private final Map<String, String> countries = new HashMap<>();
    /** Country values read as ISO codes: a few hundred at most. */
    private final Map<String, String> isoCountries = new HashMap<>();
    private final HmacSha256 hmac;
    private final RegisteredDomains domains = new RegisteredDomains();
    private int lastFormat;

    public AlertNormaliser(PlatformProfile profile, byte[] hmacKey) {
        this.profile = profile;
        this.zone = profile.timeZone();
        this.offsets = new ZoneOffsets(zone);
        this.formats = profile.timeFormats().stream().map(TimeFormat::compile).toArray(TimeFormat[]::new);
        // Exact spellings first (what exports almost always contain), then case-insensitive ones.
        profile.categories().forEach((k, v) -> {
            categories.put(k.strip(), v);
            categories.putIfAbsent(key(k), v);
        });
        profile.statuses().forEach((k, v) -> {
            statuses.put(k.strip(), v);
            statuses.putIfAbsent(key(k), v);
        });
        profile.countries().forEach((k, v) -> {
            countries.put(k.strip(), v);
            countries.putIfAbsent(key(k), v);
        });
        this.hmac = new HmacSha256(hmacKey);
    }

    /**
     * Normalises {@code values} (indexed by {@link AlertField#ordinal()}, null when absent) into
     * {@code out}; returns null when the record is accepted, else why not.
     */
    public Rejection normalise(String[] values, NormalisedAlert out) {
        for (AlertField f : REQUIRED) {
            if (isBlank(values[f.ordinal()])) {
                return new Rejection(Rejection.MISSING, f.key(), "is empty");
            }
        }
        String id = values[AlertField.ALERT_ID.ordinal()];
        if (id.length() > MAX_ALERT_ID) {
            return new Rejection(Rejection.SYNTAX, AlertField.ALERT_ID.key(), "is longer than " + MAX_ALERT_ID + " characters");
        }
        out.alertId = id;

        String received = values[AlertField.RECEIVED_AT.ordinal()];
        long receivedMicros = parseTime(received);
        if (receivedMicros == TimeFormat.NO_MATCH) {
            return timeRejection(AlertField.RECEIVED_AT, received);
        }
        out.receivedMicros = receivedMicros;
        out.yearMonth = offsets.yearMonth(receivedMicros);

        String closed = values[AlertField.CLOSED_AT.ordinal()];
        if (isBlank(closed)) {
            out.closedMicros = NormalisedAlert.NO_TIME;
        } else {
            long closedMicros = parseTime(closed);
            if (closedMicros == TimeFormat.NO_MATCH) {
                return timeRejection(AlertField.CLOSED_AT, closed);
            }
            if (closedMicros < receivedMicros) {
                return new Rejection(Rejection.CLOSED_BEFORE_RECEIVED, AlertField.CLOSED_AT.key(),
                        "'" + quote(closed) + "' is before the received time '" + quote(received) + "'");
            }
            out.closedMicros = closedMicros;
        }

        String category = values[AlertField.CATEGORY.ordinal()];
        String offence = lookup(categories, category);
        if (offence == null) {
            return new Rejection(Rejection.CATEGORY, AlertField.CATEGORY.key(),
                    "'" + quote(category) + "' is not mapped to an offence in profile " + profile.platform());
        }
        out.offence = offence;

        String status = values[AlertField.STATUS.ordinal()];
        AlertStatus mapped = lookup(statuses, status);
        if (mapped == null) {
            return new Rejection(Rejection.STATUS, AlertField.STATUS.key(),
                    "'" + quote(status) + "' is not mapped to a status in profile " + profile.platform());
        }
        out.status = mapped;

        String country = values[AlertField.HOSTING_COUNTRY.ordinal()];
        if (isBlank(country)) {
            out.hostingCountry = null;
        } else {
            String geo = lookup(countries, country);
            if (geo == null) {
                geo = isoCountries.computeIfAbsent(country, HostingCountries::geoOf);
                if (geo == null) {
                    return new Rejection(Rejection.COUNTRY, AlertField.HOSTING_COUNTRY.key(),
                            "'" + quote(country) + "' is neither an ISO 3166 alpha-2 code nor mapped in profile "
                                    + profile.platform());
                }
            }
            out.hostingCountry = geo.isEmpty() ? null : geo;
        }

        String url = values[AlertField.URL.ordinal()];
        if (isBlank(url)) {
            out.urlDomain = null;
            out.urlHmac = null;
        } else {
            ReportedUrl parsed = ReportedUrl.parse(url);
            String domain = parsed == null ? null : domains.of(parsed.host());
            if (domain == null) {
                // Never quote the URL: it is personal data.
                return new Rejection(Rejection.URL, AlertField.URL.key(), "has no valid host name or IP address");
            }
            out.urlDomain = domain;
            out.urlHmac = hmac.mac(parsed.canonical().getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }

    private static <V> V lookup(Map<String, V> map, String value) {
        V v = map.get(value);
        return v != null ? v : map.get(key(value));
    }

    private long parseTime(String text) {
        long micros = formats[lastFormat].parseMicros(text, zone);
        if (micros != TimeFormat.NO_MATCH) {
            return micros;
        }
        for (int i = 0; i < formats.length; i++) {
            if (i != lastFormat) {
                micros = formats[i].parseMicros(text, zone);
                if (micros != TimeFormat.NO_MATCH) {
                    lastFormat = i;
                    return micros;
                }
            }
        }
        return TimeFormat.NO_MATCH;
    }

    private Rejection timeRejection(AlertField field, String text) {
        return new Rejection(Rejection.TIME, field.key(), "'" + quote(text) + "' matches none of the profile's time formats "
                + profile.timeFormats());
    }

    private static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * A value to quote in a reason. A value that looks like a URL or an e-mail address (a shifted
     * column, a misfiled field) is withheld: quarantine must stay free of personal data.
     */
    static String quote(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (s.indexOf('@') >= 0 || lower.contains("://") || lower.contains("www.")) {
            return "(value withheld: it looks like a URL or an e-mail address)";
        }
        return s.length() > MAX_QUOTED ? s.substring(0, MAX_QUOTED) + "…" : s;
    }
}
