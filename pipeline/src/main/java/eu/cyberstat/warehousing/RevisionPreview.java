package eu.cyberstat.warehousing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import eu.cyberstat.figure.Observation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What accepting a file would change in the figures in force, shown before it is committed.
 * A submission replaces every country-year it gives as a whole, so a figure in force for one of
 * those country-years that the file leaves out would no longer be published: such figures are
 * {@link FigureRevision.Kind#DROPPED}, and dropping any needs the uploader's confirmation.
 * Figures of other country-years are not touched and not listed. Pure: the command line and the
 * portal show the same preview.
 *
 * @param figures every figure of the file's country-years, in the file's order, then the dropped
 *                ones in country, year, offence, indicator order
 */
@JsonPropertyOrder({"countryYears", "added", "changed", "dropped", "unchanged", "changes"})
public record RevisionPreview(List<CountryYear> countryYears, @JsonIgnore List<FigureRevision> figures) {

    private static final Comparator<Observation.Key> KEY_ORDER = Comparator.comparing(Observation.Key::geo)
            .thenComparingInt(Observation.Key::year).thenComparing(Observation.Key::offence)
            .thenComparing(Observation.Key::indicator);

    public RevisionPreview {
        countryYears = List.copyOf(countryYears);
        figures = List.copyOf(figures);
    }

    /**
     * Compares a file's figures with those in force.
     *
     * @param inForce  the figures in force (any country-years; only the file's are compared)
     * @param incoming the figures of the file
     */
    public static RevisionPreview of(Map<Observation.Key, Observation> inForce, List<Observation> incoming) {
        List<CountryYear> countryYears = SubmissionStore.countryYears(incoming);
        Set<CountryYear> replaced = new HashSet<>(countryYears);
        List<FigureRevision> figures = new ArrayList<>();
        Map<Observation.Key, Observation> given = new LinkedHashMap<>();
        incoming.forEach(o -> given.put(o.key(), o));
        given.forEach((key, o) -> figures.add(FigureRevision.of(inForce.get(key), o)));
        inForce.entrySet().stream()
                .filter(e -> !given.containsKey(e.getKey()))
                .filter(e -> replaced.contains(new CountryYear(e.getKey().geo(), e.getKey().year())))
                .sorted(Map.Entry.comparingByKey(KEY_ORDER))
                .forEach(e -> figures.add(FigureRevision.of(e.getValue(), null)));
        return new RevisionPreview(countryYears, figures);
    }

    @JsonProperty
    public long added() {
        return count(FigureRevision.Kind.ADDED);
    }

    @JsonProperty
    public long changed() {
        return count(FigureRevision.Kind.CHANGED);
    }

    @JsonProperty
    public long dropped() {
        return count(FigureRevision.Kind.DROPPED);
    }

    @JsonProperty
    public long unchanged() {
        return count(FigureRevision.Kind.UNCHANGED);
    }

    /** True when accepting the file would stop publishing figures in force (it needs confirming). */
    @JsonIgnore
    public boolean dropsFigures() {
        return dropped() > 0;
    }

    /** Every figure the file adds, changes or drops, in preview order (what JSON lists). */
    @JsonProperty
    public List<FigureRevision> changes() {
        return figures.stream().filter(f -> f.kind() != FigureRevision.Kind.UNCHANGED).toList();
    }

    /** The figures of one kind, in preview order. */
    public List<FigureRevision> of(FigureRevision.Kind kind) {
        return figures.stream().filter(f -> f.kind() == kind).toList();
    }

    private long count(FigureRevision.Kind kind) {
        return figures.stream().filter(f -> f.kind() == kind).count();
    }
}
