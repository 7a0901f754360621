package eu.cyberstat.web;

import eu.cyberstat.failure.BadInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.cyberstat.pipeline.Settings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PortalSettingsTest {

    @Test
    void theDefaultsListenOnLoopbackWithSecureCookies() {
        PortalSettings d = PortalSettings.from(Settings.defaults());
        assertThat(d.host()).isEqualTo("127.0.0.1");
        assertThat(d.port()).isEqualTo(8080);
        assertThat(d.secureCookies()).isTrue();
        assertThat(d.portalDir()).isEqualTo(Path.of("portal"));
        assertThat(d.reportsDir()).isEqualTo(Path.of("out"));
        assertThat(d.idleTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(d.absoluteTimeout()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void plainHttpCookiesOnlyOnALoopbackAddress() {
        Settings insecure = Settings.defaults().with(PortalSettings.SECURE_COOKIES, false);
        assertThat(PortalSettings.from(insecure).secureCookies()).isFalse();
        assertThat(PortalSettings.from(insecure.with(PortalSettings.HOST, "::1")).secureCookies()).isFalse();
        for (String host : new String[] {"0.0.0.0", "10.1.2.3", "portal.example.eu", "localhost"}) {
            assertThatThrownBy(() -> PortalSettings.from(insecure.with(PortalSettings.HOST, host))).as(host)
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("portal.secure-cookies = false is accepted only when the portal listens on a "
                            + "loopback address");
        }
        assertThat(PortalSettings.from(Settings.defaults().with(PortalSettings.HOST, "0.0.0.0")).host())
                .as("secure cookies: any address").isEqualTo("0.0.0.0");
    }

    @Test
    void refusesValuesThatMakeNoSense() {
        assertThatThrownBy(() -> PortalSettings.from(Settings.defaults().with(PortalSettings.SECURE_COOKIES, "yes")))
                .hasMessage("Setting portal.secure-cookies must be true or false, not 'yes'.");
        assertThatThrownBy(() -> PortalSettings.from(Settings.defaults().with(PortalSettings.PORT, 70000)))
                .hasMessageContaining("must be a port number");
        assertThatThrownBy(() -> PortalSettings.from(Settings.defaults().with(PortalSettings.MIN_PASSWORD_LENGTH, 6)))
                .hasMessageContaining("portal.password.min-length at least 8");
        assertThatThrownBy(() -> PortalSettings.from(Settings.defaults().with(PortalSettings.IDLE_MINUTES, 0)))
                .hasMessageContaining("at least one minute");
    }
}
