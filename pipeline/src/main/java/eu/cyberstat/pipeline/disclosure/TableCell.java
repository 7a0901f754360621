package eu.cyberstat.pipeline.disclosure;

import eu.cyberstat.reference.Countries;
import java.util.Comparator;

/**
 * One published number of the figures table that disclosure control reasons about: a country's
 * value, the EU27 sum of an offence, or the sum over the offence's EU panel (the series the EU
 * trends are computed on), for one offence × indicator × year.
 */
public record TableCell(Scope scope, String geo, String offence, String indicator, int year)
        implements Comparable<TableCell> {

    /** Where the number sits. */
    public enum Scope {
        /** A country's reported or derived value. */
        COUNTRY,
        /** {@code EU27_2020} {@code value}: the sum over the Member States that have a value. */
        EU,
        /** {@code EU27_2020} {@code panel_value}: the sum over the panel's Member States. */
        PANEL
    }

    /** Publication order, so that every choice made over a set of cells is the same on every run. */
    static final Comparator<TableCell> ORDER = Comparator.comparing(TableCell::indicator)
            .thenComparingInt(TableCell::year).thenComparing(TableCell::scope).thenComparing(TableCell::geo)
            .thenComparing(TableCell::offence);

    public static TableCell country(String geo, String offence, String indicator, int year) {
        return new TableCell(Scope.COUNTRY, geo, offence, indicator, year);
    }

    public static TableCell eu(String offence, String indicator, int year) {
        return new TableCell(Scope.EU, Countries.EU27_2020, offence, indicator, year);
    }

    public static TableCell panel(String offence, String indicator, int year) {
        return new TableCell(Scope.PANEL, Countries.EU27_2020, offence, indicator, year);
    }

    @Override
    public int compareTo(TableCell o) {
        return ORDER.compare(this, o);
    }

    public boolean isCountry() {
        return scope == Scope.COUNTRY;
    }

    @Override
    public String toString() {
        return (scope == Scope.PANEL ? "EU27_2020 panel" : geo) + " " + offence + " " + indicator + " " + year;
    }
}
