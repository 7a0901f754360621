package eu.cyberstat.ingest.population;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.problem.MessageText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gathers the figures and the skipped rows of one demo_pjan file as its reader goes through it,
 * and turns what cannot be right (a value that is not a count, a geo-year given twice) into an
 * {@link BadInputException} that names the file, the line and the field.
 */
final class PopulationCollector {

    private static final int EXAMPLES = 8;
    private static final Pattern COUNT = Pattern.compile("\\d+(\\.0+)?");
    /** A calendar year as people write it: four digits, not starting with 0 ('0023' is a typing slip). */
    private static final Pattern YEAR = Pattern.compile("[1-9]\\d{3}");
    /** Ten billion inhabitants and more is no country's population (and 19 digits would overflow a long). */
    private static final int MAX_DIGITS = 10;

    private final String fileName;
    private final List<PopulationFigure> figures = new ArrayList<>();
    private final Map<String, PopulationFigure> byGeoYear = new HashMap<>();
    private final Map<SkipReason, long[]> skipCounts = new EnumMap<>(SkipReason.class);
    private final Map<SkipReason, Set<String>> skipExamples = new EnumMap<>(SkipReason.class);

    PopulationCollector(String fileName) {
        this.fileName = fileName;
    }

    /** Keeps the figure {@code value} of a geo and year; {@code field} names the column for messages. */
    void keep(String geo, int year, String value, String flags, long line, String field) {
        if (!COUNT.matcher(value).matches()) {
            throw problem(line, field, "'" + MessageText.shown(value) + "' is not a number of inhabitants. Write a whole number, "
                    + "or ':' where the figure is not available.");
        }
        String whole = value.contains(".") ? value.substring(0, value.indexOf('.')) : value;
        if (whole.replaceFirst("^0+", "").length() > MAX_DIGITS) {
            throw problem(line, field, "'" + MessageText.shown(value) + "' is far more than the population of any country. Correct "
                    + "the value.");
        }
        long population = Long.parseLong(whole);
        if (population == 0) {
            throw problem(line, field, "a population of 0 for " + geo + " in " + year + " cannot be right. "
                    + "Write ':' where the figure is not available.");
        }
        PopulationFigure figure = new PopulationFigure(geo, year, population, flags, line);
        PopulationFigure earlier = byGeoYear.putIfAbsent(geo + " " + year, figure);
        if (earlier != null) {
            throw problem(line, field, "the population of " + geo + " in " + year + " is given twice (lines "
                    + earlier.line() + " and " + line + "). Keep one.");
        }
        figures.add(figure);
    }

    /** Counts a row (or a value) set aside; {@code code} says which geo or breakdown it was. */
    void skip(SkipReason reason, String code) {
        skipCounts.computeIfAbsent(reason, r -> new long[1])[0]++;
        Set<String> examples = skipExamples.computeIfAbsent(reason, r -> new LinkedHashSet<>());
        if (examples.size() < EXAMPLES && !code.isEmpty()) {
            examples.add(code);
        }
    }

    /** A reference year as a header cell or TIME_PERIOD gives it ({@code "2021 "}). */
    int year(String text, long line, String field) {
        String year = text.strip();
        if (!YEAR.matcher(year).matches()) {
            throw problem(line, field, "'" + MessageText.shown(text) + "' is not a year: demo_pjan gives one column or TIME_PERIOD "
                    + "per year, like 2021.");
        }
        return Integer.parseInt(year);
    }

    BadInputException problem(long line, String field, String message) {
        return new BadInputException(fileName + ", line " + line + (field.isEmpty() ? "" : ", field " + MessageText.shown(field)) + ": "
                + MessageText.withShortQuotes(message));
    }

    PopulationFigures result(String format) {
        if (figures.isEmpty()) {
            throw new BadInputException(fileName + " holds no figure of the total population (age TOTAL, sex T, unit NR) "
                    + "of a geo cyberstat knows: is it Eurostat's demo_pjan?");
        }
        List<SkippedRows> skipped = new ArrayList<>();
        skipCounts.forEach((reason, n) -> skipped.add(new SkippedRows(reason, n[0],
                List.copyOf(skipExamples.getOrDefault(reason, Set.of())))));
        return new PopulationFigures(format, figures, skipped);
    }
}
