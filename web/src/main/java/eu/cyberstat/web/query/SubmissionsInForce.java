package eu.cyberstat.web.query;

import eu.cyberstat.app.ListDeliveries;
import eu.cyberstat.warehousing.Submission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the warehouse holds in force for each country, as the use case {@link ListDeliveries}
 * reports it: for every country and reference year, the accepted submission whose figures are in
 * force. Read at each request, so a submission committed by the command line shows at once. An
 * empty answer where there is no warehouse yet.
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

    private final ListDeliveries deliveries;

    public SubmissionsInForce(ListDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    /** The years {@code geo} has figures in force for, latest first, each with its submission. */
    public List<YearInForce> of(String geo) {
        return deliveries().stream().filter(y -> y.geo().equals(geo))
                .map(y -> new YearInForce(y.year(), y.submission(), y.figures()))
                .sorted(Comparator.comparingInt(YearInForce::year).reversed()).toList();
    }

    /** Every country with figures in force, by geo code. */
    public Map<String, CountrySummary> summaries() {
        Map<String, List<Integer>> years = new TreeMap<>();
        Map<String, Submission> latest = new TreeMap<>();
        for (ListDeliveries.YearInForce y : deliveries()) {
            years.computeIfAbsent(y.geo(), g -> new ArrayList<>()).add(y.year());
            latest.merge(y.geo(), y.submission(), (a, b) -> a.committedAt().isAfter(b.committedAt()) ? a : b);
        }
        Map<String, CountrySummary> out = new TreeMap<>();
        years.forEach((geo, ys) -> out.put(geo, new CountrySummary(geo,
                ys.stream().sorted(Comparator.reverseOrder()).toList(), latest.get(geo))));
        return out;
    }

    /** What is in force now, country-year by country-year (none without a warehouse). */
    public List<ListDeliveries.YearInForce> deliveries() {
        return deliveries.inForce();
    }

    /** The codes of the classification's offence groups, in its order. */
    public List<String> offenceGroups() {
        return deliveries.offenceGroups().stream().map(eu.cyberstat.reference.Offence::code).toList();
    }
}
