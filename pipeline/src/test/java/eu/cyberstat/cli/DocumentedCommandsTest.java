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

/**
 * The README's runnable examples work in a fresh clone (they read only files of the repository).
 * That every documented command and option exists is checked by the web module's
 * DocumentedCommandsTest, which sees the whole command line (serve and accounts too).
 */
class DocumentedCommandsTest {

    private static final Path PROJECT = Path.of(System.getProperty("cyberstat.project.dir", ".."));

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
