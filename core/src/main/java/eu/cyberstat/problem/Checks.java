package eu.cyberstat.problem;

import static eu.cyberstat.problem.Level.ERROR;
import static eu.cyberstat.problem.Level.WARNING;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Every check cyberstat runs on a national statistics file, with its stable code, level and
 * meaning; its words, in English, French and German, are in the message catalogue
 * ({@link CheckMessages}). docs/validation.md documents each one (a test keeps the two in step).
 * Codes never change meaning once published: uploaders and the web page key on them.
 */
public final class Checks {

    // ---- The file as a whole ----

    public static final Check E_FILE_TOO_LARGE = new Check("E_FILE_TOO_LARGE", ERROR,
            "The file is larger than the upload limit (`validation.max-file-bytes`, 64 MB by default), or, "
                    + "compressed with gzip, unpacks to more than the limit.");

    public static final Check E_UNKNOWN_FORMAT = new Check("E_UNKNOWN_FORMAT", ERROR,
            "The first row is not the header of any accepted format and no profile was given.");

    public static final Check E_EMPTY_FILE = new Check("E_EMPTY_FILE", ERROR,
            "The file (or the chosen sheet) has no non-blank row.");

    public static final Check E_NO_FIGURES = new Check("E_NO_FIGURES", ERROR,
            "After skipping what is skipped (see the W_SKIPPED_* warnings), no figure is left.");

    public static final Check E_MALFORMED_TEXT = new Check("E_MALFORMED_TEXT", ERROR,
            "Broken quoting (for example an opening quote that is never closed); nothing after it is read.");

    public static final Check E_SPREADSHEET_ENCRYPTED = new Check("E_SPREADSHEET_ENCRYPTED", ERROR,
            "An encrypted (password-protected) .xlsx or .xls file.");

    public static final Check E_SPREADSHEET_CORRUPT = new Check("E_SPREADSHEET_CORRUPT", ERROR,
            "A damaged or truncated workbook, or another kind of file with a spreadsheet's name.");

    public static final Check E_SPREADSHEET_TOO_LARGE = new Check("E_SPREADSHEET_TOO_LARGE", ERROR,
            "A sheet with more rows or columns than the limits (`validation.max-sheet-rows`, 200 000, and "
                    + "`validation.max-sheet-columns`, 500), or a workbook that expands suspiciously (zip bomb guard).");

    public static final Check E_SHEET_NOT_FOUND = new Check("E_SHEET_NOT_FOUND", ERROR,
            "The sheet named by the mapping profile does not exist.");

    // ---- Columns and fields ----

    public static final Check E_MISSING_COLUMN = new Check("E_MISSING_COLUMN", ERROR,
            "A required column is not in the header (for a profile: a column the profile names).");

    public static final Check E_DUPLICATE_COLUMN = new Check("E_DUPLICATE_COLUMN", ERROR,
            "Two header cells name the same field.");

    public static final Check W_EXTRA_COLUMN = new Check("W_EXTRA_COLUMN", WARNING,
            "A header cell the format does not define; its content is not read.");

    public static final Check E_FIELD_COUNT = new Check("E_FIELD_COUNT", ERROR,
            "A row with more fields than the header (usually an unquoted separator or decimal comma), or "
                    + "with fewer fields so that a required field is missing.");

    public static final Check E_CELL_TOO_LONG = new Check("E_CELL_TOO_LONG", ERROR,
            "A cell (a field of a text file, a cell of a sheet) of more than 10 000 characters, Excel's own "
                    + "limit being 32 767: nothing that long is a code, a figure or a note. Its row is left out of "
                    + "every other check, which keeps the cost of validation linear in the size of the file.");

    public static final Check E_MISSING_FIELD = new Check("E_MISSING_FIELD", ERROR,
            "A required field (country, year, offence, indicator) is empty.");

    // ---- Codes ----

    public static final Check E_UNKNOWN_COUNTRY = new Check("E_UNKNOWN_COUNTRY", ERROR,
            "The country is not a geo code of the reference data. Common mistakes get a hint: GR (write EL), "
                    + "GB (UK), ISO alpha-3 codes (DEU), country names.");

    public static final Check E_COUNTRY_MISMATCH = new Check("E_COUNTRY_MISMATCH", ERROR,
            "With `--country CC`, a row for another country.");

    public static final Check E_BAD_YEAR = new Check("E_BAD_YEAR", ERROR,
            "The year is not a four-digit calendar year (quarters, months and ranges are not accepted).");

    public static final Check E_YEAR_OUT_OF_RANGE = new Check("E_YEAR_OUT_OF_RANGE", ERROR,
            "The year is before `validation.first-year` (1990) or after `validation.last-year` (the current "
                    + "year).");

    public static final Check E_UNKNOWN_OFFENCE = new Check("E_UNKNOWN_OFFENCE", ERROR,
            "The offence is neither a project offence code nor an ICCS code. A close match is suggested.");

    public static final Check E_UNKNOWN_INDICATOR = new Check("E_UNKNOWN_INDICATOR", ERROR,
            "The indicator is not one of RECORDED, SUSPECTS, VICTIMS, PROSECUTIONS, CONVICTIONS.");

    public static final Check E_UNKNOWN_FLAG = new Check("E_UNKNOWN_FLAG", ERROR,
            "The flags contain a letter that is not a Eurostat flag.");

    // ---- Values ----

    public static final Check E_NOT_A_NUMBER = new Check("E_NOT_A_NUMBER", ERROR,
            "The value cannot be read as a number (letters, digit groups not in threes, too large).");

    public static final Check E_NOT_WHOLE = new Check("E_NOT_WHOLE", ERROR,
            "A decimal count, such as 12,5 or 3.75.");

    public static final Check E_NEGATIVE = new Check("E_NEGATIVE", ERROR,
            "A negative count.");

    public static final Check E_VALUE_MISSING = new Check("E_VALUE_MISSING", ERROR,
            "In the project CSV, spreadsheets and profiles, an empty value must be explained by a flag or a "
                    + "note, so that a forgotten zero is never taken for 'not available'.");

    public static final Check W_AMBIGUOUS_NUMBER = new Check("W_AMBIGUOUS_NUMBER", WARNING,
            "Nothing in the file tells whether '.' or ',' groups thousands or marks decimals, and every "
                    + "value would be whole with it as a thousands separator: they were read so.");

    // ---- Eurostat dimensions ----

    public static final Check E_NOT_ANNUAL = new Check("E_NOT_ANNUAL", ERROR,
            "An SDMX or TSV row whose frequency is not A.");

    public static final Check E_SDMX_ACTION = new Check("E_SDMX_ACTION", ERROR,
            "An SDMX-CSV 2.0 row with action D (delete) or an unknown action.");

    // ---- Consistency of the file ----

    public static final Check E_DUPLICATE_KEY = new Check("E_DUPLICATE_KEY", ERROR,
            "The same country, year, offence and indicator twice (also ICCS0903 and CIA, which are the same "
                    + "offence). Raised on the later line, naming the earlier.");

    public static final Check E_CHILDREN_EXCEED_PARENT = new Check("E_CHILDREN_EXCEED_PARENT", ERROR,
            "For recorded offences (counts of offences add up), the children present add up to more than "
                    + "their parent.");

    public static final Check E_CHILD_EXCEEDS_PARENT = new Check("E_CHILD_EXCEEDS_PARENT", ERROR,
            "For persons (suspects, victims, prosecutions, convictions), which may be counted under several "
                    + "offences, a child larger than its parent.");

    public static final Check W_CHILDREN_BELOW_PARENT = new Check("W_CHILDREN_BELOW_PARENT", WARNING,
            "For recorded offences, all children present but their sum is below the parent.");

    // ---- Plausibility ----

    public static final Check W_YOY_JUMP = new Check("W_YOY_JUMP", WARNING,
            "Against the previous year of the same series, in the file or else in the warehouse: a change "
                    + "by more than `validation.jump-factor` (3) where either value is at least "
                    + "`validation.jump-minimum` (50). Not raised on a figure flagged b.");

    public static final Check W_AFTER_ZERO = new Check("W_AFTER_ZERO", WARNING,
            "A positive value where the previous year of the same series (file or warehouse) is 0.");

    // ---- Rows skipped (one counted warning per kind) ----

    public static final Check W_SKIPPED_NON_CYBER = new Check("W_SKIPPED_NON_CYBER", WARNING,
            "Rows with ICCS categories outside 0903 (fraud, child pornography, ...): skipped, not rejected.");

    public static final Check W_SKIPPED_UNIT = new Check("W_SKIPPED_UNIT", WARNING,
            "Rows whose unit is not NR (for example P_HTHAB, per hundred thousand inhabitants).");

    public static final Check W_SKIPPED_AGGREGATE = new Check("W_SKIPPED_AGGREGATE", WARNING,
            "Rows for EU27_2020 or another aggregate.");

    public static final Check W_UNMAPPED_OFFENCE = new Check("W_UNMAPPED_OFFENCE", WARNING,
            "Profile only: national offence codes not listed under `offences:` (when `unmapped: warn`).");

    public static final Check E_UNMAPPED_OFFENCE = new Check("E_UNMAPPED_OFFENCE", ERROR,
            "Profile only, with `unmapped: error`: a national offence code the profile does not map.");

    private static final List<Check> ALL = collect();

    private Checks() {
    }

    /** Every check, in the order of this class (the order of docs/validation.md). */
    public static List<Check> all() {
        return ALL;
    }

    private static List<Check> collect() {
        List<Check> checks = new ArrayList<>();
        for (Field f : Checks.class.getDeclaredFields()) {
            if (f.getType() == Check.class && Modifier.isStatic(f.getModifiers())) {
                try {
                    Check c = (Check) f.get(null);
                    if (!c.code().equals(f.getName())) {
                        throw new IllegalStateException("Check constant " + f.getName() + " has code " + c.code());
                    }
                    checks.add(c);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return List.copyOf(checks);
    }
}
