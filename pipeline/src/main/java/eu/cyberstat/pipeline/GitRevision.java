package eu.cyberstat.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The git commit the software was built from, when it runs from a git checkout (the launcher
 * sets {@code cyberstat.home}); {@code -dirty} when tracked files differ from it. Null under
 * spark-submit from a packaged jar, or without git.
 */
public final class GitRevision {

    private GitRevision() {
    }

    public static String current() {
        Path home = Installation.home();
        if (!Files.exists(home.resolve(".git"))) {
            return null;
        }
        String head = git(home, "rev-parse", "HEAD");
        if (head == null || head.isBlank()) {
            return null;
        }
        String changes = git(home, "status", "--porcelain", "--untracked-files=no");
        return head.trim() + (changes != null && !changes.isBlank() ? "-dirty" : "");
    }

    private static String git(Path dir, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = dir.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            p.getOutputStream().close();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            p.getErrorStream().close();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroy();
                return null;
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
