package eu.cyberstat.web.security;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The synchroniser token against cross-site request forgery: one random token per session, put
 * in a hidden field of every form and compared, in constant time, on every request that changes
 * something. A new token at login, so one seen before it is worthless after.
 */
public final class Csrf {

    /** The form field that carries the token. */
    public static final String FIELD = "csrf";
    private static final String ATTRIBUTE = "cyberstat.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** The session's token, made on first use. */
    public static String token(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        return token != null ? token.toString() : rotate(session);
    }

    /** A new token for the session (at login). */
    public static String rotate(HttpSession session) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, token);
        return token;
    }

    /** Whether {@code presented} is the session's token; false without a session or a token. */
    public static boolean isValid(HttpSession session, String presented) {
        if (session == null || presented == null) {
            return false;
        }
        Object expected = session.getAttribute(ATTRIBUTE);
        return expected != null && MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }
}
