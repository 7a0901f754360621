package eu.cyberstat.ingest.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportedUrlTest {

    @Test
    void canonicalFormIgnoresCaseOfSchemeAndHostAndTheFragment() {
        assertThat(ReportedUrl.parse("HTTPS://Shop.Example.COM/Path?q=1#top").canonical())
                .isEqualTo("https://shop.example.com/Path?q=1");
        assertThat(ReportedUrl.parse("  https://shop.example.com/Path?q=1 ").canonical())
                .isEqualTo("https://shop.example.com/Path?q=1");
    }

    @Test
    void dropsUserInformationAndKeepsThePort() {
        ReportedUrl u = ReportedUrl.parse("http://user:secret@files.example.org:8080/a");
        assertThat(u.host()).isEqualTo("files.example.org");
        assertThat(u.canonical()).isEqualTo("http://files.example.org:8080/a").doesNotContain("secret");
    }

    @Test
    void readsUrlsWithoutSchemeAndIpv6Hosts() {
        assertThat(ReportedUrl.parse("www.example.fr/page").host()).isEqualTo("www.example.fr");
        assertThat(ReportedUrl.parse("www.example.fr/page").canonical()).isEqualTo("http://www.example.fr/page");
        assertThat(ReportedUrl.parse("http://[2001:db8::1]:443/x").host()).isEqualTo("[2001:db8::1]");
        assertThat(ReportedUrl.parse("http://example.com./").host()).isEqualTo("example.com");
    }

    @Test
    void hasNoHostWhenThereIsNone() {
        assertThat(ReportedUrl.parse("http:///nohost")).isNull();
        assertThat(ReportedUrl.parse("mailto:someone@example.com")).isNull();
        assertThat(ReportedUrl.parse("javascript:alert(1)")).isNull();
        assertThat(ReportedUrl.parse("https://")).isNull();
        assertThat(ReportedUrl.parse("")).isNull();
    }

    @Test
    void aHostWithoutSchemeMayHaveAPort() {
        assertThat(ReportedUrl.parse("example.com:8080/x").host()).isEqualTo("example.com");
        assertThat(ReportedUrl.parse("example.com:8080").canonical()).isEqualTo("http://example.com:8080");
    }

    @Test
    void toStringNeverShowsTheUrl() {
        assertThat(ReportedUrl.parse("https://secret.example.com/x").toString()).doesNotContain("secret");
    }
}
