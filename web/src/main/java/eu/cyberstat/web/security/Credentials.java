package eu.cyberstat.web.security;

import eu.cyberstat.web.account.Account;
import eu.cyberstat.web.account.AccountStore;
import eu.cyberstat.web.account.Passwords;
import eu.cyberstat.web.audit.AuditEvent;
import eu.cyberstat.web.audit.AuditLog;
import java.time.Duration;
import java.util.Locale;

/**
 * Checks a password the way every form that asks for one must (the login, a password change):
 * no check at all while the name or the client address is locked; a wrong name costs the time of
 * a wrong password; each failure counted toward a lock and audited, and the lock it starts too.
 */
public final class Credentials {

    /** How a check ended. */
    public enum Verdict { ACCEPTED, REFUSED, LOCKED }

    /**
     * @param account the account when accepted, else null
     * @param lockedFor how long the name or address is locked, when locked
     */
    public record Result(Verdict verdict, Account account, Duration lockedFor) {
    }

    private final AccountStore accounts;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Duration lockout;

    public Credentials(AccountStore accounts, Passwords passwords, LoginThrottle throttle, AuditLog audit,
                       Duration lockout) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.lockout = lockout;
    }

    /**
     * Checks {@code password} for the account {@code name}; failures and refusals are audited as
     * {@code action}, success is the caller's to record.
     */
    public Result check(String action, String name, char[] password, String client) {
        var locked = throttle.lockedFor(name, client);
        if (locked.isPresent()) {
            audit.record(name, client, action, name, AuditEvent.REFUSED, "locked for " + minutes(locked.get())
                    + " more minute(s)");
            return new Result(Verdict.LOCKED, null, locked.get());
        }
        Account account = accounts.find(name).orElse(null);
        boolean matches = passwords.matches(password, account == null ? null : account.passwordHash());
        if (account != null && matches && account.enabled()) {
            throttle.succeeded(name);
            return new Result(Verdict.ACCEPTED, account, Duration.ZERO);
        }
        audit.record(name, client, action, name, AuditEvent.FAILURE,
                account == null ? "no such account" : !matches ? "wrong password" : "account disabled");
        LoginThrottle.Lock lock = throttle.failed(name, client);
        if (lock == LoginThrottle.Lock.NONE) {
            return new Result(Verdict.REFUSED, null, Duration.ZERO);
        }
        audit.record(name, client, AuditEvent.LOCKOUT, lock == LoginThrottle.Lock.ACCOUNT ? name : client, AuditEvent.REFUSED,
                "too many failed logins for this " + lock.name().toLowerCase(Locale.ROOT) + ": locked for "
                + lockout.toMinutes() + " minute(s)");
        return new Result(Verdict.LOCKED, null, lockout);
    }

    /** Whole minutes, rounded up: "try again in 1 min" rather than "in 0". */
    public static long minutes(Duration d) {
        return Math.max(1, (d.toSeconds() + 59) / 60);
    }
}
