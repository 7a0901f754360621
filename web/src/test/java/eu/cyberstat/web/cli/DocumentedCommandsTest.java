package eu.cyberstat.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The commands the README and the docs show, on the whole command line the launcher runs (the
 * pipeline's commands and the portal's): each names a real command, subcommand and option.
 */
class DocumentedCommandsTest {

    private static final Path PROJECT = Path.of(System.getProperty("cyberstat.project.dir", ".."));
    private static final Pattern COMMAND = Pattern.compile("\\./cyberstat((?: [^`|\\n#]+)?)");

    private static List<List<String>> commands(String document) throws IOException {
        List<List<String>> commands = new ArrayList<>();
        Matcher m = COMMAND.matcher(Files.readString(PROJECT.resolve(document)));
        while (m.find()) {
            commands.add(Arrays.stream(m.group(1).strip().split("\\s+")).filter(t -> !t.isEmpty()).toList());
        }
        return commands;
    }

    @Test
    void everyDocumentedCommandAndOptionExists() throws IOException {
        CommandLine cli = Cyberstat.commandLine();
        int portal = 0;
        for (String document : List.of("README.md", "docs/runbook.md", "docs/warehouse.md", "docs/metrics.md",
                "docs/data-format.md", "docs/alerts.md", "docs/portal.md")) {
            List<List<String>> commands = commands(document);
            assertThat(commands).as(document).isNotEmpty();
            for (List<String> command : commands) {
                if (command.isEmpty() || command.get(0).startsWith("-")) {
                    continue; // ./cyberstat -V
                }
                CommandLine sub = cli.getSubcommands().get(command.get(0));
                assertThat(sub).as(document + ": command " + command).isNotNull();
                for (String written : command.subList(1, command.size())) {
                    // accounts token add: descend while a word names a subcommand
                    if (sub.getSubcommands().containsKey(written)) {
                        sub = sub.getSubcommands().get(written);
                        continue;
                    }
                    String token = written.replaceFirst("^\\[", "");
                    if (token.startsWith("--")) {
                        String option = token.replaceAll("[=\\])].*", "");
                        assertThat(sub.getCommandSpec().findOption(option)).as(document + ": " + option + " of " + command)
                                .isNotNull();
                    }
                }
                if (List.of("serve", "accounts").contains(command.get(0))) {
                    portal++;
                }
            }
        }
        assertThat(portal).as("the portal's commands are documented").isGreaterThanOrEqualTo(8);
    }
}
