package eu.cyberstat.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalRedirectTest {

    @Test
    void keepsPathsOfThePortal() {
        assertThat(LocalRedirect.to("/countries/DE")).isEqualTo("/countries/DE");
        assertThat(LocalRedirect.to("/reports?x=1")).isEqualTo("/reports?x=1");
        assertThat(LocalRedirect.to("/login")).as("back to the page the language was chosen on").isEqualTo("/login");
    }

    @Test
    void aLoginNeverLeadsBackToTheLoginPage() {
        assertThat(LocalRedirect.afterLogin("/login")).isEqualTo("/");
        assertThat(LocalRedirect.afterLogin("/login?next=/login")).isEqualTo("/");
        assertThat(LocalRedirect.afterLogin("/account")).isEqualTo("/account");
        assertThat(LocalRedirect.afterLogin("//evil.example")).isEqualTo("/");
    }

    @Test
    void sendsEverythingElseToTheStartPage() {
        for (String target : new String[] {null, "", "countries", "//evil.example", "/\\evil.example",
            "https://evil.example/", "javascript:alert(1)", "/a\r\nSet-Cookie: x=y",
            "/a\\b"}) {
            assertThat(LocalRedirect.to(target)).as(String.valueOf(target)).isEqualTo("/");
        }
    }
}
