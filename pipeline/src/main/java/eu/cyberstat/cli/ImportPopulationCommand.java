package eu.cyberstat.cli;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.ImportPopulation;
import eu.cyberstat.ingest.population.PopulationFigures;
import eu.cyberstat.ingest.population.SkippedRows;
import eu.cyberstat.warehousing.PopulationImport;
import java.io.PrintWriter;
import java.nio.file.Path;
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
        ImportPopulation.Result result;
        try (Application app = Application.start(warehouseOptions.settings(), "cyberstat import-population")) {
            result = new ImportPopulation(app).importFile(new ImportPopulation.Request(file));
        }
        PrintWriter out = spec.commandLine().getOut();
        PopulationImport imported = result.imported();
        if (result.duplicate()) {
            out.printf("Duplicate: this file (sha256 %s) was imported already as %s (committed %s); nothing was "
                    + "written.%n", result.sha256(), imported.id(), imported.committedAt());
            out.flush();
            return ExitCode.OK;
        }
        PopulationFigures figures = result.figures();
        out.printf("Imported population: %s%n  file      %s (%d bytes, %s)%n  sha256    %s%n"
                + "  figures   %d, total population on 1 January%n  geos      %d: %s%n  years     %s%n",
                imported.id(), file, imported.bytes(), figures.format(), result.sha256(), imported.figures(),
                figures.geos().size(), String.join(" ", figures.geos()), imported.years());
        for (SkippedRows s : figures.skipped()) {
            out.printf("  skipped   %s%n", s.describe());
        }
        out.printf("  committed %s%n", imported.committedAt());
        out.flush();
        return ExitCode.OK;
    }
}
