package eu.cyberstat.web.security;

import static eu.cyberstat.web.security.AccessRule.Decision.ALLOW;
import static eu.cyberstat.web.security.AccessRule.Decision.LOG_IN;
import static eu.cyberstat.web.security.AccessRule.Decision.OTHER_COUNTRY;
import static eu.cyberstat.web.security.AccessRule.Decision.WRONG_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.web.account.Account;
import eu.cyberstat.web.account.Role;
import io.javalin.security.RouteRole;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessRuleTest {

    private static Principal who(Role role, String country) {
        return new Principal(new Account("x", "x", role, country, "hash", true, Instant.EPOCH, Instant.EPOCH, List.of()),
                null);
    }

    private static final Set<RouteRole> COUNTRY_PAGE = Set.of(Role.UPLOADER, Role.OPERATOR);

    @Test
    void anUploaderReachesItsOwnCountryOnly() {
        assertThat(AccessRule.decide(who(Role.UPLOADER, "DE"), COUNTRY_PAGE, "DE")).isEqualTo(ALLOW);
        assertThat(AccessRule.decide(who(Role.UPLOADER, "DE"), COUNTRY_PAGE, "FR")).isEqualTo(OTHER_COUNTRY);
        assertThat(AccessRule.decide(who(Role.UPLOADER, "DE"), COUNTRY_PAGE, "de")).isEqualTo(OTHER_COUNTRY);
        assertThat(AccessRule.decide(who(Role.UPLOADER, "DE"), COUNTRY_PAGE, "ZZ")).isEqualTo(OTHER_COUNTRY);
    }

    @Test
    void anOperatorReachesEveryCountryAndAReaderNone() {
        assertThat(AccessRule.decide(who(Role.OPERATOR, null), COUNTRY_PAGE, "FR")).isEqualTo(ALLOW);
        assertThat(AccessRule.decide(who(Role.READER, null), COUNTRY_PAGE, "FR")).isEqualTo(WRONG_ROLE);
        assertThat(AccessRule.decide(who(Role.UPLOADER, "FR"), Set.of(Role.READER, Role.OPERATOR), null))
                .isEqualTo(WRONG_ROLE);
    }

    @Test
    void publicRoutesAdmitEveryoneAndOthersNeedALogin() {
        assertThat(AccessRule.decide(null, Set.of(), null)).isEqualTo(ALLOW);
        assertThat(AccessRule.decide(null, COUNTRY_PAGE, "DE")).isEqualTo(LOG_IN);
        assertThat(AccessRule.decide(null, Set.of(Role.values()), null)).isEqualTo(LOG_IN);
    }
}
