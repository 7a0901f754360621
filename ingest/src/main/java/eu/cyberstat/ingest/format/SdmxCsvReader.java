package eu.cyberstat.ingest.format;

import static eu.cyberstat.ingest.format.Header.Column.optional;
import static eu.cyberstat.ingest.format.Header.Column.required;

import eu.cyberstat.problem.Checks;
import eu.cyberstat.problem.IssueCollector;
import eu.cyberstat.problem.Phrase;
import eu.cyberstat.reference.Flags;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SDMX-CSV as Eurostat publishes crim_off_cat: version 1.0 ({@code DATAFLOW,LAST UPDATE,freq,
 * iccs,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG}) and 2.0 ({@code STRUCTURE,STRUCTURE_ID,ACTION,...,
 * OBS_VALUE,OBS_FLAG,CONF_STATUS}), as downloaded with codes only, with labels in the code cells
 * ({@code labels=both}: {@code A: Annual}) or with a label column after each code column
 * ({@code labels=name}: {@code freq,Time frequency}; see {@link Header}). An observation
 * without a value and without a flag is not a figure (Eurostat lists the whole cube).
 */
public final class SdmxCsvReader implements FigureReader {

    private static final List<Header.Column> COLUMNS = List.of(
            required(EurostatKeys.GEO, EurostatKeys.NAMES.get(EurostatKeys.GEO)),
            required(EurostatKeys.OFFENCE, EurostatKeys.NAMES.get(EurostatKeys.OFFENCE)),
            required(EurostatKeys.TIME, EurostatKeys.NAMES.get(EurostatKeys.TIME)),
            required("obs_value"),
            optional(EurostatKeys.FREQ),
            optional(EurostatKeys.UNIT),
            optional(EurostatKeys.INDICATOR, EurostatKeys.NAMES.get(EurostatKeys.INDICATOR)),
            optional("obs_flag"),
            optional("obs_status"),
            optional("conf_status"),
            optional("note", "obs_comment", "comment_obs"),
            optional("action"));

    /** Message metadata, not data. */
    private static final List<String> METADATA = List.of("dataflow", "last update", "structure", "structure_id",
            "structure_name", "data_provider", "series_key", "obs_key");

    /** SDMX observation status codes (CL_OBS_STATUS) as Eurostat flags; A (normal) and M/L (missing) carry none. */
    private static final Map<String, String> OBS_STATUS = Map.ofEntries(
            Map.entry("A", ""), Map.entry("B", "b"), Map.entry("D", "d"), Map.entry("E", "e"), Map.entry("F", "f"),
            Map.entry("I", "e"), Map.entry("P", "p"), Map.entry("U", "u"), Map.entry("M", ""), Map.entry("L", ""),
            Map.entry("N", "n"), Map.entry("S", "s"), Map.entry("R", "r"));

    /** Confidentiality statuses (CL_CONF_STATUS) under which a figure is confidential. */
    private static final Set<String> CONFIDENTIAL = Set.of("C", "D", "S", "A", "N");

    private static final Set<String> ACTIONS = Set.of("I", "A", "R", "M");

    private final String formatName;

    public SdmxCsvReader(String formatName) {
        this.formatName = formatName;
    }

    public static boolean isVersion1Header(TableRow row) {
        return Header.normalise(Header.code(row.cell(0).text())).equals("dataflow");
    }

    public static boolean isVersion2Header(TableRow row) {
        String first = Header.normalise(Header.code(row.cell(0).text()));
        return first.equals("structure") || first.startsWith("structure[");
    }

    @Override
    public List<RawFigure> read(List<TableRow> rows, IssueCollector issues) {
        Header header = Header.bind(rows.get(0), COLUMNS, METADATA, formatName, true, issues);
        if (header == null) {
            return List.of();
        }
        // Excel pads every row of a CSV to the same number of fields, header included: a row with
        // more fields than the header has a separator too many (an unquoted "12,5").
        int width = header.row().size();
        List<RawFigure> figures = new ArrayList<>(rows.size());
        for (TableRow row : rows.subList(1, rows.size())) {
            if (row.size() > width) {
                issues.add(Checks.E_FIELD_COUNT, row.line(), "", "found", row.size(), "expected", width,
                        "advice", Phrase.of("advice.quote-separator"));
                continue;
            }
            Field action = header.field(row, "action");
            if (action != null && !action.isBlank()
                    && !ACTIONS.contains(EurostatKeys.code(action).toUpperCase(Locale.ROOT))) {
                issues.add(Checks.E_SDMX_ACTION, row.line(), action.column(), "value", action.text());
                continue;
            }
            Field value = header.field(row, "obs_value");
            if (value.text().equalsIgnoreCase("NaN")) {
                value = new Field(value.column(), "", null); // SDMX's way of writing "no value"
            }
            Field flags = flags(header, row);
            Field note = header.field(row, "note");
            if (value.isBlank() && flags.isBlank() && (note == null || note.isBlank())) {
                continue;
            }
            EurostatKeys.Key key = EurostatKeys.interpret(row.line(), header.field(row, EurostatKeys.FREQ),
                    header.field(row, EurostatKeys.OFFENCE), header.field(row, EurostatKeys.UNIT),
                    header.field(row, EurostatKeys.GEO), header.field(row, EurostatKeys.INDICATOR), issues);
            if (key == null) {
                continue;
            }
            Field time = header.field(row, EurostatKeys.TIME);
            figures.add(new RawFigure(row.line(), key.geo(), time, key.offence(), key.indicator(), value, flags, note,
                    null));
        }
        return figures;
    }

    /** OBS_FLAG, plus what OBS_STATUS and CONF_STATUS say in flag letters. */
    private static Field flags(Header header, TableRow row) {
        Field obsFlag = header.field(row, "obs_flag");
        Field status = header.field(row, "obs_status");
        Field conf = header.field(row, "conf_status");
        String text = obsFlag == null ? "" : EurostatKeys.code(obsFlag);
        String column = obsFlag == null ? "" : obsFlag.column();
        if (status != null && !status.isBlank()) {
            String s = EurostatKeys.code(status).toUpperCase(Locale.ROOT);
            // an unknown status is passed on as it is, for the flag check to name it
            text = text + OBS_STATUS.getOrDefault(s, s);
            column = column.isEmpty() ? status.column() : column;
        }
        if (conf != null && CONFIDENTIAL.contains(EurostatKeys.code(conf).toUpperCase(Locale.ROOT))) {
            text = Flags.with(text.toLowerCase(Locale.ROOT), Flags.CONFIDENTIAL);
            column = column.isEmpty() ? conf.column() : column;
        }
        return new Field(column, text, null);
    }
}
