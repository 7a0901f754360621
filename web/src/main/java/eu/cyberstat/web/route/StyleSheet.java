package eu.cyberstat.web.route;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /static/portal.css}: the portal's one style sheet, served from the application itself. */
public final class StyleSheet {

    public static final String PATH = "/static/portal.css";
    private final byte[] css;

    public StyleSheet() {
        try (InputStream in = StyleSheet.class.getResourceAsStream("/portal/static/portal.css")) {
            if (in == null) {
                throw new IllegalStateException("portal.css is missing from the build");
            }
            css = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void serve(Context ctx) {
        // Not one account's data: a browser may keep it for an hour.
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType("text/css; charset=utf-8").result(css);
    }
}
