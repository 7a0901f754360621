package eu.cyberstat.pipeline.metrics;

import static eu.cyberstat.pipeline.metrics.MetricColumns.CONF_STATUS;
import static eu.cyberstat.pipeline.metrics.MetricColumns.COUNTRIES_COVERED;
import static eu.cyberstat.pipeline.metrics.MetricColumns.FLAGS;
import static eu.cyberstat.pipeline.metrics.MetricColumns.GEO;
import static eu.cyberstat.pipeline.metrics.MetricColumns.ICCS;
import static eu.cyberstat.pipeline.metrics.MetricColumns.INDICATOR;
import static eu.cyberstat.pipeline.metrics.MetricColumns.OFFENCE;
import static eu.cyberstat.pipeline.metrics.MetricColumns.PANEL_COUNTRIES;
import static eu.cyberstat.pipeline.metrics.MetricColumns.PANEL_VALUE;
import static eu.cyberstat.pipeline.metrics.MetricColumns.POPULATION_COVERED_PCT;
import static eu.cyberstat.pipeline.metrics.MetricColumns.RANK;
import static eu.cyberstat.pipeline.metrics.MetricColumns.RATE;
import static eu.cyberstat.pipeline.metrics.MetricColumns.SHARE_OF_TOTAL;
import static eu.cyberstat.pipeline.metrics.MetricColumns.VALUE;
import static eu.cyberstat.pipeline.metrics.MetricColumns.YEAR;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import eu.cyberstat.figure.ConfidentialityStatus;
import eu.cyberstat.figure.FigureColumn;
import eu.cyberstat.figure.FigureColumns;
import eu.cyberstat.pipeline.disclosure.PanelMembers;
import eu.cyberstat.pipeline.disclosure.ReportedFigure;
import eu.cyberstat.pipeline.disclosure.SecondarySuppression;
import eu.cyberstat.pipeline.disclosure.SuppressionPlan;
import eu.cyberstat.pipeline.disclosure.TableCell;
import eu.cyberstat.reference.Countries;
import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Flags;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.OffenceClassification;
import eu.cyberstat.reference.PopulationTable;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.reference.YearRanges;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The trend metrics job: national figures in, published figures out (one row per geo ×
 * offence × indicator × year of the window, countries and {@code EU27_2020}). This class wires
 * the steps; the formulas are in {@link Metrics}, the series logic in {@link SeriesTrends},
 * group derivation in {@link GroupDerivation} and panel selection in {@link PanelSelection}.
 *
 * <p>Two steps, so that a run can time and materialise each: {@link #prepare} (inputs of the
 * window, groups completed) and {@link #compute} (country and EU metrics).
 */
public final class MetricsJob {

    private static final List<String> SERIES = List.of(GEO, OFFENCE, INDICATOR);
    private static final List<String> EU_SERIES = List.of(OFFENCE, INDICATOR);
    private static final String PUBLISHABLE = "_publishable";
    private static final String PRESENT = "_present";
    private static final String POPULATION = "_population";
    private static final String PANEL_FLAGS = "_panel_flags";
    private static final String SCOPE = "_scope";
    /** The confidentiality status of a withheld cell (C or S); null for a published one. */
    private static final String WITHHELD = "_withheld";
    /** Every figure of a row that would reveal its value. */
    private static final List<String> VALUE_DERIVED = FigureColumns.revealingValue().stream().map(FigureColumn::name)
            .toList();

    private final OffenceClassification offences;
    private final Set<String> additiveIndicators;
    private final Countries countries;
    private final PopulationTable population;
    private final MetricsConfig config;

    /**
     * @param reference  countries and the offence classification
     * @param population population for rates (the shipped table, or one updated by an import)
     * @param config     reference year, window and base year
     */
    public MetricsJob(ReferenceData reference, PopulationTable population, MetricsConfig config) {
        this.offences = reference.offences();
        this.additiveIndicators = reference.additiveIndicators();
        this.countries = reference.countries();
        this.population = population;
        this.config = config;
    }

    public MetricsConfig config() {
        return config;
    }

    /** The national figures of the window with every derivable parent completed. */
    public record Prepared(Dataset<Row> figures, List<MetricsWarning> warnings) {
    }

    /**
     * Selects the window's national figures from the warehouse observations (schema of
     * {@code Warehouse.observations()}: geo, year, offence, indicator, value, flags, ...), sets
     * aside figures for aggregates and unknown offences, and completes the groups. The result
     * is materialised (a local checkpoint).
     */
    /**
     * The observations {@link #prepare} sets aside: figures of an aggregate geo (cyberstat
     * computes aggregates itself) and of an offence outside the classification.
     */
    public Column setAside() {
        return isAggregate().or(not(isKnownOffence()));
    }

    private Column isAggregate() {
        return col(GEO).isin(countries.all().stream().filter(Country::isAggregate).map(Country::geo).toArray());
    }

    private Column isKnownOffence() {
        return col(OFFENCE).isin(offences.all().stream().map(Offence::code).toArray());
    }

    public Prepared prepare(Dataset<Row> observations) {
        List<MetricsWarning> warnings = new ArrayList<>();
        Dataset<Row> window = observations
                .filter(col(YEAR).between(config.firstYear(), config.referenceYear()))
                .select(col(GEO), col(OFFENCE), col(INDICATOR), col(YEAR), col(VALUE),
                        coalesce(col(FLAGS), lit("")).as(FLAGS));

        Column isAggregate = isAggregate();
        Column isKnownOffence = isKnownOffence();
        // Ordered on the driver: a sort in Spark would cost a job of its own (sampling the range partitions).
        List<Row> setAside = new ArrayList<>(window.filter(setAside())
                .groupBy(col(GEO), isAggregate.as("aggregate"), col(OFFENCE), isKnownOffence.as("known"))
                .count().collectAsList());
        setAside.sort(Comparator.comparing((Row r) -> r.getString(0)).thenComparing(r -> r.getString(2)));
        for (Row r : setAside) {
            if (r.getBoolean(1)) {
                warnings.add(new MetricsWarning(MetricsWarning.AGGREGATE_INPUT, r.getLong(4) + " figure(s) of "
                        + r.getString(0) + " for " + r.getString(2) + " ignored: cyberstat computes aggregates from "
                        + "the Member States' figures."));
            } else {
                warnings.add(new MetricsWarning(MetricsWarning.UNKNOWN_OFFENCE, r.getLong(4) + " figure(s) of "
                        + r.getString(0) + " for unknown offence " + r.getString(2) + " ignored."));
            }
        }
        Dataset<Row> reported = window.filter(not(isAggregate).and(isKnownOffence));

        // Checkpointed: the metrics below build on these figures several times, and a short lineage keeps
        // Spark's planning of each of them quick.
        Dataset<Row> derived = new GroupDerivation(offences, additiveIndicators).derive(reported).localCheckpoint();
        for (GroupDerivation.Mismatch m : GroupDerivation.mismatches(derived)) {
            warnings.add(new MetricsWarning(MetricsWarning.PARENT_MISMATCH, m.geo() + " " + m.year() + " "
                    + m.indicator() + ": " + m.offence() + " reported as " + m.reported() + " but its offences "
                    + (m.childrenComplete() ? "sum to " : "already reported sum to ") + m.childrenSum()
                    + "; the reported figure is used."));
        }
        Dataset<Row> figures = derived.drop(GroupDerivation.checkColumns());
        return new Prepared(figures, warnings);
    }

    /** Published figures, the EU panels and what the operator should know. */
    public record Result(Dataset<Row> figures, List<Panel> panels, List<MetricsWarning> warnings) {
    }

    /**
     * Computes every published figure from prepared national figures. The figures come in the
     * columns of {@link MetricColumns#publishedSchema()}, rounded, materialised (a local checkpoint), in no particular order.
     */
    public Result compute(Prepared prepared) {
        SparkSession spark = prepared.figures().sparkSession();
        List<MetricsWarning> warnings = new ArrayList<>(prepared.warnings());
        Dataset<Row> figures = prepared.figures();
        Dataset<Row> populationRows = broadcast(populationFrame(spark));
        // One query brings the (small) national figures to the driver; the checks, panels and suppression plan are
        // computed from that list, each a query of its own before.
        List<NationalFigure> national = collect(figures);
        warnings.addAll(missingPopulation(national));

        List<Panel> panels = PanelSelection.select(config, NationalFigure.coverage(national, new HashSet<>(eu27())));
        warnings.addAll(emptyPanels(panels));
        SuppressionPlan plan = suppression(national, panels);
        warnings.addAll(protections(plan));
        Dataset<Row> withheld = broadcast(withheldFrame(spark, plan));
        Dataset<Row> countryRows = countryMetrics(figures, populationRows, withheld);
        SortedMap<Integer, Long> euPopulation = EuPopulation.byYear(population, countries, config.years());
        for (int year : config.years()) {
            if (!euPopulation.containsKey(year)) {
                warnings.add(new MetricsWarning(MetricsWarning.NO_EU_POPULATION, "No EU27 population for " + year
                        + " (the population table lacks a Member State): population_covered_pct is empty for " + year + "."));
            }
        }
        Dataset<Row> euRows = euMetrics(figures, populationRows, panels, euPopulation, withheld).localCheckpoint();

        Dataset<Row> published = countryRows.select(publishedColumns())
                .unionByName(euRows.select(publishedColumns()))
                .join(broadcast(iccsFrame(spark)), OFFENCE)
                .select(roundedColumns())
                .localCheckpoint();
        return new Result(published, panels, warnings);
    }

    /**
     * Which figures may not be published: the confidential ones and those secondary suppression
     * withholds to protect them (computed on the driver: the national figures are small).
     */
    private SuppressionPlan suppression(List<NationalFigure> national, List<Panel> panels) {
        List<ReportedFigure> reported = national.stream().map(NationalFigure::reported).toList();
        List<PanelMembers> members = panels.stream()
                .map(p -> new PanelMembers(p.offence(), p.indicator(), p.members())).toList();
        return new SecondarySuppression(offences, new HashSet<>(eu27()), additiveIndicators)
                .protect(reported, members);
    }

    /** The prepared national figures, on the driver. */
    private static List<NationalFigure> collect(Dataset<Row> figures) {
        List<NationalFigure> national = new ArrayList<>();
        for (Row r : figures.select(GEO, OFFENCE, INDICATOR, YEAR, VALUE, FLAGS).collectAsList()) {
            national.add(new NationalFigure(r.getString(0), r.getString(1), r.getString(2), r.getInt(3),
                    r.isNullAt(4) ? null : r.getLong(4), r.getString(5)));
        }
        return national;
    }

    /** The withheld cells: scope (COUNTRY, EU, PANEL), geo, offence, indicator, year, status code. */
    private static Dataset<Row> withheldFrame(SparkSession spark, SuppressionPlan plan) {
        List<Row> rows = new ArrayList<>();
        plan.withheld().forEach((cell, status) -> rows.add(RowFactory.create(cell.scope().name(), cell.geo(),
                cell.offence(), cell.indicator(), cell.year(), status.code())));
        StructType schema = new StructType().add(SCOPE, DataTypes.StringType, false)
                .add(GEO, DataTypes.StringType, false).add(OFFENCE, DataTypes.StringType, false)
                .add(INDICATOR, DataTypes.StringType, false).add(YEAR, DataTypes.IntegerType, false)
                .add(WITHHELD, DataTypes.StringType, false);
        return spark.createDataFrame(rows, schema);
    }

    private static Dataset<Row> withheldOf(Dataset<Row> withheld, TableCell.Scope scope) {
        return withheld.filter(col(SCOPE).equalTo(scope.name())).drop(SCOPE);
    }

    /** The country figures with the status secondary suppression gave them ({@link #WITHHELD}, null when published). */
    private static Dataset<Row> withStatus(Dataset<Row> figures, Dataset<Row> withheld) {
        return figures.join(withheldOf(withheld, TableCell.Scope.COUNTRY), new String[] {GEO, OFFENCE, INDICATOR, YEAR},
                "left");
    }

    /** Country rows: the reported or derived value and every metric computed on it. */
    private Dataset<Row> countryMetrics(Dataset<Row> figures, Dataset<Row> populationRows, Dataset<Row> withheld) {
        Column isWithheld = col(WITHHELD).isNotNull();
        Dataset<Row> grid = SeriesTrends.denseGrid(withStatus(figures, withheld), SERIES, config, PRESENT)
                // A withheld value feeds EU sums only: for the country it and every metric using it are empty.
                .withColumn(PUBLISHABLE, when(not(isWithheld), col(VALUE)))
                // Eurostat shows every withheld figure as confidential, primary or secondary alike.
                .withColumn(FLAGS, Metrics.withFlagWhere(col(FLAGS), Flags.CONFIDENTIAL, isWithheld));
        grid = SeriesTrends.addTrends(grid, SERIES, PUBLISHABLE, FLAGS, config)
                .join(populationRows, new String[] {GEO, YEAR}, "left");

        Column publishable = col(PUBLISHABLE);
        Column rate = Metrics.ratePer100k(publishable, col(POPULATION));
        WindowSpec sameCountryYear = Window.partitionBy(col(GEO), col(INDICATOR), col(YEAR));
        Column total = max(when(col(OFFENCE).equalTo(offences.total().code()), publishable)).over(sameCountryYear);
        Column rankable = col(GEO).isin(eu27().toArray()).and(col(RATE).isNotNull());
        WindowSpec byRate = Window.partitionBy(col(OFFENCE), col(INDICATOR), col(YEAR))
                .orderBy(rankable.desc(), Metrics.published(col(RATE)).desc());

        Map<String, Column> figuresOfRow = new LinkedHashMap<>();
        figuresOfRow.put(VALUE, publishable);
        figuresOfRow.put(RATE, rate);
        figuresOfRow.put(SHARE_OF_TOTAL, Metrics.sharePercent(publishable, total));
        figuresOfRow.put(COUNTRIES_COVERED, lit(null).cast(DataTypes.IntegerType));
        figuresOfRow.put(POPULATION_COVERED_PCT, lit(null).cast(DataTypes.DoubleType));
        figuresOfRow.put(PANEL_VALUE, lit(null).cast(DataTypes.LongType));
        figuresOfRow.put(PANEL_COUNTRIES, lit(null).cast(DataTypes.IntegerType));
        figuresOfRow.put(CONF_STATUS, coalesce(col(WITHHELD), lit(ConfidentialityStatus.FREE.code())));
        Map<String, Column> fromRate = new LinkedHashMap<>();
        // Ties share a rank (1, 2, 2, 4) on the published, rounded rate; non-EU countries are not ranked.
        fromRate.put(RANK, when(rankable, rank().over(byRate)));
        fromRate.put(FLAGS, Metrics.withFlagWhere(col(FLAGS), Flags.LOW_RELIABILITY,
                col(RATE).isNotNull().and(Metrics.isLowReliability(publishable))));
        return grid.filter(col(PRESENT)).withColumns(figuresOfRow).withColumns(fromRate);
    }

    /** EU rows: sums over reporting Member States, and trends on the panel. */
    private Dataset<Row> euMetrics(Dataset<Row> figures, Dataset<Row> populationRows, List<Panel> panels,
                                   SortedMap<Integer, Long> euPopulation, Dataset<Row> withheld) {
        SparkSession spark = figures.sparkSession();
        Dataset<Row> inputs = euMembers(figures).filter(col(VALUE).isNotNull())
                .join(populationRows, new String[] {GEO, YEAR}, "left");
        Column missingPopulation = col("_missing_population").equalTo(0);
        Dataset<Row> sums = inputs.groupBy(col(OFFENCE), col(INDICATOR), col(YEAR))
                .agg(sum(col(VALUE)).as(VALUE),
                        count(lit(1)).cast(DataTypes.IntegerType).as(COUNTRIES_COVERED),
                        // The EU figure does not inherit c: no single country's value is shown.
                        Metrics.withoutFlag(Metrics.flagUnion(collect_list(col(FLAGS))), Flags.CONFIDENTIAL).as(FLAGS),
                        sum(col(POPULATION)).as("_covered_population"),
                        count_if(col(POPULATION).isNull()).as("_missing_population"))
                .join(broadcast(euPopulationFrame(spark, euPopulation)), new String[] {YEAR}, "left")
                .withColumns(Map.of(
                        RATE, when(missingPopulation, Metrics.ratePer100k(col(VALUE), col("_covered_population"))),
                        POPULATION_COVERED_PCT, when(missingPopulation,
                                Metrics.sharePercent(col("_covered_population"), col("_eu_population")))));

        Dataset<Row> panelSeries = figures.join(broadcast(panelFrame(spark, panels)), new String[] {GEO, OFFENCE, INDICATOR})
                .groupBy(col(OFFENCE), col(INDICATOR), col(YEAR))
                .agg(sum(col(VALUE)).as(PANEL_VALUE),
                        count(col(VALUE)).cast(DataTypes.IntegerType).as(PANEL_COUNTRIES),
                        Metrics.withoutFlag(Metrics.flagUnion(collect_list(col(FLAGS))), Flags.CONFIDENTIAL).as(PANEL_FLAGS))
                // A withheld panel sum (one that would give a confidential figure back) is left out, so that no
                // trend is computed from it either.
                .join(withheldOf(withheld, TableCell.Scope.PANEL).drop(GEO), new String[] {OFFENCE, INDICATOR, YEAR}, "left")
                .select(col(OFFENCE), col(INDICATOR), col(YEAR), col(PANEL_COUNTRIES), col(PANEL_FLAGS),
                        when(col(WITHHELD).isNull(), col(PANEL_VALUE)).as(PANEL_VALUE));
        Dataset<Row> panelTrends = SeriesTrends.addTrends(
                SeriesTrends.denseGrid(panelSeries, EU_SERIES, config, PRESENT), EU_SERIES, PANEL_VALUE, PANEL_FLAGS, config)
                .filter(col(PRESENT)).drop(PRESENT, PANEL_FLAGS);

        // Share of the total over the Member States that publish both the offence and the total: a ratio of
        // published figures only, so that it gives nothing withheld back.
        Dataset<Row> published = euMembers(withStatus(figures, withheld))
                .filter(col(VALUE).isNotNull().and(col(WITHHELD).isNull()));
        Dataset<Row> totals = published.filter(col(OFFENCE).equalTo(offences.total().code()))
                .select(col(GEO), col(INDICATOR), col(YEAR), col(VALUE).as("_total"));
        Dataset<Row> shares = published
                .join(totals, new String[] {GEO, INDICATOR, YEAR})
                .groupBy(col(OFFENCE), col(INDICATOR), col(YEAR))
                .agg(Metrics.sharePercent(sum(col(VALUE)), sum(col("_total"))).as(SHARE_OF_TOTAL));

        // A withheld EU figure (one confidential figure alone, or one that would give a confidential figure back)
        // publishes nothing computed from it.
        Column euWithheld = col(WITHHELD).isNotNull();
        Map<String, Column> suppressed = new LinkedHashMap<>();
        suppressed.put(GEO, lit(Countries.EU27_2020));
        suppressed.put(RANK, lit(null).cast(DataTypes.IntegerType));
        for (String figure : VALUE_DERIVED) {
            suppressed.put(figure, when(not(euWithheld), col(figure)));
        }
        suppressed.put(FLAGS, Metrics.withFlagWhere(col(FLAGS), Flags.CONFIDENTIAL, euWithheld));
        suppressed.put(CONF_STATUS, coalesce(col(WITHHELD), lit(ConfidentialityStatus.FREE.code())));
        return sums.join(panelTrends, new String[] {OFFENCE, INDICATOR, YEAR}, "left")
                .join(shares, new String[] {OFFENCE, INDICATOR, YEAR}, "left")
                .join(withheldOf(withheld, TableCell.Scope.EU).drop(GEO), new String[] {OFFENCE, INDICATOR, YEAR}, "left")
                .withColumns(suppressed)
                .withColumn(FLAGS, Metrics.withFlagWhere(col(FLAGS), Flags.LOW_RELIABILITY,
                        col(RATE).isNotNull().and(Metrics.isLowReliability(col(VALUE)))));
    }

    private Dataset<Row> euMembers(Dataset<Row> figures) {
        return figures.filter(col(GEO).isin(eu27().toArray()));
    }

    private List<String> eu27() {
        return countries.eu27().stream().map(Country::geo).toList();
    }

    private List<MetricsWarning> missingPopulation(List<NationalFigure> national) {
        List<MetricsWarning> warnings = new ArrayList<>();
        NationalFigure.withoutPopulation(national, population).forEach((geo, years) -> warnings.add(new MetricsWarning(
                MetricsWarning.NO_POPULATION, "No population for " + geo + " in " + YearRanges.format(years)
                        + ": its rates per 100 000 inhabitants are empty"
                        + (eu27().contains(geo) ? " and so are the EU rates and population coverage it enters." : "."))));
        return warnings;
    }

    private List<MetricsWarning> emptyPanels(List<Panel> panels) {
        Map<String, List<String>> byIndicator = new TreeMap<>();
        panels.stream().filter(Panel::isEmpty)
                .forEach(p -> byIndicator.computeIfAbsent(p.indicator(), i -> new ArrayList<>()).add(p.offence()));
        List<MetricsWarning> warnings = new ArrayList<>();
        byIndicator.forEach((indicator, codes) -> warnings.add(new MetricsWarning(MetricsWarning.EMPTY_PANEL,
                "No EU trend for " + indicator + " " + String.join(", ", codes) + ": no Member State reported every year "
                        + config.firstYear() + "–" + config.referenceYear() + " without a break in series.")));
        return warnings;
    }

    /** One note per confidential figure that needed others withheld, for the operator. */
    private static List<MetricsWarning> protections(SuppressionPlan plan) {
        List<MetricsWarning> warnings = new ArrayList<>();
        for (SuppressionPlan.Protection p : plan.protections()) {
            warnings.add(new MetricsWarning(MetricsWarning.SECONDARY_SUPPRESSION, p.primary() + " is confidential: "
                    + p.secondary().size() + " further figure(s) withheld so that it cannot be worked out from published "
                    + "ones: " + String.join(", ", p.secondary().stream().map(TableCell::toString).toList()) + "."));
        }
        return warnings;
    }

    private Dataset<Row> populationFrame(SparkSession spark) {
        List<Row> rows = new ArrayList<>();
        population.asMap().forEach((geo, years) -> years.forEach((year, people) -> {
            if (config.covers(year)) {
                rows.add(RowFactory.create(geo, year, people));
            }
        }));
        StructType schema = new StructType().add(GEO, DataTypes.StringType, false)
                .add(YEAR, DataTypes.IntegerType, false).add(POPULATION, DataTypes.LongType, false);
        return spark.createDataFrame(rows, schema);
    }

    private static Dataset<Row> euPopulationFrame(SparkSession spark, SortedMap<Integer, Long> euPopulation) {
        List<Row> rows = new ArrayList<>();
        euPopulation.forEach((year, people) -> rows.add(RowFactory.create(year, people)));
        StructType schema = new StructType().add(YEAR, DataTypes.IntegerType, false)
                .add("_eu_population", DataTypes.LongType, false);
        return spark.createDataFrame(rows, schema);
    }

    private static Dataset<Row> panelFrame(SparkSession spark, List<Panel> panels) {
        List<Row> rows = new ArrayList<>();
        for (Panel p : panels) {
            p.members().forEach(geo -> rows.add(RowFactory.create(geo, p.offence(), p.indicator())));
        }
        StructType schema = new StructType().add(GEO, DataTypes.StringType, false)
                .add(OFFENCE, DataTypes.StringType, false).add(INDICATOR, DataTypes.StringType, false);
        return spark.createDataFrame(rows, schema);
    }

    private Dataset<Row> iccsFrame(SparkSession spark) {
        List<Row> rows = offences.all().stream()
                .map(o -> RowFactory.create(o.code(), o.eurostatIccs().orElse(""))).toList();
        StructType schema = new StructType().add(OFFENCE, DataTypes.StringType, false)
                .add(ICCS, DataTypes.StringType, false);
        return spark.createDataFrame(rows, schema);
    }

    /** Every published column except iccs (joined last), in file order. */
    private static Column[] publishedColumns() {
        return MetricColumns.published().stream().filter(c -> !c.equals(ICCS)).map(c -> col(c)).toArray(Column[]::new);
    }

    private static Column[] roundedColumns() {
        List<String> decimals = MetricColumns.decimalColumns();
        return MetricColumns.published().stream()
                .map(c -> {
                    Column typed = col(c).cast(MetricColumns.typeOf(c));
                    if (decimals.contains(c)) {
                        typed = Metrics.published(typed);
                    } else if (c.equals(FLAGS)) {
                        typed = coalesce(typed, lit(""));
                    }
                    return typed.as(c);
                })
                .toArray(Column[]::new);
    }
}
