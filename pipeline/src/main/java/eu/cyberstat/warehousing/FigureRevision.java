package eu.cyberstat.warehousing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import eu.cyberstat.figure.Observation;

/**
 * What a submission would do to one figure: its value and flags in force before, and after.
 *
 * @param before       value in force (null: no value, or no figure when {@code kind} is ADDED)
 * @param flagsBefore  flags in force ("" when none, or no figure)
 * @param after        value the file gives (null: no value, or no figure when {@code kind} is DROPPED)
 * @param flagsAfter   flags the file gives
 */
@JsonPropertyOrder({"kind", "geo", "year", "offence", "indicator", "before", "flagsBefore", "after", "flagsAfter",
    "change"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FigureRevision(Kind kind, String geo, int year, String offence, String indicator, Long before,
                             String flagsBefore, Long after, String flagsAfter) {

    /** How a figure in force and the figure of the file compare. */
    public enum Kind {
        /** The file gives a figure that is not in force. */
        ADDED,
        /** The file changes the value or the flags of a figure in force. */
        CHANGED,
        /** The file gives the figure in force, value and flags alike. */
        UNCHANGED,
        /** A figure in force that the file does not give: it would no longer be published. */
        DROPPED
    }

    static FigureRevision of(Observation before, Observation after) {
        Observation any = after != null ? after : before;
        Kind kind = before == null ? Kind.ADDED : after == null ? Kind.DROPPED
                : java.util.Objects.equals(before.value(), after.value()) && before.flags().equals(after.flags())
                        ? Kind.UNCHANGED : Kind.CHANGED;
        return new FigureRevision(kind, any.geo(), any.year(), any.offence(), any.indicator(),
                before == null ? null : before.value(), before == null ? "" : before.flags(),
                after == null ? null : after.value(), after == null ? "" : after.flags());
    }

    /** After minus before, when both have a value (null otherwise). */
    public Long change() {
        return before != null && after != null ? after - before : null;
    }

    /** "LU 2022 CYB RECORDED" */
    public String describeKey() {
        return geo + " " + year + " " + offence + " " + indicator;
    }
}
