package eu.cyberstat.app;

import eu.cyberstat.ingest.population.DemoPjanReader;
import eu.cyberstat.ingest.population.PopulationFigures;
import eu.cyberstat.warehousing.CommitLog;
import eu.cyberstat.warehousing.PopulationImport;
import eu.cyberstat.warehousing.PopulationImports;
import eu.cyberstat.warehousing.SubmissionStore;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Imports Eurostat's demo_pjan into the warehouse: the file kept byte for byte with its SHA-256
 * and the total population of every geo cyberstat knows, used by runs as of their instant. The
 * same file again changes nothing.
 */
public final class ImportPopulation {

    public record Request(Path file) {
    }

    /**
     * What the import did.
     *
     * @param imported  the import committed, or the earlier one of the same file (then {@code duplicate})
     * @param figures   what the file gave (null for a duplicate, which is not read)
     */
    public record Result(PopulationImport imported, boolean duplicate, String sha256, PopulationFigures figures) {
    }

    private final Application app;

    public ImportPopulation(Application app) {
        this.app = app;
    }

    public Result importFile(Request request) {
        Path file = request.file();
        PopulationImports imports = app.warehouseToWrite().populationImports();
        String sha256 = SubmissionStore.sha256(file);
        Optional<PopulationImport> earlier = imports.duplicateOf(sha256);
        if (earlier.isPresent()) {
            return new Result(earlier.get(), true, sha256, null);
        }
        PopulationFigures figures = new DemoPjanReader(app.reference().countries()).read(file);
        try {
            return new Result(imports.newImport(file, file.getFileName().toString(), sha256, figures).commit(), false,
                    sha256, figures);
        } catch (CommitLog.Conflict c) {
            return new Result(PopulationImport.of(c.existing()), true, sha256, null);   // imported meanwhile elsewhere
        }
    }
}
