package eu.cyberstat.reports;

import eu.cyberstat.ingest.OutputMode;
import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Language;
import eu.cyberstat.reports.model.ReportData;
import eu.cyberstat.reports.pdf.AnnualReportPdf;
import eu.cyberstat.reports.pdf.FeedbackPdf;
import eu.cyberstat.reports.template.ReportTemplates;
import eu.cyberstat.reports.view.ReportBasis;
import eu.cyberstat.reports.view.ReportContext;
import eu.cyberstat.reports.xlsx.ReportWorkbook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The whole set of report outputs for one run: {@code report-YYYY-{en,fr,de}.pdf}, the data
 * workbooks {@code report-YYYY-{en,fr,de}.xlsx} and {@code feedback/CC-YYYY.pdf} for every
 * Member State with figures. This is what the pipeline calls after the metrics run.
 *
 * <p>The templates are loaded and checked first; every document is then rendered in memory
 * (in parallel, one per core) and the files are published only when all of them succeeded, so
 * a template error never leaves a half-written set. The same data and templates give the same
 * bytes.
 */
public final class ReportSet {

    private ReportSet() {
    }

    /**
     * Renders every output into {@code outDir} from the templates in {@code templatesDir}
     * (the {@code templates/report} folder) and returns the files written, in a stable order.
     *
     * @throws eu.cyberstat.reports.template.TemplateException when a template is wrong (the
     *         message names the file and line); nothing is written then
     */
    public static List<Path> render(ReportData data, Path outDir, Path templatesDir) {
        return render(data, outDir, templatesDir, Progress.NONE);
    }

    /** Where the set tells how far it got: how many documents it renders, then each one done (any thread). */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void rendering(int total) {
            }

            @Override
            public void rendered(String name) {
            }
        };

        void rendering(int total);

        void rendered(String name);
    }

    /** As {@link #render(ReportData, Path, Path)}, telling {@code progress} of each document rendered. */
    public static List<Path> render(ReportData data, Path outDir, Path templatesDir, Progress progress) {
        ReportTemplates templates = ReportTemplates.load(templatesDir, data.reference());
        ReportBasis basis = new ReportBasis(data, templates);
        int year = data.provenance().referenceYear();
        Map<String, Callable<byte[]>> jobs = new LinkedHashMap<>();
        for (Language lang : Language.values()) {
            ReportContext ctx = new ReportContext(basis, lang);
            jobs.put("report-" + year + "-" + lang.code() + ".pdf", () -> new AnnualReportPdf(ctx).render());
        }
        for (Language lang : Language.values()) {
            ReportContext ctx = new ReportContext(basis, lang);
            jobs.put("report-" + year + "-" + lang.code() + ".xlsx", () -> new ReportWorkbook(ctx).render());
        }
        for (Country c : basis.reportingMemberStates()) {
            Language lang = templates.definition().feedback().languageOf(c.geo());
            ReportContext ctx = new ReportContext(basis, lang);
            jobs.put("feedback/" + c.geo() + "-" + year + ".pdf", () -> new FeedbackPdf(ctx, c.geo()).render());
        }
        progress.rendering(jobs.size());
        Map<String, byte[]> rendered = renderAll(jobs, progress);
        return publish(rendered, outDir);
    }

    private static Map<String, byte[]> renderAll(Map<String, Callable<byte[]>> jobs, Progress progress) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), jobs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "report-render");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, Future<byte[]>> futures = new LinkedHashMap<>();
            jobs.forEach((name, job) -> futures.put(name, pool.submit(() -> {
                byte[] bytes = job.call();
                progress.rendered(name);
                return bytes;
            })));
            Map<String, byte[]> out = new LinkedHashMap<>();
            for (Map.Entry<String, Future<byte[]>> e : futures.entrySet()) {
                out.put(e.getKey(), e.getValue().get());
            }
            return out;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("Rendering the report failed", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rendering the report", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes every file to a staging folder beside the outputs, then moves each into place. */
    private static List<Path> publish(Map<String, byte[]> rendered, Path outDir) {
        try {
            Files.createDirectories(outDir);
            Path staging = Files.createTempDirectory(outDir, ".report-staging-");
            try {
                for (Map.Entry<String, byte[]> e : rendered.entrySet()) {
                    Path p = staging.resolve(e.getKey());
                    Files.createDirectories(p.getParent());
                    Files.write(p, e.getValue());
                    OutputMode.apply(p);
                }
                List<Path> written = new ArrayList<>();
                for (String name : rendered.keySet()) {
                    Path target = outDir.resolve(name);
                    Files.createDirectories(target.getParent());
                    move(staging.resolve(name), target);
                    written.add(target);
                }
                return written;
            } finally {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report into " + outDir + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
