package eu.cyberstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script's first build, with stand-ins for mvn and java: when its output is not a
 * terminal, Maven is told to write no colour codes and no download progress. The stand-in mvn
 * writes a colour reset the way Maven 3.8's Jansi does unless it is told not to.
 */
class LauncherTest {

    private static final Path PROJECT = Path.of(System.getProperty("cyberstat.project.dir", ".."));

    @TempDir
    Path dir;

    private static void script(Path file, String body) throws Exception {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void theFirstBuildWritesNoEscapeCodesWhenItsOutputIsNotATerminal() throws Exception {
        Path home = Files.createDirectories(dir.resolve("cyberstat"));
        Files.copy(PROJECT.resolve("cyberstat"), home.resolve("cyberstat"));
        Files.writeString(home.resolve("pom.xml"), "<project/>");
        Files.writeString(home.resolve("jvm.options"), "-Dx=y\n");
        for (String module : new String[] {"ingest", "reports", "pipeline", "web"}) {
            Files.createDirectories(home.resolve(module));
        }
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path calls = dir.resolve("mvn-calls.txt");
        script(bin.resolve("mvn"), "echo \"args: $*\" >> '" + calls + "'\n"
                + "echo \"MAVEN_OPTS: ${MAVEN_OPTS:-}\" >> '" + calls + "'\n"
                + "case \"${MAVEN_OPTS:-}\" in *jansi.noreset=true*) ;; *) printf '\\033[0m' ;; esac\n"
                + "mkdir -p web/target && touch web/target/cyberstat-web.jar\n");
        script(bin.resolve("java"), "echo ran\n");

        ProcessBuilder pb = new ProcessBuilder("bash", home.resolve("cyberstat").toString(), "-V")
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().remove("MAVEN_OPTS");
        Process p = pb.start();
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();

        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(Files.readString(dir.resolve("out.txt"))).isEqualTo("ran\n");
        assertThat(err).isEqualTo("cyberstat: building (first use or sources changed) ...\n").doesNotContain("\u001b");
        assertThat(Files.readString(calls)).contains("-Dstyle.color=never", "--no-transfer-progress", "-q -B",
                "-Djansi.noreset=true");
    }
}
