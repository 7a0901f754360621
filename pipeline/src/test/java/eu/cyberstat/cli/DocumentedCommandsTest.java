package eu.cyberstat.cli;

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
 * The commands the README and the runbook show: each names a real command and real options, and
 * the README's runnable examples work in a fresh clone (they read only files of the repository).
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
        CommandLine cli = Main.commandLine();
        for (String document : List.of("README.md", "docs/runbook.md", "docs/warehouse.md", "docs/metrics.md",
                "docs/data-format.md", "docs/alerts.md")) {
            List<List<String>> commands = commands(document);
            assertThat(commands).as(document).isNotEmpty();
            for (List<String> command : commands) {
                if (command.isEmpty() || command.get(0).startsWith("-")) {
                    continue; // ./cyberstat -V
                }
                CommandLine sub = cli.getSubcommands().get(command.get(0));
                assertThat(sub).as(document + ": command " + command).isNotNull();
                for (int i = 1; i < command.size() && sub.getSubcommands().containsKey(command.get(i)); i++) {
                    sub = sub.getSubcommands().get(command.get(i)); // ./cyberstat warehouse clean --dry-run
                }
                for (String written : command) {
                    String token = written.replaceFirst("^\\[", "");
                    if (token.startsWith("--")) {
                        String option = token.replaceAll("[=\\])].*", "");
                        assertThat(sub.getCommandSpec().findOption(option)).as(document + ": " + option + " of " + command)
                                .isNotNull();
                    }
                }
            }
        }
    }

    @Test
    void theReadmeExamplesWorkInAFreshClone() throws IOException {
        String readme = Files.readString(PROJECT.resolve("README.md"));
        Matcher blocks = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        int validated = 0;
        while (blocks.find()) {
            for (String line : blocks.group(1).split("\\n")) {
                List<String> tokens = Arrays.stream(line.replaceAll("#.*", "").strip().split("\\s+"))
                        .filter(t -> !t.isEmpty()).toList();
                if (tokens.isEmpty() || !tokens.get(0).equals("./cyberstat")) {
                    continue;
                }
                List<String> args = new ArrayList<>();
                for (String token : tokens.subList(1, tokens.size())) {
                    if (token.contains("/") && !token.startsWith("-")) {
                        assertThat(token).as(line).doesNotStartWith("../");
                        assertThat(PROJECT.resolve(token)).as(line + ": a file of the repository").exists();
                        token = PROJECT.resolve(token).toString();
                    }
                    args.add(token);
                }
                if (args.get(0).equals("validate")) {
                    Cli cli = Cli.run(args.toArray(String[]::new));
                    assertThat(cli.status()).as(line + "\n" + cli.out() + cli.err()).isIn(ExitCode.OK, ExitCode.REJECTED);
                    validated++;
                }
            }
        }
        assertThat(validated).isGreaterThanOrEqualTo(2);
    }
}
