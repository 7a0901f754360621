package eu.cyberstat.warehousing;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Comparator;
import java.util.List;

/**
 * A partition of the national figures: one country's figures for one reference year, which a
 * submission replaces as a whole. Written in JSON as {@code ["LU", "2022"]}, as the commit log
 * stores it.
 */
public record CountryYear(String geo, int year) implements Comparable<CountryYear> {

    private static final Comparator<CountryYear> ORDER = Comparator.comparing(CountryYear::geo)
            .thenComparingInt(CountryYear::year);

    /** The partition as the commit log names it: its values in partition-column order. */
    static CountryYear of(List<String> partition) {
        return new CountryYear(partition.get(0), Integer.parseInt(partition.get(1)));
    }

    @JsonValue
    List<String> partition() {
        return List.of(geo, Integer.toString(year));
    }

    @Override
    public int compareTo(CountryYear other) {
        return ORDER.compare(this, other);
    }

    /** "LU 2022" */
    @Override
    public String toString() {
        return geo + " " + year;
    }
}
