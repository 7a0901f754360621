package eu.cyberstat.ingest.validation;

import eu.cyberstat.ingest.format.ReadLimits;
import java.time.Year;
import java.util.Optional;
import java.util.function.Function;

/**
 * The tunable limits of validation, each a key (for a settings file) paired with its default.
 * Precedence is the caller's: the command line puts its values on top of the settings file.
 *
 * @param firstYear      earliest reference year accepted
 * @param lastYear       latest reference year accepted (by default the current year)
 * @param jumpFactor     a year-on-year change by more than this factor is a plausibility warning
 * @param jumpMinimum    ... unless both values are below this (small counts jump by chance)
 * @param maxFileBytes   upload size limit
 * @param maxSheetRows   non-empty rows read from a sheet at most
 * @param maxSheetColumns columns read from a sheet at most
 * @param maxIssuesPerCode issues listed per code; the rest are summed up in one more issue
 */
public record ValidationSettings(int firstYear, int lastYear, double jumpFactor, long jumpMinimum, long maxFileBytes,
                                 int maxSheetRows, int maxSheetColumns, int maxIssuesPerCode) implements ReadLimits {

    public static final String FIRST_YEAR = "validation.first-year";
    public static final int FIRST_YEAR_DEFAULT = 1990;
    public static final String LAST_YEAR = "validation.last-year";
    /** The current year, when the check runs. */
    public static final int LAST_YEAR_DEFAULT = 0;
    public static final String JUMP_FACTOR = "validation.jump-factor";
    public static final double JUMP_FACTOR_DEFAULT = 3.0;
    public static final String JUMP_MINIMUM = "validation.jump-minimum";
    public static final long JUMP_MINIMUM_DEFAULT = 50;
    public static final String MAX_FILE_BYTES = "validation.max-file-bytes";
    public static final long MAX_FILE_BYTES_DEFAULT = 64L * 1024 * 1024;
    public static final String MAX_SHEET_ROWS = "validation.max-sheet-rows";
    public static final int MAX_SHEET_ROWS_DEFAULT = 200_000;
    public static final String MAX_SHEET_COLUMNS = "validation.max-sheet-columns";
    public static final int MAX_SHEET_COLUMNS_DEFAULT = 500;
    public static final String MAX_ISSUES_PER_CODE = "validation.max-issues-per-code";
    public static final int MAX_ISSUES_PER_CODE_DEFAULT = 100;

    public ValidationSettings {
        if (jumpFactor <= 1) {
            throw new IllegalArgumentException(JUMP_FACTOR + " must be more than 1, not " + jumpFactor);
        }
        if (lastYear != LAST_YEAR_DEFAULT && lastYear < firstYear) {
            throw new IllegalArgumentException(LAST_YEAR + " " + lastYear + " is before " + FIRST_YEAR + " " + firstYear);
        }
        if (maxFileBytes <= 0 || maxSheetRows <= 0 || maxSheetColumns <= 0 || maxIssuesPerCode <= 0) {
            throw new IllegalArgumentException("Validation limits must be positive");
        }
    }

    public static ValidationSettings defaults() {
        return new ValidationSettings(FIRST_YEAR_DEFAULT, LAST_YEAR_DEFAULT, JUMP_FACTOR_DEFAULT, JUMP_MINIMUM_DEFAULT,
                MAX_FILE_BYTES_DEFAULT, MAX_SHEET_ROWS_DEFAULT, MAX_SHEET_COLUMNS_DEFAULT, MAX_ISSUES_PER_CODE_DEFAULT);
    }

    /**
     * Defaults overridden by whichever of the keys above {@code lookup} finds (a settings file,
     * the command line): the one place that reads the keys, so a new key needs no caller changed.
     *
     * @throws IllegalArgumentException when a value is not a number or the limits make no sense
     */
    public static ValidationSettings from(Function<String, Optional<String>> lookup) {
        ValidationSettings d = defaults();
        return new ValidationSettings(
                read(lookup, FIRST_YEAR, d.firstYear, Integer::parseInt),
                read(lookup, LAST_YEAR, d.lastYear, Integer::parseInt),
                read(lookup, JUMP_FACTOR, d.jumpFactor, Double::parseDouble),
                read(lookup, JUMP_MINIMUM, d.jumpMinimum, Long::parseLong),
                read(lookup, MAX_FILE_BYTES, d.maxFileBytes, Long::parseLong),
                read(lookup, MAX_SHEET_ROWS, d.maxSheetRows, Integer::parseInt),
                read(lookup, MAX_SHEET_COLUMNS, d.maxSheetColumns, Integer::parseInt),
                read(lookup, MAX_ISSUES_PER_CODE, d.maxIssuesPerCode, Integer::parseInt));
    }

    private static <T> T read(Function<String, Optional<String>> lookup, String key, T fallback,
                              Function<String, T> parse) {
        Optional<String> value = lookup.apply(key).map(String::strip);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return parse.apply(value.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number: '" + value.get() + "'", e);
        }
    }

    /** The latest accepted year, resolving "current year". */
    public int effectiveLastYear() {
        return lastYear == LAST_YEAR_DEFAULT ? Year.now().getValue() : lastYear;
    }

    public ValidationSettings withYears(int first, int last) {
        return new ValidationSettings(first, last, jumpFactor, jumpMinimum, maxFileBytes, maxSheetRows, maxSheetColumns,
                maxIssuesPerCode);
    }

    public ValidationSettings withJump(double factor, long minimum) {
        return new ValidationSettings(firstYear, lastYear, factor, minimum, maxFileBytes, maxSheetRows, maxSheetColumns,
                maxIssuesPerCode);
    }

    public ValidationSettings withLimits(long fileBytes, int sheetRows, int sheetColumns) {
        return new ValidationSettings(firstYear, lastYear, jumpFactor, jumpMinimum, fileBytes, sheetRows, sheetColumns,
                maxIssuesPerCode);
    }

    public ValidationSettings withMaxIssuesPerCode(int max) {
        return new ValidationSettings(firstYear, lastYear, jumpFactor, jumpMinimum, maxFileBytes, maxSheetRows,
                maxSheetColumns, max);
    }
}
