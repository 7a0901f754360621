package eu.cyberstat.web.route;

import eu.cyberstat.reference.Language;
import eu.cyberstat.web.page.Problem;
import eu.cyberstat.web.security.LocalRedirect;
import eu.cyberstat.web.security.PortalSession;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** {@code POST /language}: the visitor's choice of language, kept for the session, then back to the page. */
public final class LanguageRoute {

    public void choose(Context ctx) {
        String code = ctx.formParam("lang");
        Language language;
        try {
            language = Language.of(code == null ? "" : code);
        } catch (IllegalArgumentException e) {
            throw new Problem(HttpStatus.BAD_REQUEST, "error.400.language");
        }
        PortalSession.chooseLanguage(ctx.req().getSession(true), language.code());
        ctx.redirect(LocalRedirect.to(ctx.formParam("back")), HttpStatus.SEE_OTHER);
    }
}
