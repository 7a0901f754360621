package eu.cyberstat.pipeline.history;

import java.util.List;
import org.simplejavamail.api.email.Email;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.simplejavamail.email.EmailBuilder;
import org.simplejavamail.mailer.MailerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the operator: records each notification in the history (the operator page lists them)
 * and, when an SMTP server is set, mails it. A mail that cannot be sent is noted with the
 * notification, never a reason to fail the run.
 */
public final class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    private final RunHistory history;
    private final MailSettings mail;

    public Notifier(RunHistory history, MailSettings mail) {
        this.history = history;
        this.mail = mail;
    }

    public Notification tell(Notification.Kind kind, Long runId, Integer year, String subject, String body) {
        Notification n = history.notify(kind, runId, year, subject);
        if (mail.enabled()) {
            String to = String.join(", ", mail.to());
            try (Mailer mailer = mailer()) {
                Email email = EmailBuilder.startingBlank().from(mail.from()).toMultiple(mail.to().toArray(String[]::new))
                        .withSubject("cyberstat: " + subject).withPlainText(body).buildEmail();
                mailer.sendMail(email);
                history.mailed(n.id(), to, null);
            } catch (Exception e) {
                LOG.warn("Cannot mail notification {} to {}: {}", n.id(), to, e.getMessage());
                history.mailed(n.id(), to, e.getMessage() == null ? e.toString() : e.getMessage());
            }
        }
        return n;
    }

    private Mailer mailer() {
        TransportStrategy strategy = switch (mail.transport()) {
            case "smtps" -> TransportStrategy.SMTPS;
            case "starttls" -> TransportStrategy.SMTP_TLS;
            default -> TransportStrategy.SMTP;
        };
        return MailerBuilder.withSMTPServer(mail.host(), mail.port(), mail.user(), mail.password())
                .withTransportStrategy(strategy).withSessionTimeout(20_000)
                // The SMTP server judges the addresses: a site's own (cyberstat@localhost) is fine to it.
                .clearEmailValidator().buildMailer();
    }

    /** The addresses mail goes to (empty: none configured). */
    public List<String> recipients() {
        return mail.enabled() ? mail.to() : List.of();
    }
}
