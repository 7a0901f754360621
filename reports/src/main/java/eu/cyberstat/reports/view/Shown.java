package eu.cyberstat.reports.view;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.reference.Flags;

/**
 * What of a figure may be published. A confidential ({@code c}) figure shows nothing but its
 * flag, whatever the figure carries: the metrics job should already have dropped its value,
 * and this is the one place every output goes through to make sure.
 */
public final class Shown {

    private Shown() {
    }

    public static boolean isConfidential(Figure f) {
        return f != null && Flags.has(f.flags(), Flags.CONFIDENTIAL);
    }

    /** True when the figure was reported: it has a value, or it is confidential (reported, not published). */
    public static boolean isReported(Figure f) {
        return f != null && (f.value() != null || isConfidential(f));
    }

    public static Long value(Figure f) {
        return f == null || isConfidential(f) ? null : f.value();
    }

    public static Double rate(Figure f) {
        return f == null || isConfidential(f) ? null : f.ratePer100k();
    }

    public static Double yoyPct(Figure f) {
        return f == null || isConfidential(f) ? null : f.yoyPct();
    }

    public static Long yoyAbs(Figure f) {
        return f == null || isConfidential(f) ? null : f.yoyAbs();
    }

    public static Double cagr5y(Figure f) {
        return f == null || isConfidential(f) ? null : f.cagr5y();
    }

    public static Double ma3y(Figure f) {
        return f == null || isConfidential(f) ? null : f.ma3y();
    }

    public static Double index(Figure f) {
        return f == null || isConfidential(f) ? null : f.index();
    }

    public static Double share(Figure f) {
        return f == null || isConfidential(f) ? null : f.shareOfTotal();
    }

    public static Integer rank(Figure f) {
        return f == null || isConfidential(f) ? null : f.rank();
    }

    public static String flags(Figure f) {
        return f == null ? "" : f.flags();
    }

    /** True when the figure starts a new series: no line or change may join it to the year before. */
    public static boolean isBreak(Figure f) {
        return f != null && Flags.has(f.flags(), Flags.BREAK);
    }
}
