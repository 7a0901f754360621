package eu.cyberstat.reports;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Poppler's command-line tools (pdftotext, pdftoppm, pdffonts) for tests that read PDFs the way
 * a reader's viewer does. They come from Debian's poppler-utils, which {@code .ci/run} installs;
 * a test never installs anything. Where they are missing the test is skipped with a message,
 * except under {@code CI=true}, where a missing tool fails the run instead of hiding its tests.
 */
final class PdfTools {

    private static Boolean available;

    private PdfTools() {
    }

    static synchronized void require() {
        if (available == null) {
            available = present();
        }
        String missing = "poppler-utils (pdftotext, pdftoppm) is not installed: "
                + "apt-get install poppler-utils (bash .ci/run installs it)";
        if (!available && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(missing + "; with CI=true a missing tool fails instead of skipping");
        }
        assumeTrue(available, missing + " to run this test");
    }

    private static boolean present() {
        try {
            return run(List.of("pdftotext", "-v"), 30).exit == 0;
        } catch (IOException e) {
            return false;
        }
    }

    record Result(int exit, String out) {
    }

    static Result run(List<String> command, int timeoutSeconds) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** The text of a PDF (or of one page when {@code page > 0}), in reading order. */
    static String text(Path pdf, int page) throws IOException {
        return text(pdf, page, false);
    }

    /** As {@link #text(Path, int)}; with {@code layout} each printed line stays one line. */
    static String text(Path pdf, int page, boolean layout) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
        if (layout) {
            cmd.add("-layout");
        }
        if (page > 0) {
            cmd.addAll(List.of("-f", String.valueOf(page), "-l", String.valueOf(page)));
        }
        cmd.addAll(List.of(pdf.toString(), "-"));
        Result r = run(cmd, 120);
        if (r.exit != 0) {
            throw new IOException("pdftotext failed on " + pdf + ": " + r.out);
        }
        return r.out;
    }
}
