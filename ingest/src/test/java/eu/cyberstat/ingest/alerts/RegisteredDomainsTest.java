package eu.cyberstat.ingest.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegisteredDomainsTest {

    private final RegisteredDomains domains = new RegisteredDomains();

    @Test
    void keepsTheRegisteredDomainByThePublicSuffixList() {
        assertThat(domains.of("www.example.com")).isEqualTo("example.com");
        assertThat(domains.of("a.b.shop.example.co.uk")).isEqualTo("example.co.uk");
        assertThat(domains.of("login.bank.com.br")).isEqualTo("bank.com.br");
        assertThat(domains.of("example.de")).isEqualTo("example.de");
    }

    @Test
    void privateSuffixesCount() {
        assertThat(domains.of("someone.github.io")).isEqualTo("someone.github.io");
        assertThat(domains.of("x.someone.blogspot.com")).isEqualTo("someone.blogspot.com");
    }

    @Test
    void ipAddressesAndUnlistedSuffixes() {
        assertThat(domains.of("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(domains.of("[2001:db8::1]")).isEqualTo("2001:db8::1");
        assertThat(domains.of("host.internal.notatld")).isEqualTo("internal.notatld");
    }

    @Test
    void internationalisedNamesAreKeptInPunycode() {
        assertThat(domains.of("www.bücher.de")).isEqualTo("xn--bcher-kva.de");
    }

    @Test
    void rejectsWhatIsNotAHostName() {
        assertThat(domains.of("exa mple.com")).isNull();
        assertThat(domains.of("")).isNull();
        assertThat(domains.of("-bad-.com")).isNull();
    }
}
