package eu.cyberstat.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The spark-submit commands of docs/cluster.md: the main class is cyberstat's, the program
 * arguments after the application jar are commands and options cyberstat has, and no command line
 * carries the alert key.
 */
class ClusterDocumentationTest {

    private static final Path PROJECT = Path.of(System.getProperty("cyberstat.project.dir", "..")).toAbsolutePath().normalize();
    private static final Pattern BASH = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);
    private static final List<String> APPLICATION_JAR = List.of("\"$APP_JAR\"", "local:///opt/cyberstat/cyberstat-cluster.jar");

    /** Each spark-submit command of the document, continuation lines joined, comments removed. */
    private static List<List<String>> sparkSubmits() throws IOException {
        List<List<String>> commands = new ArrayList<>();
        Matcher m = BASH.matcher(Files.readString(PROJECT.resolve("docs/cluster.md")));
        while (m.find()) {
            for (String command : m.group(1).replace("\\\n", " ").split("\n")) {
                List<String> tokens = Arrays.stream(command.replaceAll("(^|\\s)#.*", "").strip().split("\\s+"))
                        .filter(t -> !t.isEmpty()).toList();
                if (!tokens.isEmpty() && tokens.get(0).replace("\"", "").endsWith("/bin/spark-submit")) {
                    commands.add(tokens);
                }
            }
        }
        return commands;
    }

    @Test
    void everyProgramArgumentIsACyberstatCommandOrOption() throws IOException {
        List<List<String>> commands = sparkSubmits();
        assertThat(commands).as("spark-submit commands (standalone, YARN, Kubernetes)").hasSize(3);
        CommandLine cli = Main.commandLine();
        for (List<String> command : commands) {
            assertThat(String.join(" ", command)).contains("--class eu.cyberstat.cli.Main", "--deploy-mode client");
            int jar = -1;
            for (int i = 0; i < command.size() && jar < 0; i++) {
                if (APPLICATION_JAR.contains(command.get(i))) {
                    jar = i;
                }
            }
            assertThat(jar).as("the application jar in " + command).isPositive();
            List<String> program = command.subList(jar + 1, command.size());
            CommandLine sub = cli.getSubcommands().get(program.get(0));
            assertThat(sub).as("command " + program).isNotNull();
            program.stream().filter(t -> t.startsWith("--")).forEach(option ->
                    assertThat(sub.getCommandSpec().findOption(option)).as(option + " of " + program).isNotNull());
        }
    }

    @Test
    void noCommandLineCarriesTheAlertKey() throws IOException {
        for (List<String> command : sparkSubmits()) {
            assertThat(String.join(" ", command)).doesNotContainIgnoringCase("hmac").doesNotContain("alerts.hmac.key");
        }
    }
}
