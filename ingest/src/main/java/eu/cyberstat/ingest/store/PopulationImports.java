package eu.cyberstat.ingest.store;

import eu.cyberstat.ingest.population.PopulationFigure;
import eu.cyberstat.ingest.population.PopulationFigures;
import eu.cyberstat.reference.PopulationTable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The population imports of a warehouse: each demo_pjan file kept byte for byte with its
 * normalised figures, and a commit log that makes an import visible in one atomic step, as
 * the submission store does for national figures. The population in force as of an instant is
 * the shipped table updated by every import committed at or before it, in commit order.
 *
 * <p>Layout: {@code reference/population/<id>/} (raw/, population.csv),
 * {@code reference/population/_log/}.
 */
public final class PopulationImports {

    public static final String FOLDER = "reference/population";
    static final String NORMALISED_FILE = "population.csv";
    private static final String[] COLUMNS = {"geo", "year", "population", "flags"};
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final Path warehouse;
    private final CommitLog log;

    public PopulationImports(Path warehouse) {
        this.warehouse = warehouse;
        this.log = new CommitLog(warehouse.resolve(FOLDER).resolve("_log"));
    }

    public Path folderOf(String importId) {
        return warehouse.resolve(FOLDER).resolve(importId);
    }

    /** Every import in commit order. */
    public List<PopulationImport> history() {
        return log.commits().stream().map(PopulationImport::of).toList();
    }

    /** The import that already brought this exact file (same SHA-256): importing it again changes nothing. */
    public Optional<PopulationImport> duplicateOf(String sha256) {
        return history().stream().filter(i -> i.sha256().equals(sha256)).findFirst();
    }

    /**
     * Imports a demo_pjan file: stages its raw bytes and normalised figures, moves them into
     * place and commits. Nothing is visible before the commit; a crash leaves the population
     * as it was. Refused with {@link CommitLog.Conflict} when the same file was imported
     * meanwhile (checked under the log's lock).
     */
    public PopulationImport commit(Path rawFile, String originalName, String sha256, PopulationFigures figures) {
        // Same id scheme as submissions (receipt time and checksum), with P for population.
        String id = "P" + SubmissionStore.newSubmissionId(Instant.now(), sha256).substring(1);
        Path staged = warehouse.resolve("_staging").resolve("population-" + id);
        try {
            Files.createDirectories(staged.resolve(SubmissionStore.RAW_DIR));
            Files.copy(rawFile, staged.resolve(SubmissionStore.RAW_DIR).resolve(SubmissionStore.safeName(originalName)));
            writeNormalised(staged.resolve(NORMALISED_FILE), figures.figures());
            Files.createDirectories(folderOf(id).getParent());
            CommitLog.moveAtomically(staged, folderOf(id));
            Map<String, String> properties = new HashMap<>();
            properties.put(PopulationImport.FILE, originalName);
            properties.put(PopulationImport.SHA256, sha256);
            properties.put(PopulationImport.BYTES, Long.toString(Files.size(rawFile)));
            properties.put(PopulationImport.FORMAT, figures.format());
            properties.put(PopulationImport.FIGURES, Integer.toString(figures.figures().size()));
            properties.put(PopulationImport.GEOS, String.join(",", figures.geos()));
            properties.put(PopulationImport.YEARS, figures.years().first() + "–" + figures.years().last());
            return PopulationImport.of(log.append(id, id, List.of(), properties, commits -> commits.stream()
                    .filter(c -> sha256.equals(c.property(PopulationImport.SHA256))).findFirst()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot import population file " + originalName + " into " + warehouse
                    + ": " + e.getMessage(), e);
        }
    }

    /** The shipped table updated by every import committed at or before {@code asOf} (null: now), in commit order. */
    public PopulationTable populationAsOf(Instant asOf, PopulationTable shipped) {
        PopulationTable population = shipped;
        for (Commit c : log.snapshot(asOf).commits()) {
            population = population.withUpdates(readNormalised(folderOf(c.id()).resolve(NORMALISED_FILE)));
        }
        return population;
    }

    private static void writeNormalised(Path file, List<PopulationFigure> figures) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSV)) {
            out.printRecord((Object[]) COLUMNS);
            for (PopulationFigure f : figures) {
                out.printRecord(f.geo(), f.year(), f.population(), f.flags());
            }
        }
    }

    private static Map<String, Map<Integer, Long>> readNormalised(Path file) {
        Map<String, Map<Integer, Long>> updates = new TreeMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSV.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                updates.computeIfAbsent(rec.get("geo"), g -> new TreeMap<>())
                        .put(Integer.parseInt(rec.get("year")), Long.parseLong(rec.get("population")));
            }
            return updates;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
