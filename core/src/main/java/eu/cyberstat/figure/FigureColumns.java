package eu.cyberstat.figure;

import static eu.cyberstat.figure.FigureColumn.Role.ATTRIBUTE;
import static eu.cyberstat.figure.FigureColumn.Role.KEY;
import static eu.cyberstat.figure.FigureColumn.Role.MEASURE;
import static eu.cyberstat.figure.FigureColumn.Type.DECIMAL;
import static eu.cyberstat.figure.FigureColumn.Type.INTEGER;
import static eu.cyberstat.figure.FigureColumn.Type.TEXT;
import static eu.cyberstat.figure.FigureColumn.Type.WHOLE;

import java.util.List;
import java.util.Optional;

/**
 * The published-figure contract: every column of {@code metrics-YYYY.csv}, in file order. The
 * warehouse table's Spark schema, the metrics and SDMX-CSV writers, the reading back of a
 * published run, the workbook's sheet of every figure and {@link Figure} itself are derived from
 * this list; docs/metrics.md defines each column. A new metric is one more entry here and its
 * formula in the metrics job (docs/architecture.md, "Adding a metric").
 */
public final class FigureColumns {

    public static final FigureColumn GEO = key("geo", TEXT, "col.geo");
    public static final FigureColumn OFFENCE = key("offence", TEXT, "col.offence-code");
    public static final FigureColumn ICCS = key("iccs", TEXT, "col.iccs");
    public static final FigureColumn INDICATOR = key("indicator", TEXT, "col.indicator");
    public static final FigureColumn YEAR = new FigureColumn("year", INTEGER, KEY, false, null, CellKind.YEAR,
            "col.year", false);
    public static final FigureColumn VALUE = measure("value", WHOLE, "NR", CellKind.COUNT, "col.recorded", true);
    public static final FigureColumn RATE = measure("rate_per_100k", DECIMAL, "P_HTHAB", CellKind.RATE, "col.rate",
            true);
    public static final FigureColumn YOY_ABS = measure("yoy_abs", WHOLE, "DIFF_PRE", CellKind.CHANGE_COUNT,
            "col.yoy-abs", true);
    public static final FigureColumn YOY_PCT = measure("yoy_pct", DECIMAL, "PCH_PRE", CellKind.CHANGE_PCT, "col.yoy",
            true);
    public static final FigureColumn CAGR_5Y = measure("cagr_5y", DECIMAL, "PCH_CAGR5", CellKind.CHANGE_PCT,
            "col.cagr", true);
    public static final FigureColumn MA_3Y = measure("ma_3y", DECIMAL, "NR_MA3", CellKind.RATE, "col.ma3y", true);
    public static final FigureColumn INDEX = measure("index", DECIMAL, "I%02d", CellKind.INDEX, "col.index", true);
    public static final FigureColumn SHARE_OF_TOTAL = measure("share_of_total", DECIMAL, "PC_TOT", CellKind.PERCENT,
            "col.share", true);
    /** Ranks are computed from published rates only, so they give nothing away; a withheld figure has none. */
    public static final FigureColumn RANK = measure("rank", INTEGER, "RANK_RT", CellKind.RANK, "col.rank", false);
    public static final FigureColumn FLAGS = new FigureColumn("flags", TEXT, ATTRIBUTE, false, null, CellKind.TEXT,
            "col.flags", false);
    public static final FigureColumn COUNTRIES_COVERED = measure("countries_covered", INTEGER, "NR_GEO", CellKind.COUNT,
            "col.countries-covered", false);
    public static final FigureColumn POPULATION_COVERED_PCT = measure("population_covered_pct", DECIMAL, "PC_POP",
            CellKind.PERCENT, "col.population-covered", false);
    /** EU rows: the sum over the panel that the EU trends are computed on. */
    public static final FigureColumn PANEL_VALUE = measure("panel_value", WHOLE, "NR_PANEL", CellKind.COUNT, null,
            true);
    /** EU rows: how many countries the panel holds. */
    public static final FigureColumn PANEL_COUNTRIES = measure("panel_countries", INTEGER, "NR_GEO_PANEL",
            CellKind.COUNT, null, false);
    /** Whether the value may be published: {@code F} free, {@code C} confidential, {@code S} withheld to protect one (SDMX CONF_STATUS). */
    public static final FigureColumn CONF_STATUS = new FigureColumn("conf_status", TEXT, ATTRIBUTE, true, null,
            CellKind.TEXT, null, false);

    /** Every published column, in the order of {@code metrics-YYYY.csv}. */
    public static final List<FigureColumn> PUBLISHED = List.of(GEO, OFFENCE, ICCS, INDICATOR, YEAR, VALUE, RATE,
            YOY_ABS, YOY_PCT, CAGR_5Y, MA_3Y, INDEX, SHARE_OF_TOTAL, RANK, FLAGS, COUNTRIES_COVERED,
            POPULATION_COVERED_PCT, PANEL_VALUE, PANEL_COUNTRIES, CONF_STATUS);

    private FigureColumns() {
    }

    /** The column names in file order. */
    public static List<String> names() {
        return PUBLISHED.stream().map(FigureColumn::name).toList();
    }

    public static Optional<FigureColumn> find(String name) {
        return PUBLISHED.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public static FigureColumn get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("No published column '" + name + "'"));
    }

    /** The measures, in file order. */
    public static List<FigureColumn> measures() {
        return PUBLISHED.stream().filter(FigureColumn::isMeasure).toList();
    }

    /** The measures written to SDMX-CSV, each with its unit, in file order. */
    public static List<FigureColumn> sdmxMeasures() {
        return PUBLISHED.stream().filter(FigureColumn::isSdmxMeasure).toList();
    }

    /** The columns of the workbook's sheet of every figure, in file order. */
    public static List<FigureColumn> inWorkbook() {
        return PUBLISHED.stream().filter(c -> c.header() != null).toList();
    }

    /** The measures emptied with a withheld value, since they would give it away. */
    public static List<FigureColumn> revealingValue() {
        return PUBLISHED.stream().filter(FigureColumn::revealsValue).toList();
    }

    private static FigureColumn key(String name, FigureColumn.Type type, String header) {
        return new FigureColumn(name, type, KEY, false, null, CellKind.TEXT, header, false);
    }

    private static FigureColumn measure(String name, FigureColumn.Type type, String sdmxUnit, CellKind kind,
                                        String header, boolean revealsValue) {
        return new FigureColumn(name, type, MEASURE, true, sdmxUnit, kind, header, revealsValue);
    }
}
