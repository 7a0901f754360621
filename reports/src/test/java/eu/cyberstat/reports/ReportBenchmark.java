package eu.cyberstat.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times the full report set (three PDFs, the workbook, the feedback sheets) on the test
 * fixture in one warm JVM: a few warm-up renders, then the median of the measured ones.
 * Run by {@code bench/report/run.sh}; arguments: templates folder, output folder, warm-ups, runs.
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path templates = Path.of(args.length > 0 ? args[0] : "templates/report");
        Path out = Path.of(args.length > 1 ? args[1] : "bench/results/report");
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        ReportFixtures.Fixture fx = ReportFixtures.realistic();
        System.out.printf("fixture: %d figures, %d alert figures, %d checks; %d cores%n", fx.data().figures().size(),
                fx.data().alertFigures().size(), fx.data().checks().size(), Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < warmups; i++) {
            long t = System.nanoTime();
            ReportFiles.render(fx.data(), out, templates);
            System.out.printf("warm-up %d: %.2f s%n", i + 1, (System.nanoTime() - t) / 1e9);
        }
        List<Double> times = new ArrayList<>();
        int files = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            files = ReportFiles.render(fx.data(), out, templates).size();
            double s = (System.nanoTime() - t) / 1e9;
            times.add(s);
            System.out.printf("run %d: %.2f s%n", i + 1, s);
        }
        Collections.sort(times);
        long bytes;
        try (var walk = Files.walk(out)) {
            bytes = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("files: %d (%.1f MB); median of %d warm runs: %.2f s (min %.2f, max %.2f)%n", files,
                bytes / 1e6, runs, times.get(times.size() / 2), times.get(0), times.get(times.size() - 1));
    }
}
