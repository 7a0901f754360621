package eu.cyberstat.web.security;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The headers every response carries, pages, files and errors alike. The pages use no script at
 * all, so the Content-Security-Policy admits none (and no inline style): only the portal's own
 * style sheet and images, forms posted back to the portal, and no framing by anyone.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");

    /** Pages and downloads may hold one account's data: never stored by a browser or a proxy. */
    public static final String NO_STORE = "no-store";

    private SecurityHeaders() {
    }

    public static void apply(BiConsumer<String, String> setHeader) {
        ALL.forEach(setHeader);
    }
}
