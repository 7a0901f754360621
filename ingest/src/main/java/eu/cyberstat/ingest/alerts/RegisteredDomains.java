package eu.cyberstat.ingest.alerts;

import com.google.common.net.InetAddresses;
import com.google.thirdparty.publicsuffix.PublicSuffixPatterns;
import java.net.IDN;
import java.util.Locale;

/**
 * The registered domain (eTLD+1) of a host by the Public Suffix List as compiled into Guava
 * ({@code com.google.thirdparty.publicsuffix.PublicSuffixPatterns}, the data behind
 * {@code InternetDomainName}, refreshed with every Guava release; both the ICANN and the private
 * section count, so {@code shop.example.co.uk → example.co.uk} and
 * {@code someone.github.io → someone.github.io}). A host under no listed suffix gets the PSL's
 * default rule "*" (its last two labels); an IP address is its own registered domain.
 * Remembers recent hosts in a small fixed cache: popular hosts repeat.
 */
public final class RegisteredDomains {

    private final RecentValues<String, String> cache = new RecentValues<>(1 << 14, RegisteredDomains::compute);

    /** The registered domain of {@code host} (lower case, no port), or null when it is not a host name. */
    public String of(String host) {
        return cache.get(host);
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
        char last = host.charAt(host.length() - 1);
        if ((last >= '0' && last <= '9' || host.indexOf(':') >= 0) && InetAddresses.isInetAddress(host)) {
            return host;
        }
        if (!isAscii(host)) {
            try {
                host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (!isHostName(host)) {
            return null;
        }
        int suffix = publicSuffixStart(host);
        if (suffix == 0) {
            return host; // the host is itself a public suffix
        }
        if (suffix < 0) {
            suffix = host.lastIndexOf('.') + 1; // the PSL's default rule "*": the last label
            if (suffix == 0) {
                return host;
            }
        }
        return host.substring(host.lastIndexOf('.', suffix - 2) + 1);
    }

    /**
     * Start of the public suffix of {@code host}, or -1 when no rule matches: Guava's own
     * algorithm ({@code InternetDomainName.publicSuffixIndex}) over its compiled Public Suffix
     * List, run on substrings of the host instead of split-and-joined label lists, because it
     * runs for every new host of an export. Both the ICANN and the private sections count.
     */
    static int publicSuffixStart(String host) {
        int previous = -1;
        int i = 0;
        while (true) {
            String ancestor = host.substring(i);
            if (previous >= 0 && PublicSuffixPatterns.UNDER.containsKey(ancestor)) {
                return previous; // wildcard rule "*.ancestor"
            }
            if (PublicSuffixPatterns.EXACT.containsKey(ancestor)) {
                return i;
            }
            int dot = host.indexOf('.', i);
            if (PublicSuffixPatterns.EXCLUDED.containsKey(ancestor)) {
                return dot < 0 ? -1 : dot + 1; // exception rule "!ancestor"
            }
            if (dot < 0) {
                return -1;
            }
            previous = i;
            i = dot + 1;
        }
    }

    /** Labels of letters, digits, '-' and '_' (1 to 63 characters, no '-' at either end), at most 253 in all. */
    private static boolean isHostName(String host) {
        if (host.length() > 253) {
            return false;
        }
        int labelStart = 0;
        for (int i = 0; i <= host.length(); i++) {
            char c = i < host.length() ? host.charAt(i) : '.';
            if (c == '.') {
                int length = i - labelStart;
                if (length == 0 || length > 63 || host.charAt(labelStart) == '-' || host.charAt(i - 1) == '-') {
                    return false;
                }
                labelStart = i + 1;
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
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
