package eu.cyberstat.web.route;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.cyberstat.web.account.Account;
import eu.cyberstat.web.query.SubmissionsInForce;
import eu.cyberstat.web.security.RequestGuard;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * The JSON API, for machine clients with a token ({@code Authorization: Bearer cst_...}): who the
 * token acts as, and a country's submissions in force, the same as its page shows. The same
 * access rule as the pages: an uploader's token reads its own country only.
 */
public final class ApiRoutes {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** {@code GET /api/v1/me}. */
    public record Me(String name, String displayName, String role, String country, String token) {
    }

    /** One reference year in force, as {@code GET /api/v1/countries/{country}/submissions} lists it. */
    public record YearInForce(int year, String submissionId, String file, String sha256, Instant receivedAt,
                              long figures, int warnings) {
    }

    /** The answer of {@code GET /api/v1/countries/{country}/submissions}. */
    public record CountryInForce(String country, List<YearInForce> years) {
    }

    private final SubmissionsInForce inForce;

    public ApiRoutes(SubmissionsInForce inForce) {
        this.inForce = inForce;
    }

    public void me(Context ctx) {
        var who = RequestGuard.principal(ctx);
        Account a = who.account();
        send(ctx, new Me(a.name(), a.displayName(), a.role().code(), a.country(), who.tokenId()));
    }

    public void submissions(Context ctx) {
        String geo = ctx.pathParam("country");
        List<YearInForce> years = inForce.of(geo).stream().map(y -> new YearInForce(y.year(), y.submission().id(),
                y.submission().fileName(), y.submission().sha256(), y.submission().committedAt(), y.figures(),
                y.submission().warnings())).toList();
        send(ctx, new CountryInForce(geo, years));
    }

    /** Answers with {@code body} as JSON (instants as ISO strings); the runs' API answers the same way. */
    static void send(Context ctx, Object body) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
