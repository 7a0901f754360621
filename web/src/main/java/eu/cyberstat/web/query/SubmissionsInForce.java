package eu.cyberstat.web.query;

import eu.cyberstat.ingest.Observation;
import eu.cyberstat.ingest.store.Commit;
import eu.cyberstat.ingest.store.Snapshot;
import eu.cyberstat.ingest.store.Submission;
import eu.cyberstat.ingest.store.SubmissionStore;
import eu.cyberstat.pipeline.storage.Warehouse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the warehouse holds in force for each country, as its submission store reports it: for
 * every country and reference year, the accepted submission whose figures are in force. Read at
 * each request, so a submission committed by the command line shows at once. An empty answer
 * where there is no warehouse yet.
 */
public final class SubmissionsInForce {

    /**
     * The submission in force for one country and reference year.
     *
     * @param figures how many of the submission's figures are for this country and year
     */
    public record YearInForce(int year, Submission submission, long figures) {
    }

    /** One country at a glance: the years it has figures in force for, and its latest delivery. */
    public record CountrySummary(String geo, List<Integer> years, Submission latest) {
    }

    private final Path warehouseDir;

    public SubmissionsInForce(Path warehouseDir) {
        this.warehouseDir = warehouseDir;
    }

    /** The years {@code geo} has figures in force for, latest first, each with its submission. */
    public List<YearInForce> of(String geo) {
        Optional<Warehouse> warehouse = Warehouse.find(warehouseDir);
        if (warehouse.isEmpty()) {
            return List.of();
        }
        SubmissionStore store = warehouse.get().submissions();
        Map<String, List<Observation>> figures = new HashMap<>();
        List<YearInForce> years = new ArrayList<>();
        store.log().snapshot(null).partitionOwners().forEach((partition, commit) -> {
            if (partition.get(0).equals(geo)) {
                int year = Integer.parseInt(partition.get(1));
                long count = figures.computeIfAbsent(commit.id(), store::figuresOf).stream()
                        .filter(o -> o.geo().equals(geo) && o.year() == year).count();
                years.add(new YearInForce(year, Submission.of(commit), count));
            }
        });
        years.sort(Comparator.comparingInt(YearInForce::year).reversed());
        return years;
    }

    /** Every country with figures in force, by geo code. */
    public Map<String, CountrySummary> summaries() {
        Map<String, List<Integer>> years = new TreeMap<>();
        Map<String, Commit> latest = new TreeMap<>();
        snapshot().ifPresent(s -> s.partitionOwners().forEach((partition, commit) -> {
            String geo = partition.get(0);
            years.computeIfAbsent(geo, g -> new ArrayList<>()).add(Integer.parseInt(partition.get(1)));
            latest.merge(geo, commit, (a, b) -> a.committedAt().isAfter(b.committedAt()) ? a : b);
        }));
        Map<String, CountrySummary> out = new TreeMap<>();
        years.forEach((geo, ys) -> out.put(geo, new CountrySummary(geo,
                ys.stream().sorted(Comparator.reverseOrder()).toList(), Submission.of(latest.get(geo)))));
        return out;
    }

    private Optional<Snapshot> snapshot() {
        return Warehouse.find(warehouseDir).map(w -> w.submissions().log().snapshot(null));
    }
}
