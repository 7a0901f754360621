package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.pipeline.run.RunTestSupport;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.warehousing.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A run that fails is mailed to the operators named in the settings file (GreenMail on loopback). */
class RunNotificationMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    @Test
    void aFailedRunIsMailed() throws Exception {
        Warehouse warehouse = Warehouse.openOrCreate(dir.resolve("warehouse"));
        RunTestSupport.submit(TestSpark.session(), warehouse, "at.csv",
                List.of(new Observation("AT", 2022, "CYB", "RECORDED", 10L, "", "")));
        Path config = dir.resolve("cyberstat.properties");
        Files.writeString(config, "mail.smtp.host = 127.0.0.1\nmail.smtp.port = " + smtp.getSmtp().getPort()
                + "\nmail.to = ops@statistics.example\n");

        Cli cli = Cli.run("run", "--year", "2031", "--warehouse", dir.resolve("warehouse").toString(), "--config",
                config.toString(), "--out", dir.resolve("out").toString());

        assertThat(cli.status()).isEqualTo(ExitCode.REJECTED);
        assertThat(cli.err()).contains("no national figures for 2031");
        Cli show = Cli.run("runs", "show", "1", "--warehouse", dir.resolve("warehouse").toString(), "--config",
                config.toString(), "--json");
        assertThat(show.out()).as(show.err()).contains("FAILED");
        smtp.waitForIncomingEmail(5000, 1);
        assertThat(smtp.getReceivedMessages()).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("cyberstat: run 1 of 2031 failed");
            assertThat(m.getContent().toString()).contains("no national figures for 2031");
        });
    }
}
