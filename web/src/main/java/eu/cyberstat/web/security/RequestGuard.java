package eu.cyberstat.web.security;

import eu.cyberstat.reference.Countries;
import eu.cyberstat.web.PortalSettings;
import eu.cyberstat.web.account.Account;
import eu.cyberstat.web.account.AccountStore;
import eu.cyberstat.web.audit.AuditEvent;
import eu.cyberstat.web.audit.AuditLog;
import eu.cyberstat.web.page.Problem;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * What every request passes before its handler: the security headers; the size limit of forms;
 * who is asking (a session for pages, a token for the API, never the other way round); the CSRF
 * token of every request that changes something; then, once the route is known, the
 * {@link AccessRule}. Refusals of another country's data, token use and ended sessions go into the
 * audit log.
 */
public final class RequestGuard {

    /** The API's prefix: token only, no session, no CSRF (no cookie is ever read there). */
    public static final String API = "/api/";

    private static final String PRINCIPAL = "cyberstat.principal";
    private static final Set<HandlerType> CHANGES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
            HandlerType.DELETE);

    private final PortalSettings settings;
    private final AccountStore accounts;
    private final AuditLog audit;
    private final Countries countries;
    private final Clock clock;

    public RequestGuard(PortalSettings settings, AccountStore accounts, AuditLog audit, Countries countries,
                        Clock clock) {
        this.settings = settings;
        this.accounts = accounts;
        this.audit = audit;
        this.countries = countries;
        this.clock = clock;
    }

    /** Who the request comes from, once {@link #before} has run; null when nobody is logged in. */
    public static Principal principal(Context ctx) {
        return ctx.attribute(PRINCIPAL);
    }

    public static boolean isApi(Context ctx) {
        return ctx.path().startsWith(API);
    }

    /** The client's address as the connection shows it (a header could be forged). */
    public static String client(Context ctx) {
        return ctx.req().getRemoteAddr();
    }

    /** Runs before every request, matched or not. */
    public void before(Context ctx) {
        SecurityHeaders.apply(ctx::header);
        ctx.header("Cache-Control", SecurityHeaders.NO_STORE);
        if (CHANGES.contains(ctx.method()) && ctx.req().getContentLengthLong() > settings.maxFormBytes()) {
            throw new Problem(HttpStatus.CONTENT_TOO_LARGE, "error.413.form");
        }
        if (isApi(ctx)) {
            identifyByToken(ctx);
        } else {
            identifyBySession(ctx);
            if (CHANGES.contains(ctx.method()) && !Csrf.isValid(ctx.req().getSession(false), ctx.formParam(Csrf.FIELD))) {
                Principal who = principal(ctx);
                audit.record(who == null ? AuditEvent.ANONYMOUS : who.name(), client(ctx), AuditEvent.CSRF, ctx.path(),
                        AuditEvent.REFUSED, "form without the session's token");
                throw new Problem(HttpStatus.FORBIDDEN, "error.403.csrf");
            }
        }
    }

    /** Runs once the route is known: the access rule. */
    public void beforeMatched(Context ctx) {
        Principal who = principal(ctx);
        String country = ctx.pathParamMap().get("country");
        switch (AccessRule.decide(who, ctx.routeRoles(), country)) {
            case ALLOW -> {
                if (country != null && !countries.isKnown(country)) {
                    throw new Problem(HttpStatus.NOT_FOUND, "error.404.country", country);
                }
            }
            case LOG_IN -> {
                if (isApi(ctx)) {
                    ctx.header("WWW-Authenticate", "Bearer realm=\"cyberstat\"");
                    throw new Problem(HttpStatus.UNAUTHORIZED, "error.401.token");
                }
                if (ctx.method() == HandlerType.GET) {
                    ctx.redirect("/login?next=" + URLEncoder.encode(pathAndQuery(ctx), StandardCharsets.UTF_8),
                            HttpStatus.SEE_OTHER);
                    ctx.skipRemainingHandlers();
                    return;
                }
                throw new Problem(HttpStatus.UNAUTHORIZED, "error.401.text");
            }
            case WRONG_ROLE -> {
                audit.record(who.name(), client(ctx), AuditEvent.ACCESS, ctx.path(), AuditEvent.REFUSED,
                        "role " + who.account().role().code() + " may not use this page");
                throw new Problem(HttpStatus.FORBIDDEN, "error.403.role");
            }
            case OTHER_COUNTRY -> {
                audit.record(who.name(), client(ctx), AuditEvent.ACCESS, ctx.path(), AuditEvent.REFUSED,
                        "uploader for " + who.account().country() + " asked for " + country);
                throw new Problem(HttpStatus.FORBIDDEN, "error.403.country");
            }
        }
    }

    private void identifyByToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            return;
        }
        String presented = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
        Optional<AccountStore.TokenHolder> holder = accounts.findToken(presented);
        if (holder.isEmpty()) {
            String id = eu.cyberstat.web.account.ApiTokens.parse(presented).map(p -> p.id()).orElse("(malformed)");
            audit.record(AuditEvent.ANONYMOUS, client(ctx), AuditEvent.TOKEN_USE, ctx.path(), AuditEvent.FAILURE,
                    "token " + id + " is unknown, revoked, or its account disabled");
            ctx.header("WWW-Authenticate", "Bearer realm=\"cyberstat\", error=\"invalid_token\"");
            throw new Problem(HttpStatus.UNAUTHORIZED, "error.401.token");
        }
        Principal who = new Principal(holder.get().account(), holder.get().token().id());
        ctx.attribute(PRINCIPAL, who);
        audit.record(who.name(), client(ctx), AuditEvent.TOKEN_USE, ctx.method() + " " + ctx.path(), AuditEvent.SUCCESS,
                "token " + who.tokenId());
    }

    private void identifyBySession(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        Optional<String> name = PortalSession.accountName(session);
        if (name.isEmpty()) {
            return;
        }
        Account account = accounts.find(name.get()).orElse(null);
        Optional<PortalSession.End> end = PortalSession.mustEnd(session, account, clock.instant(),
                settings.absoluteTimeout());
        if (end.isPresent()) {
            PortalSession.end(ctx.req(), end.get());
            audit.record(name.get(), client(ctx), AuditEvent.SESSION_END, name.get(), AuditEvent.SUCCESS,
                    end.get().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            return;
        }
        ctx.attribute(PRINCIPAL, new Principal(account, null));
    }

    private static String pathAndQuery(Context ctx) {
        String query = ctx.queryString();
        return ctx.path() + (query == null ? "" : "?" + query);
    }
}
