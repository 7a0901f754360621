package eu.cyberstat.pipeline.history;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.pipeline.Settings;
import java.util.Arrays;
import java.util.List;

/**
 * The SMTP server notifications are mailed through (keys {@code mail.*}); without
 * {@code mail.smtp.host} nothing is mailed and notifications stay on the operator page.
 *
 * @param transport {@code smtp}, {@code smtps} (TLS from the start) or {@code starttls}
 */
public record MailSettings(String host, int port, String transport, String user, String password, String from,
                           List<String> to) {

    public static final String HOST = "mail.smtp.host";
    public static final String PORT = "mail.smtp.port";
    public static final int PORT_DEFAULT = 25;
    public static final String TRANSPORT = "mail.smtp.transport";
    public static final String TRANSPORT_DEFAULT = "smtp";
    public static final String USER = "mail.smtp.user";
    /** The password comes from the environment, never from a file others read. */
    public static final String PASSWORD_ENV = "CYBERSTAT_MAIL_PASSWORD";
    public static final String FROM = "mail.from";
    public static final String FROM_DEFAULT = "cyberstat@localhost";
    public static final String TO = "mail.to";

    public MailSettings {
        to = List.copyOf(to);
    }

    /** Whether mail is configured: a server and at least one address. */
    public boolean enabled() {
        return host != null && !to.isEmpty();
    }

    public static MailSettings from(Settings settings) {
        String transport = settings.get(TRANSPORT, TRANSPORT_DEFAULT);
        if (!List.of("smtp", "smtps", "starttls").contains(transport)) {
            throw new BadInputException("Setting " + TRANSPORT + " must be smtp, smtps or starttls, not '" + transport + "'.");
        }
        List<String> to = settings.get(TO).map(v -> Arrays.stream(v.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
        return new MailSettings(settings.get(HOST).orElse(null), settings.getInt(PORT, PORT_DEFAULT), transport,
                settings.get(USER).orElse(null), System.getenv(PASSWORD_ENV), settings.get(FROM, FROM_DEFAULT), to);
    }
}
