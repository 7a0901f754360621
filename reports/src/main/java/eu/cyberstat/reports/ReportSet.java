package eu.cyberstat.reports;

import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Language;
import eu.cyberstat.reports.model.ReportData;
import eu.cyberstat.reports.pdf.AnnualReportPdf;
import eu.cyberstat.reports.pdf.FeedbackPdf;
import eu.cyberstat.reports.template.ReportTemplates;
import eu.cyberstat.reports.view.ReportBasis;
import eu.cyberstat.reports.view.ReportContext;
import eu.cyberstat.reports.xlsx.ReportWorkbook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The whole set of report outputs for one run: {@code report-YYYY-{en,fr,de}.pdf}, the data
 * workbooks {@code report-YYYY-{en,fr,de}.xlsx} and {@code feedback/CC-YYYY.pdf} for every
 * Member State with figures. This is what the pipeline calls after the metrics run.
 *
 * <p>The templates are loaded and checked first; every document is then rendered in memory
 * (in parallel, one per core) and handed back only when all of them succeeded. The same data
 * and templates give the same bytes.
 */
public final class ReportSet {

    private ReportSet() {
    }

    /**
     * Renders every document from the templates in {@code templatesDir} (the
     * {@code templates/report} folder), in memory, in a stable order. Nothing is written: the
     * caller publishes the documents (the run through its atomic publisher), so that a template
     * error never leaves a half-written set and this module does no file output.
     *
     * @throws eu.cyberstat.reports.template.TemplateException when a template is wrong (the
     *         message names the file and line)
     */
    public static List<RenderedDocument> render(ReportData data, Path templatesDir) {
        return render(data, templatesDir, Progress.NONE);
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

    /** As {@link #render(ReportData, Path)}, telling {@code progress} of each document rendered. */
    public static List<RenderedDocument> render(ReportData data, Path templatesDir, Progress progress) {
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
        List<RenderedDocument> documents = new ArrayList<>();
        renderAll(jobs, progress).forEach((name, bytes) -> documents.add(new RenderedDocument(name, bytes)));
        return documents;
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
}
