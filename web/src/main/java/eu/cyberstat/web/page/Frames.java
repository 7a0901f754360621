package eu.cyberstat.web.page;

import eu.cyberstat.reference.Language;
import eu.cyberstat.web.security.Csrf;
import eu.cyberstat.web.security.PortalSession;
import eu.cyberstat.web.security.RequestGuard;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;

/**
 * The frame of a page for one request: its language (the visitor's choice, else the browser's
 * Accept-Language, else English), the account logged in, and the session's CSRF token for the
 * forms every page has (the language switch at least).
 */
public final class Frames {

    private static final List<String> OFFERED = List.of("en", "fr", "de");

    /** The language of the pages for this request. */
    public Language language(Context ctx) {
        return PortalSession.language(ctx.req().getSession(false)).map(Language::of)
                .orElseGet(() -> language(ctx.header("Accept-Language")));
    }

    /** The best of the portal's languages for an Accept-Language header (English when none fits). */
    public Language language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.EN;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), OFFERED);
            return tag == null ? Language.EN : Language.of(tag);
        } catch (IllegalArgumentException e) {
            return Language.EN; // a malformed header is no reason to refuse a page
        }
    }

    /** The frame of an ordinary page; starts a session when there is none, for the token of its forms. */
    public Pages.Frame of(Context ctx) {
        HttpSession session = ctx.req().getSession(true);
        return frame(ctx, language(ctx), Csrf.token(session));
    }

    /** The frame of an error page: a token only if a session exists (an error never starts one). */
    public Pages.Frame forError(Context ctx, Language language) {
        HttpSession session = ctx.req().getSession(false);
        return frame(ctx, language, session == null ? null : Csrf.token(session));
    }

    private static Pages.Frame frame(Context ctx, Language language, String csrf) {
        var principal = RequestGuard.principal(ctx);
        return new Pages.Frame(language, principal == null ? null : principal.account(), csrf, ctx.path());
    }
}
