package eu.cyberstat.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.web.PortalSettings;
import jakarta.servlet.SessionTrackingMode;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.junit.jupiter.api.Test;

class SessionCookieTest {

    @Test
    void aCookieOnlyHttpOnlyStrictSessionThatEndsWhenUnused() {
        SessionHandler handler = SessionCookie.handler(PortalSettings.from(Settings.defaults()
                .with(PortalSettings.IDLE_MINUTES, 20)));
        assertThat(handler.getMaxInactiveInterval()).isEqualTo(20 * 60);
        assertThat(handler.getSessionCookie()).isEqualTo("__Host-cyberstat-session");
        assertThat(handler.isSecureCookies()).isTrue();
        assertThat(handler.isHttpOnly()).isTrue();
        assertThat(handler.getSameSite()).isEqualTo(HttpCookie.SameSite.STRICT);
        assertThat(handler.getEffectiveSessionTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
        assertThat(handler.isUsingUriParameters()).isFalse();
    }

    @Test
    void plainHttpOnLoopbackDropsSecureAndThePrefix() {
        SessionHandler handler = SessionCookie.handler(PortalSettings.from(Settings.defaults()
                .with(PortalSettings.SECURE_COOKIES, false)));
        assertThat(handler.getSessionCookie()).isEqualTo("cyberstat-session");
        assertThat(handler.isSecureCookies()).isFalse();
    }
}
