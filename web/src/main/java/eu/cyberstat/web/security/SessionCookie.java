package eu.cyberstat.web.security;

import eu.cyberstat.web.PortalSettings;
import jakarta.servlet.SessionTrackingMode;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;

/**
 * Jetty's session handler set up for the portal: the id travels in a cookie only (never in a URL),
 * {@code HttpOnly}, {@code SameSite=Strict}, {@code Secure} unless the settings allow plain http on
 * loopback, and a session unused for the idle timeout ends. With {@code Secure} the cookie takes
 * the {@code __Host-} prefix, which browsers accept only from HTTPS, for the whole site and no
 * other domain.
 */
public final class SessionCookie {

    public static final String NAME = "cyberstat-session";
    public static final String SECURE_NAME = "__Host-" + NAME;

    private SessionCookie() {
    }

    public static SessionHandler handler(PortalSettings settings) {
        SessionHandler handler = new SessionHandler();
        handler.setSessionCookie(settings.secureCookies() ? SECURE_NAME : NAME);
        handler.setSessionTrackingModes(Set.of(SessionTrackingMode.COOKIE));
        handler.setUsingUriParameters(false);
        handler.setHttpOnly(true);
        handler.setSameSite(HttpCookie.SameSite.STRICT);
        handler.setSecureCookies(settings.secureCookies());
        handler.setSecureRequestOnly(false);
        handler.setSessionPath("/");
        handler.setMaxInactiveInterval((int) settings.idleTimeout().toSeconds());
        return handler;
    }
}
