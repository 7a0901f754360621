package eu.cyberstat.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTokensTest {

    @Test
    void aTokenIsShownOnceAndOnlyItsHashIsKept() {
        ApiTokens.Issued issued = ApiTokens.issue("push", Instant.EPOCH);
        assertThat(issued.presented()).matches("cst_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");
        String secret = issued.presented().substring(17);
        assertThat(issued.token().secretSha256()).hasSize(64).isNotEqualTo(secret)
                .isEqualTo(ApiTokens.sha256(secret));
        assertThat(issued.token().toString()).doesNotContain(secret);
        assertThat(ApiTokens.parse(issued.presented())).hasValueSatisfying(p -> {
            assertThat(p.id()).isEqualTo(issued.token().id());
            assertThat(ApiTokens.matches(issued.token(), p.secret())).isTrue();
        });
        assertThat(ApiTokens.matches(issued.token(), "A".repeat(43))).isFalse();
        assertThat(ApiTokens.issue("push", Instant.EPOCH).presented()).isNotEqualTo(issued.presented());
    }

    @Test
    void anythingElseIsNoToken() {
        assertThat(ApiTokens.parse(null)).isEmpty();
        assertThat(ApiTokens.parse("cst_0123456789ab_short")).isEmpty();
        assertThat(ApiTokens.parse("xyz_0123456789ab_" + "A".repeat(43))).isEmpty();
        assertThat(ApiTokens.parse("cst_0123456789AB_" + "A".repeat(43))).isEmpty();
    }
}
