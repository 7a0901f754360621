package eu.cyberstat.web.route;

import eu.cyberstat.reference.Language;
import eu.cyberstat.web.account.Account;
import eu.cyberstat.web.account.Role;
import eu.cyberstat.web.audit.AuditEvent;
import eu.cyberstat.web.audit.AuditLog;
import eu.cyberstat.web.page.Frames;
import eu.cyberstat.web.page.Pages;
import eu.cyberstat.web.security.Credentials;
import eu.cyberstat.web.security.LocalRedirect;
import eu.cyberstat.web.security.PortalSession;
import eu.cyberstat.web.security.Principal;
import eu.cyberstat.web.security.RequestGuard;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Logging in and out, and the start page each role lands on. A wrong name and a wrong password get
 * the same answer in the same time; too many failures lock the name or the client address for a
 * while (HTTP 429), and every attempt is audited.
 */
public final class LoginRoutes {

    private static final int NAME_MAX = 64;

    private final Credentials credentials;
    private final AuditLog audit;
    private final Pages pages;
    private final Frames frames;
    private final Clock clock;

    public LoginRoutes(Credentials credentials, AuditLog audit, Pages pages, Frames frames, Clock clock) {
        this.credentials = credentials;
        this.audit = audit;
        this.pages = pages;
        this.frames = frames;
        this.clock = clock;
    }

    /** {@code GET /}: each role's start page. */
    public void home(Context ctx) {
        Account account = RequestGuard.principal(ctx).account();
        String start = switch (account.role()) {
            case UPLOADER -> "/countries/" + account.country();
            case OPERATOR -> "/countries";
            case READER -> "/reports";
        };
        ctx.redirect(start, HttpStatus.SEE_OTHER);
    }

    /** {@code GET /login}. */
    public void form(Context ctx) {
        if (RequestGuard.principal(ctx) != null) {
            ctx.redirect(LocalRedirect.afterLogin(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        String notice = ctx.queryParam("bye") != null ? "login.notice.logged-out"
                : PortalSession.takeEndReason(ctx.req().getSession(false)).map(e -> "login.notice."
                + e.name().toLowerCase(Locale.ROOT).replace('_', '-')).orElse(null);
        show(ctx, HttpStatus.OK, "", ctx.queryParam("next"), notice, null);
    }

    /** {@code POST /login}. */
    public void submit(Context ctx) {
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip().toLowerCase(Locale.ROOT);
        if (name.length() > NAME_MAX) {
            name = name.substring(0, NAME_MAX); // no account has a longer name; the audit log stays readable
        }
        char[] password = Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
        String next = ctx.formParam("next");
        String client = RequestGuard.client(ctx);
        Language lang = frames.language(ctx);

        Credentials.Result result = credentials.check(AuditEvent.LOGIN, name, password, client);
        switch (result.verdict()) {
            case LOCKED -> {
                show(ctx, HttpStatus.TOO_MANY_REQUESTS, name, next, null,
                        pages.text(lang, "login.error.locked", Credentials.minutes(result.lockedFor())));
                return;
            }
            case REFUSED -> {
                show(ctx, HttpStatus.UNAUTHORIZED, name, next, null, pages.text(lang, "login.error.wrong"));
                return;
            }
            case ACCEPTED -> {
                // logged in below
            }
        }
        Account account = result.account();
        PortalSession.logIn(ctx.req(), account, clock.instant());
        audit.record(name, client, AuditEvent.LOGIN, name, AuditEvent.SUCCESS, account.role().code()
                + (account.role() == Role.UPLOADER ? " for " + account.country() : ""));
        ctx.redirect(LocalRedirect.afterLogin(next), HttpStatus.SEE_OTHER);
    }

    /** {@code POST /logout}. */
    public void logout(Context ctx) {
        Principal who = RequestGuard.principal(ctx);
        audit.record(who.name(), RequestGuard.client(ctx), AuditEvent.LOGOUT, who.name(), AuditEvent.SUCCESS, null);
        PortalSession.end(ctx.req(), null);
        ctx.redirect("/login?bye", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, HttpStatus status, String name, String next, String noticeKey, String error) {
        Pages.Frame frame = frames.of(ctx);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", name);
        model.put("next", LocalRedirect.afterLogin(next));
        model.put("notice", noticeKey == null ? null : pages.text(frame.language(), noticeKey));
        model.put("error", error);
        Pages.respond(ctx.status(status), pages.render("login.ftlh", pages.text(frame.language(), "login.title"), frame, model));
    }
}
