package eu.cyberstat.web.route;

import eu.cyberstat.web.query.ReportFile;
import io.javalin.http.Context;
import java.util.Map;

/**
 * A report file sent as a download: its type from its extension, saved under its own name, never
 * displayed inside the portal's pages.
 */
final class Downloads {

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "csv", "text/csv; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "log", "text/plain; charset=utf-8");

    private Downloads() {
    }

    static void send(Context ctx, ReportFile file, byte[] bytes) {
        send(ctx, file.downloadName(), bytes);
    }

    /** Bytes saved as {@code name} (its characters outside A-Z, a-z, 0-9, '.', '_', '-' become '_'). */
    static void send(Context ctx, String downloadName, byte[] bytes) {
        String name = downloadName.replaceAll("[^A-Za-z0-9._-]", "_");
        String extension = name.substring(name.lastIndexOf('.') + 1);
        ctx.contentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.result(bytes);
    }

    /** A file as it was uploaded: never displayed, whatever its name or content says. */
    static void sendRaw(Context ctx, String downloadName, byte[] bytes) {
        String name = downloadName.replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.contentType("application/octet-stream");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.result(bytes);
    }
}
