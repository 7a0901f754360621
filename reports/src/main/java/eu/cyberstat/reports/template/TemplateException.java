package eu.cyberstat.reports.template;

import eu.cyberstat.failure.BadInputException;

/**
 * A report template that cannot be used: the message names the file and, where there is one,
 * the line, and says what to fix. Raised when the templates are loaded, before any output is
 * written, so that a typo never produces half a report.
 */
public class TemplateException extends BadInputException {

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
