package eu.cyberstat.pipeline.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Notifications are recorded for the operator page and mailed through the SMTP server of the settings (GreenMail on loopback). */
class NotifierTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    private MailSettings mailTo(int port, String... to) {
        return new MailSettings("127.0.0.1", port, "smtp", null, null, "cyberstat@statistics.example", List.of(to));
    }

    @Test
    void aNotificationIsRecordedAndMailed() throws Exception {
        try (HistoryDatabase db = HistoryDatabase.open(dir)) {
            RunHistory history = new RunHistory(db);
            Notifier notifier = new Notifier(history, mailTo(smtp.getSmtp().getPort(), "ops@statistics.example",
                    "lead@statistics.example"));
            notifier.tell(Notification.Kind.RUN_FAILED, 7L, 2022, "run 7 of 2022 failed",
                    "Run 7 of reference year 2022 failed: disk full.");

            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(2); // one copy per recipient
            assertThat(received[0].getSubject()).isEqualTo("cyberstat: run 7 of 2022 failed");
            assertThat(received[0].getFrom()[0].toString()).isEqualTo("cyberstat@statistics.example");
            assertThat(received[0].getContent().toString()).contains("Run 7 of reference year 2022 failed: disk full.");
            assertThat(List.of(received[0].getAllRecipients()).stream().map(Object::toString).toList())
                    .containsExactlyInAnyOrder("ops@statistics.example", "lead@statistics.example");

            Notification n = history.notifications(10).get(0);
            assertThat(n.kind()).isEqualTo(Notification.Kind.RUN_FAILED);
            assertThat(n.runId()).isEqualTo(7L);
            assertThat(n.referenceYear()).isEqualTo(2022);
            assertThat(n.message()).isEqualTo("run 7 of 2022 failed");
            assertThat(n.mailedTo()).isEqualTo("ops@statistics.example, lead@statistics.example");
            assertThat(n.mailError()).isNull();
        }
    }

    @Test
    void anUnreachableServerIsNotedNotThrown() {
        try (HistoryDatabase db = HistoryDatabase.open(dir)) {
            RunHistory history = new RunHistory(db);
            int closed = smtp.getSmtp().getPort();
            smtp.stop();
            try {
                new Notifier(history, mailTo(closed, "ops@statistics.example"))
                        .tell(Notification.Kind.DEADLINE_PASSED, null, 2025, "the report of 2025 is not published", "...");
            } finally {
                smtp.start();
            }
            Notification n = history.notifications(1).get(0);
            assertThat(n.kind()).isEqualTo(Notification.Kind.DEADLINE_PASSED);
            assertThat(n.mailedTo()).isEqualTo("ops@statistics.example");
            assertThat(n.mailError()).isNotBlank();
        }
    }

    @Test
    void withoutAServerNothingIsMailed() {
        try (HistoryDatabase db = HistoryDatabase.open(dir)) {
            RunHistory history = new RunHistory(db);
            new Notifier(history, new MailSettings(null, 25, "smtp", null, null, "x@y", List.of()))
                    .tell(Notification.Kind.RUN_FINISHED, 1L, 2022, "run 1 of 2022 finished", "...");
            assertThat(history.notifications(1).get(0).mailedTo()).isNull();
            assertThat(smtp.getReceivedMessages()).isEmpty();
        }
    }
}
