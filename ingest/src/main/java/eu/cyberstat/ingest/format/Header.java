package eu.cyberstat.ingest.format;

import eu.cyberstat.problem.Checks;
import eu.cyberstat.problem.IssueCollector;
import eu.cyberstat.problem.Phrase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The header row of a table bound to the fields a format defines: which column holds each
 * field, under any of its accepted names (case, spacing and a byte-order mark do not matter).
 * Binding reports missing required columns, columns given twice and columns the format ignores.
 *
 * <p>SDMX-CSV 2.0 downloaded with {@code labels=name} (Eurostat's "codes and labels" option) puts
 * after {@code STRUCTURE_ID} a {@code STRUCTURE_NAME} column, and after each component column a
 * column with the component's name as header and each code's name as content:
 * {@code TIME_PERIOD,Time,OBS_VALUE,Observation value}. Those label columns are recognised as
 * such and not read; {@code labels=both} writes {@code freq: Time frequency} and
 * {@code A: Annual} in one cell, of which {@link #code} keeps the code.
 */
public final class Header {

    /** A field of a format: its name, whether a file must have it, the header names it goes by. */
    public record Column(String field, boolean required, List<String> names) {
        public static Column required(String field, String... names) {
            return new Column(field, true, names(field, names));
        }

        public static Column optional(String field, String... names) {
            return new Column(field, false, names(field, names));
        }

        private static List<String> names(String field, String... names) {
            List<String> all = new ArrayList<>();
            all.add(field);
            all.addAll(Arrays.asList(names));
            return all.stream().map(Header::normalise).toList();
        }
    }

    private final TableRow row;
    private final Map<String, Integer> indexByField = new LinkedHashMap<>();
    private final Map<String, String> nameByField = new LinkedHashMap<>();

    private Header(TableRow row) {
        this.row = row;
    }

    /** "\uFEFFGeo " → "geo"; SDMX-CSV "FREQ: Time frequency" → "freq". */
    public static String normalise(String headerText) {
        String s = headerText.replace("\uFEFF", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return s;
    }

    /** The SDMX reading of a header or code cell: the code before a ": label" part. */
    public static String code(String text) {
        int colon = text.indexOf(':');
        return colon > 0 ? text.substring(0, colon).strip() : text.strip();
    }

    /**
     * Binds the header to the format's columns. Columns named in {@code silent} (metadata a
     * format carries, like SDMX's DATAFLOW) are ignored without a warning. Returns null when
     * a required column is missing or given twice: the rows cannot be read. {@code formatName}
     * is a proper name ("SDMX-CSV 1.0") or a {@link Phrase} to be written in each language.
     */
    public static Header bind(TableRow row, List<Column> columns, List<String> silent, Object formatName,
                              boolean sdmxCodes, IssueCollector issues) {
        Header header = new Header(row);
        boolean usable = true;
        List<String> silentNames = silent.stream().map(Header::normalise).toList();
        Set<Integer> labels = sdmxCodes ? sdmxLabelColumns(row, columns) : Set.of();
        for (int i = 0; i < row.size(); i++) {
            String written = row.cell(i).text();
            if (written.isBlank() || labels.contains(i)) {
                continue;
            }
            String name = normalise(sdmxCodes ? code(written.replace("\uFEFF", "")) : written);
            Column column = columns.stream().filter(c -> c.names().contains(name)).findFirst().orElse(null);
            if (column == null) {
                if (!silentNames.contains(name)) {
                    issues.add(Checks.W_EXTRA_COLUMN, row.line(), written, "column", written, "format", formatName);
                }
                continue;
            }
            Integer previous = header.indexByField.putIfAbsent(column.field(), i);
            if (previous != null) {
                issues.add(Checks.E_DUPLICATE_COLUMN, row.line(), written, "column", written,
                        "first", previous + 1, "second", i + 1);
                if (column.required()) {
                    usable = false;
                }
            } else {
                header.nameByField.put(column.field(), written.replace("\uFEFF", "").strip());
            }
        }
        for (Column column : columns) {
            if (column.required() && !header.indexByField.containsKey(column.field())) {
                issues.add(Checks.E_MISSING_COLUMN, row.line(), column.field(), "column", column.field(),
                        "advice", Phrase.of("advice.format-columns", "format", formatName, "columns",
                                String.join(", ", columns.stream().filter(Column::required).map(Column::field).toList())));
                usable = false;
            }
        }
        return usable ? header : null;
    }

    /** SDMX-CSV 2.0 columns before the components, which have no label column of their own. */
    private static final Set<String> SDMX_FIXED = Set.of("structure", "structure_id", "structure_name", "action",
            "series_key", "obs_key");

    /**
     * The label columns of an SDMX-CSV 2.0 header written with {@code labels=name} (one that has a
     * {@code STRUCTURE_NAME} column; none otherwise): the column right after each component
     * column, unless its header repeats that column's header word for word or names another
     * field of the format. So {@code TIME_PERIOD,Time} is a code and its label, while
     * {@code TIME_PERIOD,TIME_PERIOD}, or a second {@code geo} further on, stays a duplicate.
     */
    static Set<Integer> sdmxLabelColumns(TableRow row, List<Column> columns) {
        Set<Integer> labels = new HashSet<>();
        boolean labelled = false;
        for (int i = 0; i < row.size(); i++) {
            labelled |= sdmxName(row, i).equals("structure_name");
        }
        if (!labelled) {
            return labels;
        }
        for (int i = 0; i + 1 < row.size(); i++) {
            String name = sdmxName(row, i);
            if (name.isEmpty() || SDMX_FIXED.contains(name) || name.startsWith("structure[")) {
                continue;
            }
            String next = sdmxName(row, i + 1);
            String field = fieldOf(columns, name);
            String nextField = fieldOf(columns, next);
            boolean repeated = normalise(row.cell(i + 1).text()).equals(normalise(row.cell(i).text()));
            boolean another = SDMX_FIXED.contains(next) || nextField != null && !nextField.equals(field);
            if (!repeated && !another) {
                labels.add(i + 1);
                i++; // a label column is not a component with a label of its own
            }
        }
        return labels;
    }

    private static String sdmxName(TableRow row, int i) {
        return normalise(code(row.cell(i).text().replace("\uFEFF", "")));
    }

    private static String fieldOf(List<Column> columns, String name) {
        return columns.stream().filter(c -> c.names().contains(name)).map(Column::field).findFirst().orElse(null);
    }

    /** The field of a row as a {@link Field} named after the header cell; null when the format's column is absent. */
    public Field field(TableRow data, String field) {
        Integer index = indexByField.get(field);
        return index == null ? null : Field.of(nameByField.get(field), data.cell(index));
    }

    public int index(String field) {
        return indexByField.getOrDefault(field, -1);
    }

    public TableRow row() {
        return row;
    }

    /** The largest column index among the given fields, -1 if none is bound. */
    public int lastIndexOf(List<String> fields) {
        return fields.stream().mapToInt(this::index).max().orElse(-1);
    }
}
