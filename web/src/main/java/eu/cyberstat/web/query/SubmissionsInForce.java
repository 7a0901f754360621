package eu.cyberstat.web.query;

import eu.cyberstat.warehousing.Submission;
import eu.cyberstat.warehousing.SubmissionStore;
import eu.cyberstat.warehousing.Warehouse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
        List<YearInForce> years = new ArrayList<>();
        for (SubmissionStore.Delivery d : deliveries()) {
            if (d.geo().equals(geo)) {
                for (int year : d.years()) {
                    years.add(new YearInForce(year, d.submission(), d.figures().stream().filter(o -> o.year() == year).count()));
                }
            }
        }
        years.sort(Comparator.comparingInt(YearInForce::year).reversed());
        return years;
    }

    /** Every country with figures in force, by geo code. */
    public Map<String, CountrySummary> summaries() {
        Map<String, List<Integer>> years = new TreeMap<>();
        Map<String, Submission> latest = new TreeMap<>();
        for (SubmissionStore.Delivery d : deliveries()) {
            years.computeIfAbsent(d.geo(), g -> new ArrayList<>()).addAll(d.years());
            latest.merge(d.geo(), d.submission(), (a, b) -> a.committedAt().isAfter(b.committedAt()) ? a : b);
        }
        Map<String, CountrySummary> out = new TreeMap<>();
        years.forEach((geo, ys) -> out.put(geo, new CountrySummary(geo,
                ys.stream().sorted(Comparator.reverseOrder()).toList(), latest.get(geo))));
        return out;
    }

    /** What is in force now, country by country and submission by submission (none without a warehouse). */
    public List<SubmissionStore.Delivery> deliveries() {
        return Warehouse.find(warehouseDir).map(w -> w.submissions().deliveries(null)).orElse(List.of());
    }
}
