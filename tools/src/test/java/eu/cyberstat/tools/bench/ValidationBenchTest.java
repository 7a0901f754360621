package eu.cyberstat.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke test of bench/validate: a tiny run writes its four files, validates each (accepted) and prints a table. */
class ValidationBenchTest {

    @TempDir
    Path dir;

    @Test
    void aTinyRunMeasuresEveryFile() throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ValidationBench.main(new String[] {dir.toString(), "200", "0", "1"});
        } finally {
            System.setOut(stdout);
        }
        String table = captured.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("median ms", "project CSV (UTF-8, ',')", "SDMX-CSV 1.0", "Excel .xlsx");
        assertThat(dir.resolve("bench-10k.xlsx")).exists();
    }
}
