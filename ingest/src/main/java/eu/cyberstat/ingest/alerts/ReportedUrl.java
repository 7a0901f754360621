package eu.cyberstat.ingest.alerts;

import java.util.Locale;

/**
 * The parts of a reported URL that pseudonymisation needs: its host, and the canonical form
 * that is hashed, so that {@code HTTP://Example.COM/a#top} and {@code http://example.com/a}
 * count as the same URL. Canonical form: scheme (default {@code http}) and host in lower case,
 * no user information, no fragment, no trailing dot on the host; port, path and query as given.
 * Hand-written rather than {@link java.net.URI}: reported URLs are often not valid URIs
 * (spaces, raw Unicode), and the parse runs tens of millions of times.
 */
public record ReportedUrl(String host, String canonical) {

    /** Parses a reported URL; null when it has no host. */
    public static ReportedUrl parse(String raw) {
        String s = raw.strip();
        int schemeEnd = s.indexOf("://");
        String scheme = "http";
        int hostStart = 0;
        if (schemeEnd > 0 && isScheme(s, schemeEnd)) {
            scheme = s.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
            hostStart = schemeEnd + 3;
        } else if (s.startsWith("//")) {
            hostStart = 2;
        } else if (isOpaque(s)) {
            return null; // mailto:someone, javascript:..., data:...: a scheme with no host at all
        }
        int fragment = s.indexOf('#', hostStart);
        int end = fragment >= 0 ? fragment : s.length();
        int authorityEnd = end;
        for (int i = hostStart; i < end; i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '?' || c == '\\') {
                authorityEnd = i;
                break;
            }
        }
        int at = s.lastIndexOf('@', authorityEnd - 1);
        if (at >= hostStart) {
            hostStart = at + 1; // user information is dropped, never hashed nor kept
        }
        int hostEnd = authorityEnd;
        if (hostStart < authorityEnd && s.charAt(hostStart) == '[') {
            int close = s.indexOf(']', hostStart);
            if (close < 0 || close >= authorityEnd) {
                return null;
            }
            hostEnd = close + 1;
        } else {
            int colon = s.indexOf(':', hostStart);
            if (colon >= 0 && colon < authorityEnd) {
                hostEnd = colon;
            }
        }
        String host = s.substring(hostStart, hostEnd).toLowerCase(Locale.ROOT);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || host.indexOf(' ') >= 0) {
            return null;
        }
        String canonical = scheme + "://" + host + s.substring(hostEnd, end);
        return new ReportedUrl(host, canonical);
    }

    /**
     * A scheme and a colon without "//" ({@code mailto:x}), unlike a schemeless host and port
     * ({@code example.com:8080/x}): what follows the colon is not a port number.
     */
    private static boolean isOpaque(String s) {
        int colon = s.indexOf(':');
        if (colon <= 0 || !isScheme(s, colon)) {
            return false;
        }
        int i = colon + 1;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        boolean port = i > colon + 1 && (i == s.length() || "/?#".indexOf(s.charAt(i)) >= 0);
        return !port;
    }

    private static boolean isScheme(String s, int end) {
        if (!Character.isLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < end; i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "ReportedUrl[host redacted]"; // never let a URL reach a log through toString
    }
}
