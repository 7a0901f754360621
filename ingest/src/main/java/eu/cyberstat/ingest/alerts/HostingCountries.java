package eu.cyberstat.ingest.alerts;

import java.util.Locale;
import java.util.Set;

/**
 * Hosting countries as geo codes: ISO 3166 alpha-2 codes, written the Eurostat way for the two
 * that differ (Greece {@code EL}, United Kingdom {@code UK}), plus Kosovo's {@code XK}. Hosting
 * countries are anywhere in the world, so the check is against ISO's list, not cyberstat's
 * European reference countries.
 */
public final class HostingCountries {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    private HostingCountries() {
    }

    /** The geo code of {@code code}, or null when it is not a country code. */
    public static String geoOf(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        return switch (c) {
            case "GR", "EL" -> "EL";
            case "GB", "UK" -> "UK";
            case "XK" -> "XK";
            default -> c.length() == 2 && ISO.contains(c) ? c : null;
        };
    }
}
