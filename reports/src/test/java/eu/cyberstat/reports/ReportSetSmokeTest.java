package eu.cyberstat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportSetSmokeTest {

    @Test
    void rendersTheFullSet() {
        ReportFixtures.Fixture fx = ReportFixtures.realistic();
        Path out = Path.of("target/report-smoke");
        long t0 = System.nanoTime();
        List<Path> files = ReportSet.render(fx.data(), out, TestPaths.templates());
        System.out.println("rendered " + files.size() + " files in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        assertThat(files).hasSize(3 + 1 + 27);
    }
}
