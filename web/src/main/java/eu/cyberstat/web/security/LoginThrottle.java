package eu.cyberstat.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Failed logins counted per account name and per client address in a sliding window; too many
 * lock the name (or the address) for a while, during which no password is even checked. Names
 * that have no account are counted like the others, so the lock tells nothing about which
 * accounts exist. Kept in memory: a restart of the service forgets the counts.
 */
public final class LoginThrottle {

    /** Above this many names or addresses tracked, those with nothing recent are forgotten. */
    private static final int TRACKED_MAX = 10_000;

    /** Which lock a failure started. */
    public enum Lock { NONE, ACCOUNT, ADDRESS }

    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Failures> accounts = new HashMap<>();
    private final Map<String, Failures> addresses = new HashMap<>();

    /** The failures of one name or address within the window, and its lock if any. */
    private static final class Failures {
        final Deque<Instant> times = new ArrayDeque<>();
        Instant lockedUntil = Instant.MIN;
    }

    public LoginThrottle(int maxPerAccount, int maxPerAddress, Duration window, Duration lockout, Clock clock) {
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** How long this name or this address must still wait, if either is locked. */
    public synchronized Optional<Duration> lockedFor(String account, String address) {
        Instant now = clock.instant();
        Instant until = max(lockedUntil(accounts, key(account)), lockedUntil(addresses, address));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Counts a failed login; returns the lock it started, if it started one. */
    public synchronized Lock failed(String account, String address) {
        Instant now = clock.instant();
        forgetOld(now);
        boolean accountLocked = count(accounts, key(account), maxPerAccount, now);
        boolean addressLocked = count(addresses, address, maxPerAddress, now);
        return accountLocked ? Lock.ACCOUNT : addressLocked ? Lock.ADDRESS : Lock.NONE;
    }

    /** A successful login clears the name's failures (not the address's: it may be trying many names). */
    public synchronized void succeeded(String account) {
        accounts.remove(key(account));
    }

    private boolean count(Map<String, Failures> map, String key, int max, Instant now) {
        Failures f = map.computeIfAbsent(key, k -> new Failures());
        f.times.addLast(now);
        while (!f.times.isEmpty() && !f.times.peekFirst().isAfter(now.minus(window))) {
            f.times.removeFirst();
        }
        if (f.times.size() >= max && !f.lockedUntil.isAfter(now)) {
            f.lockedUntil = now.plus(lockout);
            f.times.clear();
            return true;
        }
        return false;
    }

    private static Instant lockedUntil(Map<String, Failures> map, String key) {
        Failures f = map.get(key);
        return f == null ? Instant.MIN : f.lockedUntil;
    }

    private void forgetOld(Instant now) {
        for (Map<String, Failures> map : java.util.List.of(accounts, addresses)) {
            if (map.size() > TRACKED_MAX) {
                map.values().removeIf(f -> !f.lockedUntil.isAfter(now)
                        && (f.times.isEmpty() || !f.times.peekLast().isAfter(now.minus(window))));
            }
        }
    }

    private static String key(String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
