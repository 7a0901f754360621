package eu.cyberstat.cli;

import eu.cyberstat.pipeline.run.OutputFile;
import eu.cyberstat.pipeline.run.RunManifest;
import eu.cyberstat.pipeline.run.RunResult;
import java.io.PrintWriter;

/** What an annual run did, as the terminal shows it (run and demo print it alike). */
final class RunPrinter {

    private RunPrinter() {
    }

    static void print(RunResult result, PrintWriter out) {
        RunManifest m = result.manifest();
        out.printf("Run %s: reference year %d, %d–%d (index %d = 100), data as of %s%n", m.runId(), m.referenceYear(),
                m.window().firstYear(), m.window().lastYear(), m.window().baseYear(), m.dataVintage());
        out.printf("Read %d figures from %d submission(s); published %d figures and %d key findings.%n",
                m.inputs().stream().mapToLong(RunManifest.Input::rowsRead).sum(), m.inputs().size(),
                result.published().size(), result.keyFindings().size());
        for (OutputFile f : m.outputs()) {
            out.printf("  %s  %s%n", result.outDir().resolve(f.name()), f.sha256());
        }
        out.printf("  %s%n", result.manifestFile());
        if (!m.warnings().isEmpty()) {
            out.printf("%d warning(s), listed in the manifest:%n", m.warnings().size());
            m.warnings().stream().limit(10).forEach(w -> out.printf("  %s %s%n", w.code(), w.message()));
            if (m.warnings().size() > 10) {
                out.printf("  ... and %d more%n", m.warnings().size() - 10);
            }
        }
        out.flush();
    }

    /** What a run command says while its run waits for the one in progress elsewhere. */
    static String waiting(long runId) {
        return "Waiting for run " + runId + " to end (one run at a time; cyberstat runs lists them).";
    }
}
