package eu.cyberstat.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.web.TestPortal.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(10), clock);

    @Test
    void theThirdFailureWithinTheWindowLocksTheNameForTheLockoutTime() {
        assertThat(throttle.failed("Ana", "10.0.0.1")).isEqualTo(LoginThrottle.Lock.NONE);
        assertThat(throttle.failed("ana ", "10.0.0.2")).isEqualTo(LoginThrottle.Lock.NONE);
        assertThat(throttle.lockedFor("ana", "10.0.0.9")).isEmpty();
        assertThat(throttle.failed("ANA", "10.0.0.3")).as("names are counted whatever their case")
                .isEqualTo(LoginThrottle.Lock.ACCOUNT);
        assertThat(throttle.lockedFor("ana", "10.0.0.9")).contains(Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(9));
        assertThat(throttle.lockedFor("ana", "10.0.0.9")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("ana", "10.0.0.9")).isEmpty();
        assertThat(throttle.lockedFor("bob", "10.0.0.1")).as("other names are free").isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        throttle.failed("ana", "10.0.0.1");
        throttle.failed("ana", "10.0.0.1");
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.failed("ana", "10.0.0.1")).isEqualTo(LoginThrottle.Lock.NONE);
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.failed("ana", "10.0.0.1")).isEqualTo(LoginThrottle.Lock.NONE);
        assertThat(throttle.failed("ana", "10.0.0.1")).isEqualTo(LoginThrottle.Lock.ACCOUNT);
    }

    @Test
    void anAddressTryingManyNamesIsLockedAndASuccessDoesNotFreeIt() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed("name" + i, "10.0.0.7")).isEqualTo(LoginThrottle.Lock.NONE);
        }
        assertThat(throttle.failed("name5", "10.0.0.7")).isEqualTo(LoginThrottle.Lock.ADDRESS);
        throttle.succeeded("name5");
        assertThat(throttle.lockedFor("someone-else", "10.0.0.7")).contains(Duration.ofMinutes(10));
        assertThat(throttle.lockedFor("someone-else", "10.0.0.8")).isEmpty();
    }

    @Test
    void aSuccessClearsTheNamesEarlierFailures() {
        throttle.failed("ana", "10.0.0.1");
        throttle.failed("ana", "10.0.0.1");
        throttle.succeeded("ana");
        assertThat(throttle.failed("ana", "10.0.0.1")).isEqualTo(LoginThrottle.Lock.NONE);
        assertThat(throttle.failed("ana", "10.0.0.1")).isEqualTo(LoginThrottle.Lock.NONE);
    }
}
