package eu.cyberstat.reports;

import eu.cyberstat.reports.model.ReportData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The report set rendered and written into a folder, for tests that read the files (the run publishes them itself). */
final class ReportFiles {

    private ReportFiles() {
    }

    static List<Path> render(ReportData data, Path outDir, Path templatesDir) {
        return render(data, outDir, templatesDir, ReportSet.Progress.NONE);
    }

    static List<Path> render(ReportData data, Path outDir, Path templatesDir, ReportSet.Progress progress) {
        List<Path> written = new ArrayList<>();
        try {
            for (RenderedDocument d : ReportSet.render(data, templatesDir, progress)) {
                Path file = outDir.resolve(d.name());
                Files.createDirectories(file.getParent());
                Files.write(file, d.bytes());
                written.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }
}
