package eu.cyberstat.web.security;

import eu.cyberstat.web.account.Role;
import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * The portal's access rule, in one place: a route open to everyone, or one that names the roles
 * it admits; and on any route about a country, an uploader reaches its own country only. Every
 * request goes through {@link #decide} before its handler runs.
 */
public final class AccessRule {

    /** What becomes of a request. */
    public enum Decision {
        ALLOW,
        /** Nobody is logged in and the route needs someone. */
        LOG_IN,
        /** The account's role is not one the route admits. */
        WRONG_ROLE,
        /** An uploader asking for another country. */
        OTHER_COUNTRY
    }

    private AccessRule() {
    }

    /**
     * @param who     null when nobody is logged in
     * @param admits  the roles the route admits; empty for a public route
     * @param country the country the request is about (a path parameter), or null
     */
    public static Decision decide(Principal who, Set<RouteRole> admits, String country) {
        if (admits.isEmpty()) {
            return Decision.ALLOW;
        }
        if (who == null) {
            return Decision.LOG_IN;
        }
        if (!admits.contains(who.account().role())) {
            return Decision.WRONG_ROLE;
        }
        if (country != null && who.account().role() == Role.UPLOADER && !who.account().uploadsFor(country)) {
            return Decision.OTHER_COUNTRY;
        }
        return Decision.ALLOW;
    }
}
