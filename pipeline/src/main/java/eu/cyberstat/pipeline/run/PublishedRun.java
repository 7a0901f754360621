package eu.cyberstat.pipeline.run;

import eu.cyberstat.ingest.InputException;
import eu.cyberstat.pipeline.disclosure.ConfidentialityStatus;
import eu.cyberstat.pipeline.metrics.MetricColumns;
import eu.cyberstat.pipeline.metrics.PublishedFigure;
import eu.cyberstat.reports.model.Figure;
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
            throw new InputException(outDir.resolve(AnnualRun.MANIFEST_FILE) + " describes the run for "
                    + manifest.referenceYear() + ", not " + referenceYear + ": run cyberstat run --year " + referenceYear
                    + " --out " + outDir + " first.");
        }
        List<PublishedFigure> figures = figures(outDir.resolve(MetricsCsv.fileName(referenceYear)));
        List<KeyFinding> findings;
        Path findingsFile = outDir.resolve(KeyFindingsJson.fileName(referenceYear));
        try (InputStream in = Files.newInputStream(findingsFile)) {
            findings = KeyFindingsJson.read(in);
        } catch (IOException e) {
            throw new InputException("Cannot read " + findingsFile + ": " + e.getMessage(), e);
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
            throw new InputException("No run in " + outDir + ": " + file + " is missing.", e);
        } catch (IOException e) {
            throw new InputException("Cannot read the run manifest " + file + ": " + e.getMessage(), e);
        }
    }

    static List<PublishedFigure> figures(Path csv) {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = MetricsCsv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            if (!parser.getHeaderNames().equals(MetricColumns.published())) {
                throw new InputException(csv + " does not have the columns of a metrics file: " + parser.getHeaderNames());
            }
            List<PublishedFigure> figures = new ArrayList<>();
            for (CSVRecord r : parser) {
                Figure f = new Figure(r.get(MetricColumns.GEO), r.get(MetricColumns.OFFENCE), r.get(MetricColumns.ICCS),
                        r.get(MetricColumns.INDICATOR), Integer.parseInt(r.get(MetricColumns.YEAR)),
                        whole(r, MetricColumns.VALUE), decimal(r, MetricColumns.RATE), whole(r, MetricColumns.YOY_ABS),
                        decimal(r, MetricColumns.YOY_PCT), decimal(r, MetricColumns.CAGR_5Y), decimal(r, MetricColumns.MA_3Y),
                        decimal(r, MetricColumns.INDEX), decimal(r, MetricColumns.SHARE_OF_TOTAL),
                        integer(r, MetricColumns.RANK), r.get(MetricColumns.FLAGS),
                        integer(r, MetricColumns.COUNTRIES_COVERED), decimal(r, MetricColumns.POPULATION_COVERED_PCT));
                figures.add(new PublishedFigure(f, whole(r, MetricColumns.PANEL_VALUE),
                        integer(r, MetricColumns.PANEL_COUNTRIES),
                        ConfidentialityStatus.ofCode(r.get(MetricColumns.CONF_STATUS))));
            }
            return figures;
        } catch (NoSuchFileException e) {
            throw new InputException("No metrics file " + csv + ".", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException("Cannot read the metrics file " + csv + ": " + e.getMessage(), e);
        }
    }

    private static Long whole(CSVRecord r, String column) {
        String s = r.get(column);
        return s.isEmpty() ? null : Long.valueOf(s);
    }

    private static Integer integer(CSVRecord r, String column) {
        String s = r.get(column);
        return s.isEmpty() ? null : Integer.valueOf(s);
    }

    private static Double decimal(CSVRecord r, String column) {
        String s = r.get(column);
        return s.isEmpty() ? null : Double.valueOf(s);
    }
}
