package eu.cyberstat.web.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One line of the audit log: who did what, when, from where, and how it ended.
 *
 * @param actor   the account name; {@code -} before anyone logged in; {@code cli:USER} for a
 *                {@code cyberstat accounts} command run by that operating-system user
 * @param client  the client's address, or {@code cli}
 * @param action  what was attempted, a stable code: {@code login}, {@code logout}, {@code lockout},
 *                {@code access}, {@code token.use}, {@code password.change}, {@code account.add} ...
 * @param target  what it was attempted on: an account, a path, a country
 * @param outcome {@code success}, {@code failure} (wrong credentials), {@code refused} (forbidden or
 *                locked) or {@code error}
 * @param detail  why, in words, when there is more to say
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEvent(Instant time, String actor, String client, String action, String target, String outcome,
                         String detail) {

    public static final String SUCCESS = "success";
    public static final String FAILURE = "failure";
    public static final String REFUSED = "refused";

    /** Actions: what was attempted. */
    public static final String LOGIN = "login";
    public static final String LOCKOUT = "lockout";
    public static final String LOGOUT = "logout";
    /** The portal ended a session: absolute timeout, account disabled, password changed elsewhere. */
    public static final String SESSION_END = "session.end";
    /** A request refused by the access rule (another country, a role's page). */
    public static final String ACCESS = "access";
    /** A form without the session's token. */
    public static final String CSRF = "csrf";
    public static final String TOKEN_USE = "token.use";
    public static final String PASSWORD_CHANGE = "password.change";
    public static final String ACCOUNT_ADD = "account.add";
    public static final String ACCOUNT_DISABLE = "account.disable";
    public static final String ACCOUNT_ENABLE = "account.enable";
    public static final String ACCOUNT_RESET = "account.reset";
    /** serve --demo made or reset the demo accounts. */
    public static final String ACCOUNT_DEMO = "account.demo";
    public static final String TOKEN_ADD = "token.add";
    public static final String TOKEN_REVOKE = "token.revoke";
    /** An operator queued an annual run, a backfill, or published a run (the operator page). */
    public static final String RUN_QUEUE = "run.queue";
    public static final String RUN_BACKFILL = "run.backfill";
    public static final String RUN_PUBLISH = "run.publish";

    /** A file received and validated (page, API or drop folder); refused when too large or of no kind offered. */
    public static final String UPLOAD = "upload";
    /** An upload confirmed: accepted as a submission, or not loaded. */
    public static final String SUBMISSION_ACCEPT = "submission.accept";
    /** An upload discarded by its uploader before it was confirmed. */
    public static final String UPLOAD_DISCARD = "upload.discard";

    /** Nobody logged in yet. */
    public static final String ANONYMOUS = "-";
}
