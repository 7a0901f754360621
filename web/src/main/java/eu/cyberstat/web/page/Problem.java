package eu.cyberstat.web.page;

import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;

/**
 * A request the portal answers with an error: its status, and the message key of the sentence
 * that tells the person what happened and what to do (every language has it).
 */
public final class Problem extends HttpResponseException {

    private final String messageKey;
    private final transient Object[] args;

    public Problem(HttpStatus status, String messageKey, Object... args) {
        super(status.getCode(), messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
