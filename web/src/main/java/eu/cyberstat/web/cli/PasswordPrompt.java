package eu.cyberstat.web.cli;

import eu.cyberstat.failure.BadInputException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A password for {@code cyberstat accounts}: typed at the terminal without echo (twice, to catch
 * a typo), or read as one line from standard input when there is no terminal (a script, a pipe).
 * Never from an argument, which the shell history and the process list would show.
 */
final class PasswordPrompt {

    private PasswordPrompt() {
    }

    static char[] read(String prompt) {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("%s: ", prompt);
            char[] second = console.readPassword("%s again: ", prompt);
            if (first == null || second == null) {
                throw new BadInputException("No password was typed.");
            }
            if (!Arrays.equals(first, second)) {
                throw new BadInputException("The two passwords typed are not the same: nothing was changed.");
            }
            return first;
        }
        try {
            // Not closed: standard input belongs to the process.
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new BadInputException("No password on standard input: type it at a terminal, or give it as one "
                        + "line on standard input (printf '%s\\n' \"$PASSWORD\" | cyberstat accounts ...).");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the password from standard input: " + e.getMessage(), e);
        }
    }
}
