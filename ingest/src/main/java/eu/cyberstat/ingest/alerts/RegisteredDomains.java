package eu.cyberstat.ingest.alerts;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The registered domain (eTLD+1) of a host by the Public Suffix List, as shipped in Guava's
 * {@link InternetDomainName} (updated with every Guava release; both the ICANN and the private
 * section count, so {@code shop.example.co.uk → example.co.uk} and
 * {@code someone.github.io → someone.github.io}). A host under no listed suffix gets the PSL's
 * default rule "*" (its last two labels); an IP address is its own registered domain.
 * Keeps a bounded cache because hosts repeat far more often than they differ.
 */
public final class RegisteredDomains {

    private static final int CACHE_LIMIT = 50_000;

    private final Map<String, String> cache = new HashMap<>();

    /** The registered domain of {@code host} (lower case, no port), or null when it is not a host name. */
    public String of(String host) {
        String cached = cache.get(host);
        if (cached != null) {
            return cached;
        }
        String domain = compute(host);
        if (domain == null) {
            return null;
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear(); // bounded memory whatever the export's size
        }
        cache.put(host, domain);
        return domain;
    }

    static String compute(String rawHost) {
        String host = rawHost;
        if (host.isEmpty()) {
            return null;
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            String v6 = host.substring(1, host.length() - 1);
            return InetAddresses.isInetAddress(v6) ? v6 : null;
        }
        if (InetAddresses.isInetAddress(host)) {
            return host;
        }
        if (!isAscii(host)) {
            try {
                host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        InternetDomainName name;
        try {
            name = InternetDomainName.from(host);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (name.isUnderPublicSuffix()) {
            return name.topPrivateDomain().toString();
        }
        if (name.isPublicSuffix() || !name.hasParent()) {
            return name.toString();
        }
        int dot = host.lastIndexOf('.', host.lastIndexOf('.') - 1);
        return host.substring(dot + 1);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
