package eu.cyberstat.web.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.javalin.security.RouteRole;
import java.util.Locale;

/** What an account may do in the portal. Each route names the roles it admits. */
public enum Role implements RouteRole {
    /** A Member State's statistical contact: its own country's submissions, nothing else. */
    UPLOADER,
    /** The reporting centre's statistician: every country, the runs. */
    OPERATOR,
    /** A policymaker: the published reports only. */
    READER;

    /** The role as written on the command line and in accounts.json: {@code uploader}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Role of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
