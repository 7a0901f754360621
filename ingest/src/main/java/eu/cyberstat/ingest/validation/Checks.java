package eu.cyberstat.ingest.validation;

import static eu.cyberstat.ingest.validation.Level.ERROR;
import static eu.cyberstat.ingest.validation.Level.WARNING;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Every check cyberstat runs on a national statistics file, with its stable code, level and
 * message. docs/validation.md documents each one (a test keeps the two in step). Codes never
 * change meaning once published: uploaders and the web page key on them.
 */
public final class Checks {

    // ---- The file as a whole ----

    public static final Check E_FILE_TOO_LARGE = new Check("E_FILE_TOO_LARGE", ERROR,
            "The file {detail} the limit of {limit} bytes. Split it (by country or by year) and submit the parts.",
            "The file is larger than the upload limit (`validation.max-file-bytes`, 64 MB by default), or, "
                    + "compressed with gzip, unpacks to more than the limit.");

    public static final Check E_UNKNOWN_FORMAT = new Check("E_UNKNOWN_FORMAT", ERROR,
            "Cannot tell the format of the file from its first row ({header}). Use the project CSV header "
                    + "country,year,offence,indicator,value,flags,note, submit a Eurostat SDMX-CSV or TSV file as "
                    + "downloaded, or describe a national layout in a mapping profile (--profile).",
            "The first row is not the header of any accepted format and no profile was given.");

    public static final Check E_EMPTY_FILE = new Check("E_EMPTY_FILE", ERROR,
            "The file is empty: it has no header and no figures. Check that you picked the right file.",
            "The file (or the chosen sheet) has no non-blank row.");

    public static final Check E_NO_FIGURES = new Check("E_NO_FIGURES", ERROR,
            "The file holds no figures to submit: {reason}. Check that you picked the right file.",
            "After skipping what is skipped (see the W_SKIPPED_* warnings), no figure is left.");

    public static final Check E_MALFORMED_TEXT = new Check("E_MALFORMED_TEXT", ERROR,
            "The text cannot be split into fields from here on: {detail}. A field that contains the "
                    + "separator, a line break or a double quote must be enclosed in double quotes, with quotes "
                    + "inside it doubled.",
            "Broken quoting (for example an opening quote that is never closed); nothing after it is read.");

    public static final Check E_SPREADSHEET_ENCRYPTED = new Check("E_SPREADSHEET_ENCRYPTED", ERROR,
            "The workbook is protected by a password and cannot be read. Save a copy without the password "
                    + "(in Excel: File > Info > Protect Workbook > Encrypt with Password, clear it) and submit that.",
            "An encrypted (password-protected) .xlsx or .xls file.");

    public static final Check E_SPREADSHEET_CORRUPT = new Check("E_SPREADSHEET_CORRUPT", ERROR,
            "The file cannot be read as a spreadsheet: {detail}. Open it in Excel or LibreOffice, save it "
                    + "again as .xlsx, or export the sheet as CSV.",
            "A damaged or truncated workbook, or another kind of file with a spreadsheet's name.");

    public static final Check E_SPREADSHEET_TOO_LARGE = new Check("E_SPREADSHEET_TOO_LARGE", ERROR,
            "The workbook {detail}. Submit only the sheet with the figures, or export it as CSV.",
            "A sheet with more rows or columns than the limits (`validation.max-sheet-rows`, 200 000, and "
                    + "`validation.max-sheet-columns`, 500), or a workbook that expands suspiciously (zip bomb guard).");

    public static final Check E_SHEET_NOT_FOUND = new Check("E_SHEET_NOT_FOUND", ERROR,
            "The workbook has no sheet named '{sheet}' (its sheets: {sheets}). Correct the sheet name in the "
                    + "mapping profile.",
            "The sheet named by the mapping profile does not exist.");

    // ---- Columns and fields ----

    public static final Check E_MISSING_COLUMN = new Check("E_MISSING_COLUMN", ERROR,
            "Column '{column}' is missing from the header. {advice}",
            "A required column is not in the header (for a profile: a column the profile names).");

    public static final Check E_DUPLICATE_COLUMN = new Check("E_DUPLICATE_COLUMN", ERROR,
            "Column '{column}' appears twice in the header (columns {first} and {second}). Remove or rename one.",
            "Two header cells name the same field.");

    public static final Check W_EXTRA_COLUMN = new Check("W_EXTRA_COLUMN", WARNING,
            "Column '{column}' is not part of the {format} format and was ignored.",
            "A header cell the format does not define; its content is not read.");

    public static final Check E_FIELD_COUNT = new Check("E_FIELD_COUNT", ERROR,
            "This line has {found} fields but the header has {expected}. {advice}",
            "A row with more fields than the header (usually an unquoted separator or decimal comma), or "
                    + "with fewer fields so that a required field is missing.");

    public static final Check E_MISSING_FIELD = new Check("E_MISSING_FIELD", ERROR,
            "The {field} is empty. Every figure needs a {field}.",
            "A required field (country, year, offence, indicator) is empty.");

    // ---- Codes ----

    public static final Check E_UNKNOWN_COUNTRY = new Check("E_UNKNOWN_COUNTRY", ERROR,
            "'{value}' is not a Eurostat geo code.{hint} Use a code such as DE, EL (Greece), UKC-L (England "
                    + "and Wales) or XK (Kosovo); docs/data-format.md lists them all.",
            "The country is not a geo code of the reference data. Common mistakes get a hint: GR (write EL), "
                    + "GB (UK), ISO alpha-3 codes (DEU), country names.");

    public static final Check E_COUNTRY_MISMATCH = new Check("E_COUNTRY_MISMATCH", ERROR,
            "This figure is for {value}, but the file is submitted for {expected}. An uploader can only submit "
                    + "figures for their own country: remove the row, or submit it for {value}.",
            "With `--country CC`, a row for another country.");

    public static final Check E_BAD_YEAR = new Check("E_BAD_YEAR", ERROR,
            "'{value}' is not a reference year. Write the year as four digits, like 2022 (annual figures only).",
            "The year is not a four-digit calendar year (quarters, months and ranges are not accepted).");

    public static final Check E_YEAR_OUT_OF_RANGE = new Check("E_YEAR_OUT_OF_RANGE", ERROR,
            "Year {value} is outside the accepted range {first} to {last}. Correct the year.",
            "The year is before `validation.first-year` (1990) or after `validation.last-year` (the current "
                    + "year).");

    public static final Check E_UNKNOWN_OFFENCE = new Check("E_UNKNOWN_OFFENCE", ERROR,
            "'{value}' is not an offence of the classification.{hint} Use a project code (CYB, CIA, "
                    + "CIA_ACCESS, COMP_FRAUD, ...) or a cybercrime ICCS code (ICCS0903, ICCS09031); "
                    + "docs/data-format.md lists them.",
            "The offence is neither a project offence code nor an ICCS code. A close match is suggested.");

    public static final Check E_UNKNOWN_INDICATOR = new Check("E_UNKNOWN_INDICATOR", ERROR,
            "'{value}' is not an indicator.{hint} Use one of {codes}.",
            "The indicator is not one of RECORDED, SUSPECTS, VICTIMS, PROSECUTIONS, CONVICTIONS.");

    public static final Check E_UNKNOWN_FLAG = new Check("E_UNKNOWN_FLAG", ERROR,
            "'{value}' is not a valid flag ({detail}). Use Eurostat flag letters, several at once if needed "
                    + "(like bp): {known}.",
            "The flags contain a letter that is not a Eurostat flag.");

    // ---- Values ----

    public static final Check E_NOT_A_NUMBER = new Check("E_NOT_A_NUMBER", ERROR,
            "'{value}' is not a number{detail}. Write the count in digits, like 12345 or 12 345.",
            "The value cannot be read as a number (letters, digit groups not in threes, too large).");

    public static final Check E_NOT_WHOLE = new Check("E_NOT_WHOLE", ERROR,
            "'{value}' is not a whole number. Counts of offences and persons are whole: correct the value, or "
                    + "round an estimate and flag it e.",
            "A decimal count, such as 12,5 or 3.75.");

    public static final Check E_NEGATIVE = new Check("E_NEGATIVE", ERROR,
            "'{value}' is negative. Counts cannot be below zero: correct the value.",
            "A negative count.");

    public static final Check E_VALUE_MISSING = new Check("E_VALUE_MISSING", ERROR,
            "The value is empty and neither a flag nor a note says why. Write 0 if there were none; if the "
                    + "figure is not available, remove the row, or keep it with a flag (c confidential, "
                    + "z not applicable) or a note.",
            "In the project CSV, spreadsheets and profiles, an empty value must be explained by a flag or a "
                    + "note, so that a forgotten zero is never taken for 'not available'.");

    public static final Check W_AMBIGUOUS_NUMBER = new Check("W_AMBIGUOUS_NUMBER", WARNING,
            "{values} like '{example}' (first at line {first}) could use '{separator}' either as a "
                    + "thousands or as a decimal separator; they were read as whole numbers ({reading}). "
                    + "To remove the doubt, declare the separators in a mapping profile.",
            "Nothing in the file tells whether '.' or ',' groups thousands or marks decimals, and every "
                    + "value would be whole with it as a thousands separator: they were read so.");

    // ---- Eurostat dimensions ----

    public static final Check E_NOT_ANNUAL = new Check("E_NOT_ANNUAL", ERROR,
            "Frequency '{value}' is not annual. cyberstat takes annual figures only: keep the rows with freq A.",
            "An SDMX or TSV row whose frequency is not A.");

    public static final Check E_SDMX_ACTION = new Check("E_SDMX_ACTION", ERROR,
            "Action '{value}' is not supported. Submit the figures that should hold (action I, A, R or M); to "
                    + "withdraw a figure, resubmit the country and year without it.",
            "An SDMX-CSV 2.0 row with action D (delete) or an unknown action.");

    // ---- Consistency of the file ----

    public static final Check E_DUPLICATE_KEY = new Check("E_DUPLICATE_KEY", ERROR,
            "This figure ({key}) is also given on line {other}. Keep one of the two rows.",
            "The same country, year, offence and indicator twice (also ICCS0903 and CIA, which are the same "
                    + "offence). Raised on the later line, naming the earlier.");

    public static final Check E_CHILDREN_EXCEED_PARENT = new Check("E_CHILDREN_EXCEED_PARENT", ERROR,
            "The offences under {parent} add up to {sum} ({parts}), more than the {parent} figure {value} on "
                    + "this line. Offences recorded under a category cannot outnumber the category: correct one "
                    + "of them.",
            "For recorded offences (counts of offences add up), the children present add up to more than "
                    + "their parent.");

    public static final Check E_CHILD_EXCEEDS_PARENT = new Check("E_CHILD_EXCEEDS_PARENT", ERROR,
            "{child} ({value}) is larger than {parent} ({parentValue}, line {parentLine}) for {indicator}. A "
                    + "person counted under an offence is counted under its category too: correct one of them.",
            "For persons (suspects, victims, prosecutions, convictions), which may be counted under several "
                    + "offences, a child larger than its parent.");

    public static final Check W_CHILDREN_BELOW_PARENT = new Check("W_CHILDREN_BELOW_PARENT", WARNING,
            "Every offence under {parent} is given and they add up to {sum}, less than the {parent} figure "
                    + "{value} on this line: {difference} are not attributed to any of them. If that is right, "
                    + "say so in a note; otherwise move them under the right offence (OTHER_OTHER for the rest).",
            "For recorded offences, all children present but their sum is below the parent.");

    // ---- Plausibility ----

    public static final Check W_YOY_JUMP = new Check("W_YOY_JUMP", WARNING,
            "The value {value} is {change} the {previousYear} figure {previous} ({source}). "
                    + "Check the value; if it is right, a note saying why helps readers (flag b if the series "
                    + "breaks).",
            "Against the previous year of the same series, in the file or else in the warehouse: a change "
                    + "by more than `validation.jump-factor` (3) where either value is at least "
                    + "`validation.jump-minimum` (50). Not raised on a figure flagged b.");

    public static final Check W_AFTER_ZERO = new Check("W_AFTER_ZERO", WARNING,
            "The value {value} follows a zero in {previousYear} ({source}). Check that the zero was not meant as "
                    + "'not available'.",
            "A positive value where the previous year of the same series (file or warehouse) is 0.");

    // ---- Rows skipped (one counted warning per kind) ----

    public static final Check W_SKIPPED_NON_CYBER = new Check("W_SKIPPED_NON_CYBER", WARNING,
            "{rows} with ICCS categories that are not cybercrime by definition ({codes}) were skipped; "
                    + "only ICCS0903 and its sub-categories are, the others only with the cyber-related tag. "
                    + "First at line {first}.",
            "Rows with ICCS categories outside 0903 (fraud, child pornography, ...): skipped, not rejected.");

    public static final Check W_SKIPPED_UNIT = new Check("W_SKIPPED_UNIT", WARNING,
            "{rows} in units other than counts ({codes}) were skipped; cyberstat computes rates itself. "
                    + "First at line {first}.",
            "Rows whose unit is not NR (for example P_HTHAB, per hundred thousand inhabitants).");

    public static final Check W_SKIPPED_AGGREGATE = new Check("W_SKIPPED_AGGREGATE", WARNING,
            "{rows} for aggregates ({codes}) were skipped: cyberstat computes EU aggregates from the "
                    + "national figures. First at line {first}.",
            "Rows for EU27_2020 or another aggregate.");

    public static final Check W_UNMAPPED_OFFENCE = new Check("W_UNMAPPED_OFFENCE", WARNING,
            "{rows} with {distinct} that profile {profile} does not map were "
                    + "ignored ({codes}). First at line {first}. Map the ones that are cybercrime under "
                    + "'offences:' in the profile.",
            "Profile only: national offence codes not listed under `offences:` (when `unmapped: warn`).");

    public static final Check E_UNMAPPED_OFFENCE = new Check("E_UNMAPPED_OFFENCE", ERROR,
            "National offence code '{value}' is not mapped by profile {profile}. Add it under 'offences:' or "
                    + "ignore it with an 'ignore:' rule.",
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
