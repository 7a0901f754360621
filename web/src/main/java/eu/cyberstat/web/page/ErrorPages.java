package eu.cyberstat.web.page;

import eu.cyberstat.failure.StorageProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberstat.reference.Language;
import eu.cyberstat.web.security.RequestGuard;
import eu.cyberstat.web.security.SecurityHeaders;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error as a page a person understands, with the right status, in the visitor's language,
 * and never a stack trace: the API gets the same as JSON. An unexpected failure is logged with an
 * incident number that the page shows, so that a report from a user finds its log entry.
 */
public final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The statuses that have their own title and explanation in the messages. */
    private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 405, 409, 413, 415, 429, 431, 500, 503, 507);

    private final Pages pages;
    private final Frames frames;

    public ErrorPages(Pages pages, Frames frames) {
        this.pages = pages;
        this.frames = frames;
    }

    /** A refusal the portal chose ({@link Problem}) or one Javalin raised (no route, wrong method). */
    public void handle(HttpResponseException e, Context ctx) {
        if (e instanceof Problem p) {
            show(ctx, e.getStatus(), p.messageKey(), p.args());
        } else if (e instanceof MethodNotAllowedResponse) {
            // Javalin names the methods under one key or the other, depending on the request's Accept header.
            String allowed = e.getDetails().getOrDefault("availableMethods", e.getDetails().get("Available methods"));
            if (allowed != null) {
                ctx.header("Allow", allowed);
            }
            show(ctx, e.getStatus(), null);
        } else {
            show(ctx, e.getStatus(), null);
        }
    }

    /** Jetty refused the request as malformed (a form over the size limit, a broken encoding). */
    public void badMessage(BadMessageException e, Context ctx) {
        show(ctx, e.getCode() == 413 ? 413 : 400, e.getCode() == 413 ? "error.413.form" : null);
    }

    /**
     * A use case's typed failure, by its kind (docs/architecture.md): bad input 400, not this
     * caller's 403, nothing there 404, a commit meanwhile 409, storage 500 with an incident number.
     * Its sentence may name the service's folders: it goes to the log, the page says what to do.
     */
    public void failure(eu.cyberstat.failure.CyberstatException e, Context ctx) {
        if (e instanceof eu.cyberstat.failure.BadInputException) {
            LOG.info("Refused {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            show(ctx, 400, null);
        } else if (e instanceof eu.cyberstat.failure.ForbiddenException) {
            show(ctx, 403, null);
        } else if (e instanceof eu.cyberstat.failure.NotFoundException) {
            show(ctx, 404, null);
        } else if (e instanceof eu.cyberstat.failure.ConflictException) {
            LOG.info("Conflict on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            show(ctx, 409, "error.409.submission");
        } else {
            unexpected(e, ctx);
        }
    }

    /** Anything else: a fault of the portal, not of the request. */
    public void unexpected(Exception e, Context ctx) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Incident {} on {} {}", incident, ctx.method(), ctx.path(), e);
        // A full or read-only disk is the portal's own condition, not the request's: say so, so that an
        // uploader knows nothing was kept and to try later, without the server's paths.
        StorageProblem storage = StorageProblem.in(e).orElse(null);
        if (storage == StorageProblem.FULL) {
            show(ctx, 507, "error.507.incident", incident);
        } else if (storage == StorageProblem.READ_ONLY) {
            show(ctx, 503, "error.503.incident", incident);
        } else {
            show(ctx, 500, "error.500.incident", incident);
        }
    }

    private void show(Context ctx, int status, String key, Object... args) {
        Language lang = frames.language(ctx);
        String title = pages.text(lang, titleKey(status), status);
        String text = pages.text(lang, key != null ? key : explanationKey(status), args);
        SecurityHeaders.apply(ctx::header);
        ctx.header("Cache-Control", SecurityHeaders.NO_STORE);
        ctx.status(status);
        if (RequestGuard.isApi(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", title);
            body.put("message", text);
            ctx.contentType("application/json; charset=utf-8").result(json(body));
            return;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("status", status);
        model.put("text", text);
        model.put("loggedIn", RequestGuard.principal(ctx) != null);
        Pages.respond(ctx, pages.render("error.ftlh", title, frames.forError(ctx, lang), model));
    }

    private static String titleKey(int status) {
        return EXPLAINED.contains(status) ? "error." + status + ".title" : "error.other.title";
    }

    private static String explanationKey(int status) {
        return EXPLAINED.contains(status) ? "error." + status + ".text" : "error.other.text";
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Jetty's own error responses, for requests refused before they reach the portal (a header too
     * large, a malformed request line): the same page in a neutral frame, no stack trace.
     */
    public ErrorHandler jettyErrorHandler() {
        return new ErrorHandler() {
            @Override
            protected void generateResponse(Request request, Response response, int code, String message,
                                            Throwable cause, Callback callback) {
                int status = code >= 400 && code < 600 ? code : 500;
                Language lang = frames.language(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
                Map<String, Object> model = new LinkedHashMap<>();
                String title = pages.text(lang, titleKey(status), status);
                model.put("status", status);
                model.put("text", pages.text(lang, explanationKey(status)));
                model.put("loggedIn", false);
                String html = pages.render("error.ftlh", title, new Pages.Frame(lang, null, null, "/"), model);
                SecurityHeaders.apply((name, value) -> response.getHeaders().put(name, value));
                response.getHeaders().put(HttpHeader.CACHE_CONTROL, SecurityHeaders.NO_STORE);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
                response.write(true, ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8)), callback);
            }
        };
    }
}
