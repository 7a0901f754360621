package eu.cyberstat.web.route;

import eu.cyberstat.reference.Language;
import eu.cyberstat.web.account.Account;
import eu.cyberstat.web.account.AccountStore;
import eu.cyberstat.web.account.Passwords;
import eu.cyberstat.web.audit.AuditEvent;
import eu.cyberstat.web.audit.AuditLog;
import eu.cyberstat.web.page.Formats;
import eu.cyberstat.web.page.Frames;
import eu.cyberstat.web.page.Pages;
import eu.cyberstat.web.security.Credentials;
import eu.cyberstat.web.security.PortalSession;
import eu.cyberstat.web.security.Principal;
import eu.cyberstat.web.security.RequestGuard;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The account page: who you are, your API tokens (made and revoked on the command line), and a
 * form to change your own password. The current password is checked as a login is, so the form
 * cannot be used to guess it; a new password logs out every other session of the account.
 */
public final class AccountRoutes {

    /** One API token as the page lists it (never its secret, which nobody has after its creation). */
    public record TokenRow(String id, String label, String created, String revoked) {
    }

    private final Credentials credentials;
    private final AccountStore accounts;
    private final Passwords passwords;
    private final AuditLog audit;
    private final Pages pages;
    private final Frames frames;
    private final Clock clock;

    public AccountRoutes(Credentials credentials, AccountStore accounts, Passwords passwords, AuditLog audit,
                         Pages pages, Frames frames, Clock clock) {
        this.credentials = credentials;
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.pages = pages;
        this.frames = frames;
        this.clock = clock;
    }

    /** {@code GET /account}. */
    public void show(Context ctx) {
        show(ctx, HttpStatus.OK, ctx.queryParam("changed") != null ? "account.password.changed" : null, null);
    }

    /** {@code POST /account/password}. */
    public void changePassword(Context ctx) {
        Principal who = RequestGuard.principal(ctx);
        Account account = who.account();
        String client = RequestGuard.client(ctx);
        Language lang = frames.language(ctx);
        char[] current = param(ctx, "current");
        char[] fresh = param(ctx, "password");
        char[] again = param(ctx, "confirm");
        switch (credentials.check(AuditEvent.PASSWORD_CHANGE, account.name(), current, client).verdict()) {
            case LOCKED -> {
                show(ctx, HttpStatus.TOO_MANY_REQUESTS, null, pages.text(lang, "account.error.locked"));
                return;
            }
            case REFUSED -> {
                show(ctx, HttpStatus.BAD_REQUEST, null, pages.text(lang, "account.error.current"));
                return;
            }
            case ACCEPTED -> {
                // the current password is right: on to the new one
            }
        }
        if (!java.util.Arrays.equals(fresh, again)) {
            show(ctx, HttpStatus.BAD_REQUEST, null, pages.text(lang, "account.error.confirm"));
            return;
        }
        Optional<Passwords.Weakness> weakness = passwords.weakness(fresh, account.name());
        if (weakness.isPresent()) {
            show(ctx, HttpStatus.BAD_REQUEST, null, pages.text(lang,
                    "password.weak." + weakness.get().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    weakness.get() == Passwords.Weakness.TOO_LONG ? Passwords.MAX_LENGTH : passwords.minLength()));
            return;
        }
        String hash = passwords.hash(fresh);
        Account changed = accounts.update(account.name(), a -> a.withPassword(hash, clock.instant()));
        PortalSession.passwordChanged(ctx.req(), changed);
        audit.record(account.name(), client, AuditEvent.PASSWORD_CHANGE, account.name(), AuditEvent.SUCCESS,
                "other sessions ended");
        ctx.redirect("/account?changed", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, HttpStatus status, String noticeKey, String error) {
        Pages.Frame frame = frames.of(ctx);
        Language lang = frame.language();
        Account a = RequestGuard.principal(ctx).account();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("account", a);
        model.put("role", pages.text(lang, "role." + a.role().code()));
        model.put("countryName", a.country() == null ? null : pages.countryName(a.country(), lang));
        List<TokenRow> tokens = a.tokens().stream().map(t -> new TokenRow(t.id(), t.label(),
                Formats.instant(t.createdAt(), lang), t.isRevoked() ? Formats.instant(t.revokedAt(), lang) : null))
                .toList();
        model.put("tokens", tokens);
        model.put("minLength", passwords.minLength());
        model.put("notice", noticeKey == null ? null : pages.text(lang, noticeKey));
        model.put("error", error);
        Pages.respond(ctx.status(status), pages.render("account.ftlh", pages.text(lang, "account.title"), frame, model));
    }

    private static char[] param(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("").toCharArray();
    }
}
