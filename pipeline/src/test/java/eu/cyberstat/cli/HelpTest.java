package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import org.junit.jupiter.api.Test;

/** What --help and -V print. */
class HelpTest {

    /** Every command, the top one first. */
    private static List<CommandLine> commands() {
        CommandLine top = Main.commandLine();
        List<CommandLine> all = new ArrayList<>(List.of(top));
        all.addAll(top.getSubcommands().values());
        return all;
    }

    /** Every word of the command's texts that fits on one line of its column (command list, options, descriptions). */
    private static List<String> words(CommandSpec spec) {
        Stream<String> texts = Stream.concat(Arrays.stream(spec.usageMessage().description()),
                spec.options().stream().flatMap(o -> Arrays.stream(o.description())));
        texts = Stream.concat(texts, spec.positionalParameters().stream().flatMap(p -> Arrays.stream(p.description())));
        texts = Stream.concat(texts, spec.usageMessage().exitCodeList().values().stream());
        return texts.flatMap(t -> Arrays.stream(t.split("\\s+"))).filter(w -> !w.isBlank() && !w.contains("$")
                && !w.contains("%") && w.length() < 40).distinct().toList();
    }

    @Test
    void helpWrapsBetweenWordsAndNamesNoNullDefault() {
        for (CommandLine command : commands()) {
            String name = command.getCommandSpec().qualifiedName();
            Cli help = Cli.run(Stream.concat(command.getParent() == null ? Stream.empty() : Stream.of(command.getCommandName()),
                    Stream.of("--help")).toArray(String[]::new));
            assertThat(help.status()).as(name).isZero();
            String out = help.out();
            assertThat(out).as(name).doesNotContain("null").contains("Usage: " + name);
            for (String line : out.split("\n")) {
                assertThat(line.length()).as(name + ": " + line).isLessThanOrEqualTo(80);
            }
            for (String word : words(command.getCommandSpec())) {
                assertThat(out.lines().anyMatch(l -> l.contains(word))).as(name + ": '" + word + "' broken across lines")
                        .isTrue();
            }
        }
        assertThat(Cli.run("--help").out()).contains("sdmx-YYYY.csv, key-findings-YYYY.json")
                .contains("manifest.json");
        assertThat(Cli.run("run", "--help").out())
                .contains("Warehouse folder. Default: the setting warehouse.dir");
    }

    @Test
    void theCommandListGivesEachCommandsFirstSentence() {
        String out = Cli.run("--help").out();
        assertThat(out).contains("  help               Display help information about the specified command.")
                .doesNotContain("%n");
    }

    @Test
    void versionComesFromTheBuildWithTheGitCommit() {
        Cli version = Cli.run("-V");
        assertThat(version.status()).isZero();
        assertThat(version.out()).matches("(?s)cyberstat \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?( \\(git [0-9a-f]{40}(-dirty)?\\))?\n"
                + "Java .*, Spark 4\\.\\d+\\.\\d+\n");
        assertThat(version.out()).doesNotContain("dev", "unknown");
        assertThat(Cli.run("submit", "-V").out()).isEqualTo(version.out());
    }

    @Test
    void aMistakeOnTheCommandLineIsOneSentenceAndAPointerToHelp() {
        Cli cli = Cli.run("submissions", "--as-off", "2026-01-01");
        assertThat(cli.status()).isEqualTo(ExitCode.USAGE_OR_IO);
        assertThat(cli.err()).startsWith("cyberstat: Unknown options: '--as-off', '2026-01-01'")
                .contains("See 'cyberstat submissions --help'.").doesNotContain("Usage:");
    }
}
