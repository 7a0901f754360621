package eu.cyberstat.figure;

import eu.cyberstat.reference.Flags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One published figure: geo × offence × indicator × year with its measures, flags and
 * confidentiality status, as one row of {@code metrics-YYYY.csv} (the columns of
 * {@link FigureColumns}; docs/metrics.md defines every formula). The metrics job makes it, the
 * CSV, SDMX and warehouse writers, the PDF and the workbook read it: the one type a figure has
 * from the metrics to the reader. Missing measures mean "not computed" (missing population, a
 * break in series, too few years ...), never zero. A confidential ({@code c}) country value
 * arrives with {@code value() == null} and its flag: it must never be printed.
 *
 * @param measures the measures that have a value, by column name (a missing one is null)
 */
public record Figure(String geo, String offence, String iccs, String indicator, int year, String flags,
                     ConfidentialityStatus confidentiality, Map<String, Number> measures) {

    public Figure {
        flags = flags == null ? "" : flags;
        iccs = iccs == null ? "" : iccs;
        confidentiality = confidentiality == null ? ConfidentialityStatus.FREE : confidentiality;
        Map<String, Number> present = new LinkedHashMap<>();
        for (FigureColumn c : FigureColumns.measures()) {
            Number n = measures.get(c.name());
            if (n != null) {
                present.put(c.name(), (Number) c.typed(n));
            }
        }
        if (!FigureColumns.measures().stream().map(FigureColumn::name).toList().containsAll(measures.keySet())) {
            throw new IllegalArgumentException("Not a published measure: " + measures.keySet());
        }
        measures = Collections.unmodifiableMap(present);
    }

    /**
     * A country or EU figure with the measures every report shows, and no panel: its
     * confidentiality is primary when it carries {@code c}, else free.
     */
    public Figure(String geo, String offence, String iccs, String indicator, int year, Long value, Double ratePer100k,
                  Long yoyAbs, Double yoyPct, Double cagr5y, Double ma3y, Double index, Double shareOfTotal,
                  Integer rank, String flags, Integer countriesCovered, Double populationCoveredPct) {
        this(geo, offence, iccs, indicator, year, flags,
                Flags.has(flags, Flags.CONFIDENTIAL) ? ConfidentialityStatus.PRIMARY : ConfidentialityStatus.FREE,
                measures(value, ratePer100k, yoyAbs, yoyPct, cagr5y, ma3y, index, shareOfTotal, rank, countriesCovered,
                        populationCoveredPct));
    }

    /** A figure from the value of each published column, however they are read (a Spark row, a CSV record). */
    public static Figure of(Function<FigureColumn, Object> valueOf) {
        Map<String, Number> measures = new LinkedHashMap<>();
        for (FigureColumn c : FigureColumns.measures()) {
            Object v = c.typed(valueOf.apply(c));
            if (v != null) {
                measures.put(c.name(), (Number) v);
            }
        }
        Object year = FigureColumns.YEAR.typed(valueOf.apply(FigureColumns.YEAR));
        Object status = valueOf.apply(FigureColumns.CONF_STATUS);
        return new Figure((String) valueOf.apply(FigureColumns.GEO), (String) valueOf.apply(FigureColumns.OFFENCE),
                (String) valueOf.apply(FigureColumns.ICCS), (String) valueOf.apply(FigureColumns.INDICATOR),
                (Integer) year, (String) valueOf.apply(FigureColumns.FLAGS),
                ConfidentialityStatus.ofCode(status == null ? null : status.toString()), measures);
    }

    /** The value of any published column. */
    public Object get(FigureColumn column) {
        return switch (column.role()) {
            case MEASURE -> measures.get(column.name());
            case KEY, ATTRIBUTE -> attribute(column);
        };
    }

    private Object attribute(FigureColumn column) {
        if (column.equals(FigureColumns.GEO)) {
            return geo;
        } else if (column.equals(FigureColumns.OFFENCE)) {
            return offence;
        } else if (column.equals(FigureColumns.ICCS)) {
            return iccs;
        } else if (column.equals(FigureColumns.INDICATOR)) {
            return indicator;
        } else if (column.equals(FigureColumns.YEAR)) {
            return year;
        } else if (column.equals(FigureColumns.FLAGS)) {
            return flags;
        } else if (column.equals(FigureColumns.CONF_STATUS)) {
            return confidentiality.code();
        }
        throw new IllegalArgumentException("Not a column of a figure: " + column.name());
    }

    /** This figure with the panel the EU trends were computed on (EU rows). */
    public Figure withPanel(Long panelValue, Integer panelCountries) {
        Map<String, Number> m = new LinkedHashMap<>(measures);
        put(m, FigureColumns.PANEL_VALUE, panelValue);
        put(m, FigureColumns.PANEL_COUNTRIES, panelCountries);
        return new Figure(geo, offence, iccs, indicator, year, flags, confidentiality, m);
    }

    /** This figure with another confidentiality status (secondary suppression). */
    public Figure withConfidentiality(ConfidentialityStatus status) {
        return new Figure(geo, offence, iccs, indicator, year, flags, status, measures);
    }

    public Long value() {
        return (Long) measures.get(FigureColumns.VALUE.name());
    }

    public Double ratePer100k() {
        return (Double) measures.get(FigureColumns.RATE.name());
    }

    public Long yoyAbs() {
        return (Long) measures.get(FigureColumns.YOY_ABS.name());
    }

    public Double yoyPct() {
        return (Double) measures.get(FigureColumns.YOY_PCT.name());
    }

    public Double cagr5y() {
        return (Double) measures.get(FigureColumns.CAGR_5Y.name());
    }

    public Double ma3y() {
        return (Double) measures.get(FigureColumns.MA_3Y.name());
    }

    public Double index() {
        return (Double) measures.get(FigureColumns.INDEX.name());
    }

    public Double shareOfTotal() {
        return (Double) measures.get(FigureColumns.SHARE_OF_TOTAL.name());
    }

    public Integer rank() {
        return (Integer) measures.get(FigureColumns.RANK.name());
    }

    public Integer countriesCovered() {
        return (Integer) measures.get(FigureColumns.COUNTRIES_COVERED.name());
    }

    public Double populationCoveredPct() {
        return (Double) measures.get(FigureColumns.POPULATION_COVERED_PCT.name());
    }

    /** EU rows: the sum over the panel the EU trends are computed on (null for countries). */
    public Long panelValue() {
        return (Long) measures.get(FigureColumns.PANEL_VALUE.name());
    }

    /** EU rows: how many countries the panel holds (null for countries). */
    public Integer panelCountries() {
        return (Integer) measures.get(FigureColumns.PANEL_COUNTRIES.name());
    }

    private static Map<String, Number> measures(Long value, Double rate, Long yoyAbs, Double yoyPct, Double cagr5y,
                                                Double ma3y, Double index, Double share, Integer rank,
                                                Integer countriesCovered, Double populationCoveredPct) {
        Map<String, Number> m = new LinkedHashMap<>();
        put(m, FigureColumns.VALUE, value);
        put(m, FigureColumns.RATE, rate);
        put(m, FigureColumns.YOY_ABS, yoyAbs);
        put(m, FigureColumns.YOY_PCT, yoyPct);
        put(m, FigureColumns.CAGR_5Y, cagr5y);
        put(m, FigureColumns.MA_3Y, ma3y);
        put(m, FigureColumns.INDEX, index);
        put(m, FigureColumns.SHARE_OF_TOTAL, share);
        put(m, FigureColumns.RANK, rank);
        put(m, FigureColumns.COUNTRIES_COVERED, countriesCovered);
        put(m, FigureColumns.POPULATION_COVERED_PCT, populationCoveredPct);
        return m;
    }

    private static void put(Map<String, Number> measures, FigureColumn column, Number value) {
        if (value != null) {
            measures.put(column.name(), value);
        } else {
            measures.remove(column.name());
        }
    }
}
