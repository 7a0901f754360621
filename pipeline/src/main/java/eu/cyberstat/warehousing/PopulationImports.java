package eu.cyberstat.warehousing;

import eu.cyberstat.failure.StorageException;
import eu.cyberstat.ingest.population.PopulationFigure;
import eu.cyberstat.ingest.population.PopulationFigures;
import eu.cyberstat.reference.PopulationTable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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

    private final WarehouseStorage storage;
    private final Path warehouse;
    private final CommitLog log;

    public PopulationImports(Path warehouse) {
        this(LocalStorage.INSTANCE, warehouse);
    }

    PopulationImports(WarehouseStorage storage, Path warehouse) {
        this.storage = storage;
        this.warehouse = warehouse;
        this.log = new CommitLog(storage, warehouse.resolve(FOLDER).resolve("_log"));
    }

    /** The import log. */
    CommitLog log() {
        return log;
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
     * The import of a demo_pjan file, to apply and commit: its raw bytes and normalised figures
     * are staged, moved into place and committed. Nothing is visible before the commit; a crash
     * leaves the population as it was.
     */
    public PopulationUpdate newImport(Path rawFile, String originalName, String sha256, PopulationFigures figures) {
        return new PopulationUpdate(rawFile, originalName, sha256, figures);
    }

    /** The import of one demo_pjan file, not yet committed. */
    public final class PopulationUpdate implements PendingUpdate<PopulationFigures, PopulationImport> {

        private final Path rawFile;
        private final String originalName;
        private final String sha256;
        private final PopulationFigures figures;

        private PopulationUpdate(Path rawFile, String originalName, String sha256, PopulationFigures figures) {
            this.rawFile = rawFile;
            this.originalName = originalName;
            this.sha256 = sha256;
            this.figures = figures;
        }

        /** The figures the import would bring. */
        @Override
        public PopulationFigures apply() {
            return figures;
        }

        /**
         * Commits the import; refused with {@link CommitLog.Conflict} when the same file was
         * imported meanwhile (checked under the log's lock).
         */
        @Override
        public PopulationImport commit() {
            // Same id scheme as submissions (receipt time and checksum), with P for population.
            String id = "P" + SubmissionStore.newSubmissionId(Instant.now(), sha256).substring(1);
            Path staged = warehouse.resolve(Warehouse.STAGING).resolve("population-" + id);
            try {
                storage.createDirectories(staged.resolve(SubmissionStore.RAW_DIR));
                storage.copyIn(rawFile, staged.resolve(SubmissionStore.RAW_DIR).resolve(SubmissionStore.safeName(originalName)));
                writeNormalised(staged.resolve(NORMALISED_FILE), figures.figures());
                storage.moveIntoPlace(staged, folderOf(id));
                PopulationImport record = new PopulationImport(id, originalName, sha256, Files.size(rawFile), null,
                        figures.format(), figures.figures().size(), String.join(",", figures.geos()),
                        figures.years().first() + "–" + figures.years().last());
                return PopulationImport.of(log.append(id, id, List.of(), record.properties(), commits -> commits.stream()
                        .filter(c -> KeptFile.holds(c, sha256)).findFirst()));
            } catch (IOException e) {
                throw storage.failure("import population file " + originalName + " into", warehouse, e);
            }
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

    private void writeNormalised(Path file, List<PopulationFigure> figures) throws IOException {
        storage.write(file, stream -> {
            CSVPrinter out = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), CSV);
            out.printRecord((Object[]) COLUMNS);
            for (PopulationFigure f : figures) {
                out.printRecord(f.geo(), f.year(), f.population(), f.flags());
            }
            out.flush(); // not closed: the storage forces the file to disk, then closes it
        });
    }

    private Map<String, Map<Integer, Long>> readNormalised(Path file) {
        Map<String, Map<Integer, Long>> updates = new TreeMap<>();
        try (Reader r = new InputStreamReader(storage.read(file), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSV.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                updates.computeIfAbsent(rec.get("geo"), g -> new TreeMap<>())
                        .put(Integer.parseInt(rec.get("year")), Long.parseLong(rec.get("population")));
            }
            return updates;
        } catch (IOException e) {
            throw new StorageException("Cannot read " + storage.describe(file), e);
        }
    }
}
