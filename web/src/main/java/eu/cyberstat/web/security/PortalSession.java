package eu.cyberstat.web.security;

import eu.cyberstat.web.account.Account;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * What a session remembers: the account logged in, when, and which password it logged in with;
 * the language chosen. A session ends when it has lasted its absolute timeout, when its account
 * is disabled or removed, or when the account's password changes elsewhere.
 */
public final class PortalSession {

    private static final String ACCOUNT = "cyberstat.account";
    private static final String LOGIN_AT = "cyberstat.login-at";
    private static final String PASSWORD_STAMP = "cyberstat.password-stamp";
    private static final String LANGUAGE = "cyberstat.language";
    private static final String ENDED = "cyberstat.ended";

    /** Why a session that was logged in is no longer. */
    public enum End { EXPIRED, ACCOUNT_DISABLED, PASSWORD_CHANGED }

    private PortalSession() {
    }

    /**
     * Logs {@code account} into the request's session under a new session id (an id seen before
     * the login, perhaps planted by someone else, is worthless after it) and a new CSRF token.
     */
    public static void logIn(HttpServletRequest request, Account account, Instant now) {
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession(false);
        session.setAttribute(ACCOUNT, account.name());
        session.setAttribute(LOGIN_AT, now);
        session.setAttribute(PASSWORD_STAMP, stamp(account));
        Csrf.rotate(session);
    }

    /** After the account changed its own password in this session: the session goes on, under a new id. */
    public static void passwordChanged(HttpServletRequest request, Account account) {
        request.changeSessionId();
        request.getSession(false).setAttribute(PASSWORD_STAMP, stamp(account));
    }

    /**
     * Which password the session logged in with: a digest of its hash, whose random salt makes
     * every new password (even the same one again) a new stamp, however close in time.
     */
    private static String stamp(Account account) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    account.passwordHash().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The name of the account logged into {@code session}, if any. */
    public static Optional<String> accountName(HttpSession session) {
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(ACCOUNT));
    }

    /** Why {@code session}, logged into {@code account} (null: gone), must end now, if it must. */
    public static Optional<End> mustEnd(HttpSession session, Account account, Instant now, Duration absoluteTimeout) {
        Instant loginAt = (Instant) session.getAttribute(LOGIN_AT);
        if (loginAt == null || !now.isBefore(loginAt.plus(absoluteTimeout))) {
            return Optional.of(End.EXPIRED);
        }
        if (account == null || !account.enabled()) {
            return Optional.of(End.ACCOUNT_DISABLED);
        }
        if (!Objects.equals(session.getAttribute(PASSWORD_STAMP), stamp(account))) {
            return Optional.of(End.PASSWORD_CHANGED);
        }
        return Optional.empty();
    }

    /**
     * Ends the session: it and everything in it are gone. The language chosen is kept in a new one,
     * and so is the reason when the portal (not the person) ended it, for the login page to say.
     *
     * @param reason null for a logout
     */
    public static void end(HttpServletRequest request, End reason) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Object language = session.getAttribute(LANGUAGE);
            session.invalidate();
            if (language != null || reason != null) {
                HttpSession fresh = request.getSession(true);
                fresh.setAttribute(LANGUAGE, language);
                fresh.setAttribute(ENDED, reason);
            }
        }
    }

    /** Why the portal ended this browser's last session, said once: the attribute is removed. */
    public static Optional<End> takeEndReason(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        End reason = (End) session.getAttribute(ENDED);
        session.removeAttribute(ENDED);
        return Optional.ofNullable(reason);
    }

    public static Optional<String> language(HttpSession session) {
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(LANGUAGE));
    }

    public static void chooseLanguage(HttpSession session, String code) {
        session.setAttribute(LANGUAGE, code);
    }
}
