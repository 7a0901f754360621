package eu.cyberstat.pipeline.run;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.figure.Figure;
import eu.cyberstat.figure.FigureColumns;
import eu.cyberstat.reports.model.KeyFinding;
import eu.cyberstat.reports.model.RunProvenance;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads back what an earlier run wrote into its output folder (metrics CSV, key findings,
 * manifest) as the {@link RunResult} the report step takes, without Spark: a report can be
 * rendered again from the files of a published run.
 */
public final class PublishedRun {

    private PublishedRun() {
    }

    public static RunResult read(Path outDir, int referenceYear) {
        RunManifest manifest = manifest(outDir);
        if (manifest.referenceYear() != referenceYear) {
            throw new BadInputException(outDir.resolve(AnnualRun.MANIFEST_FILE) + " describes the run for "
                    + manifest.referenceYear() + ", not " + referenceYear + ": run cyberstat run --year " + referenceYear
                    + " --out " + outDir + " first.");
        }
        List<Figure> figures = figures(outDir.resolve(MetricsCsv.fileName(referenceYear)));
        List<KeyFinding> findings;
        Path findingsFile = outDir.resolve(KeyFindingsJson.fileName(referenceYear));
        try (InputStream in = Files.newInputStream(findingsFile)) {
            findings = KeyFindingsJson.read(in);
        } catch (IOException e) {
            throw new BadInputException("Cannot read " + findingsFile + ": " + e.getMessage(), e);
        }
        RunProvenance provenance = new RunProvenance(manifest.runId(), referenceYear, manifest.dataVintage(),
                manifest.dataVintage(), manifest.softwareVersion());
        return new RunResult(provenance, figures, findings, manifest, outDir);
    }

    static RunManifest manifest(Path outDir) {
        Path file = outDir.resolve(AnnualRun.MANIFEST_FILE);
        try {
            return Json.MAPPER.readValue(file.toFile(), RunManifest.class);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new BadInputException("No run in " + outDir + ": " + file + " is missing.", e);
        } catch (IOException e) {
            throw new BadInputException("Cannot read the run manifest " + file + ": " + e.getMessage(), e);
        }
    }

    static List<Figure> figures(Path csv) {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = MetricsCsv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            if (!parser.getHeaderNames().equals(FigureColumns.names())) {
                throw new BadInputException(csv + " does not have the columns of a metrics file: " + parser.getHeaderNames());
            }
            List<Figure> figures = new ArrayList<>();
            for (CSVRecord r : parser) {
                figures.add(Figure.of(c -> c.parse(r.get(c.name()))));
            }
            return figures;
        } catch (NoSuchFileException e) {
            throw new BadInputException("No metrics file " + csv + ".", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException ie) {
                throw ie;
            }
            throw new BadInputException("Cannot read the metrics file " + csv + ": " + e.getMessage(), e);
        }
    }
}
