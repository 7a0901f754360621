package eu.cyberstat.cli;

import eu.cyberstat.ingest.population.DemoPjanReader;
import eu.cyberstat.ingest.population.PopulationFigures;
import eu.cyberstat.ingest.population.SkippedRows;
import eu.cyberstat.ingest.store.CommitLog;
import eu.cyberstat.ingest.store.PopulationImport;
import eu.cyberstat.ingest.store.PopulationImports;
import eu.cyberstat.ingest.store.SubmissionStore;
import eu.cyberstat.pipeline.storage.Warehouse;
import eu.cyberstat.reference.ReferenceData;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cyberstat import-population}: bring a Eurostat demo_pjan file into the warehouse's population. */
@Command(name = "import-population", mixinStandardHelpOptions = true,
        description = {"Imports Eurostat's demo_pjan (population on 1 January by age and sex; TSV or SDMX-CSV, "
            + "optionally gzipped): keeps the file byte for byte with its SHA-256 and the total population of every "
            + "geo cyberstat knows, which then replaces the shipped figures for the geo-years it gives. Runs use the "
            + "population in force as of their --as-of. Importing the same file again changes nothing.",
            "Exit status: 0 imported (or duplicate), 2 usage or I/O error, or a file that is not demo_pjan."})
public final class ImportPopulationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The demo_pjan file (.tsv, .csv, optionally .gz).")
    Path file;

    @Mixin
    WarehouseOptions warehouseOptions;

    @Override
    public Integer call() {
        Warehouse warehouse = Warehouse.openOrCreate(warehouseOptions.settings().warehouseDir());
        PopulationImports imports = warehouse.populationImports();
        PrintWriter out = spec.commandLine().getOut();
        String sha256 = SubmissionStore.sha256(file);
        Optional<PopulationImport> earlier = imports.duplicateOf(sha256);
        if (earlier.isPresent()) {
            return duplicate(out, sha256, earlier.get());
        }
        PopulationFigures figures = new DemoPjanReader(ReferenceData.shipped().countries()).read(file);
        PopulationImport imported;
        try {
            imported = imports.commit(file, file.getFileName().toString(), sha256, figures);
        } catch (CommitLog.Conflict c) {
            return duplicate(out, sha256, PopulationImport.of(c.existing()));   // imported meanwhile by another process
        }
        out.printf("Imported population: %s%n  file      %s (%d bytes, %s)%n  sha256    %s%n"
                + "  figures   %d, total population on 1 January%n  geos      %d: %s%n  years     %s%n",
                imported.id(), file, imported.bytes(), figures.format(), sha256, imported.figures(),
                figures.geos().size(), String.join(" ", figures.geos()), imported.years());
        for (SkippedRows s : figures.skipped()) {
            out.printf("  skipped   %s%n", s.describe());
        }
        out.printf("  committed %s%n", imported.committedAt());
        out.flush();
        return ExitCode.OK;
    }

    private static int duplicate(PrintWriter out, String sha256, PopulationImport earlier) {
        out.printf("Duplicate: this file (sha256 %s) was imported already as %s (committed %s); nothing was "
                + "written.%n", sha256, earlier.id(), earlier.committedAt());
        out.flush();
        return ExitCode.OK;
    }
}
