package eu.cyberstat.ingest.profile;

import eu.cyberstat.ingest.format.Cell;
import eu.cyberstat.ingest.format.Field;
import eu.cyberstat.ingest.format.FigureReader;
import eu.cyberstat.ingest.format.Header;
import eu.cyberstat.ingest.format.NumberStyle;
import eu.cyberstat.ingest.format.RawFigure;
import eu.cyberstat.ingest.format.TableRow;
import eu.cyberstat.ingest.profile.MappingProfile.ColumnRef;
import eu.cyberstat.ingest.profile.MappingProfile.IgnoreRule;
import eu.cyberstat.ingest.profile.MappingProfile.OffenceMapping;
import eu.cyberstat.ingest.profile.MappingProfile.SeriesBreak;
import eu.cyberstat.ingest.profile.MappingProfile.ValueColumn;
import eu.cyberstat.problem.Checks;
import eu.cyberstat.problem.IssueCollector;
import eu.cyberstat.problem.Phrase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a national layout as its mapping profile describes it: finds the profile's columns in
 * the header, leaves out the rows the profile ignores and the national codes it does not map,
 * and gives each value column's figures in project terms (offence, indicator, flags, notes,
 * series breaks). What the figures then hold is checked like any other format's.
 */
public final class ProfileReader implements FigureReader {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final MappingProfile profile;

    public ProfileReader(MappingProfile profile) {
        this.profile = profile;
    }

    @Override
    public NumberStyle numberStyle() {
        return profile.decimal() == null ? null : NumberStyle.declared(profile.decimal(), profile.thousands());
    }

    /** One value to read per row: its column, the indicator and flags and note it carries, or the year of a wide table. */
    private record ValueSlot(int index, String column, String indicator, String flags, String note, String year) {
    }

    @Override
    public List<RawFigure> read(List<TableRow> rows, IssueCollector issues) {
        TableRow header = rows.get(0);
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(Header.normalise(header.cell(i).text()), i);
        }
        boolean usable = true;
        Map<String, Integer> fieldIndex = new HashMap<>();
        Map<String, String> fieldName = new HashMap<>();
        for (Map.Entry<String, ColumnRef> e : profile.columns().entrySet()) {
            Integer index = find(byName, e.getValue(), header, issues);
            if (index == null) {
                usable = false;
            } else {
                fieldIndex.put(e.getKey(), index);
                fieldName.put(e.getKey(), header.cell(index).text());
            }
        }
        List<ValueSlot> slots = new ArrayList<>();
        if (profile.columns().containsKey("value") && fieldIndex.containsKey("value")) {
            slots.add(new ValueSlot(fieldIndex.get("value"), fieldName.get("value"), null, "", "", null));
        }
        for (ValueColumn v : profile.values()) {
            if (v.yearColumns()) {
                for (int i = 0; i < header.size(); i++) {
                    String h = header.cell(i).text();
                    if (YEAR.matcher(h).matches()) {
                        slots.add(new ValueSlot(i, h, v.indicator(), v.flags(), v.note(), h));
                    }
                }
            } else {
                Integer index = find(byName, v.column(), header, issues);
                if (index == null) {
                    usable = false;
                } else {
                    slots.add(new ValueSlot(index, header.cell(index).text(), v.indicator(), v.flags(), v.note(), null));
                }
            }
        }
        List<Integer> ignoreIndex = new ArrayList<>();
        for (IgnoreRule rule : profile.ignore()) {
            Integer index = find(byName, rule.column(), header, issues);
            usable &= index != null;
            ignoreIndex.add(index);
        }
        if (!usable) {
            return List.of();
        }
        if (slots.isEmpty()) {
            issues.add(Checks.E_MISSING_COLUMN, header.line(), "", "column", Phrase.of("column.a-year"),
                    "advice", Phrase.of("advice.profile-year-columns", "profile", profile.fileName()));
            return List.of();
        }

        List<RawFigure> figures = new ArrayList<>();
        for (TableRow row : rows.subList(1, rows.size())) {
            if (ignored(row, ignoreIndex)) {
                continue;
            }
            String offenceColumn = fieldName.getOrDefault("offence", "");
            String national = fieldIndex.containsKey("offence") ? row.cell(fieldIndex.get("offence")).text() : null;
            Field offence;
            OffenceMapping mapping = null;
            if (national == null) {
                offence = Field.fixed(profile.fixed().get("offence"));
            } else if (profile.offences().isEmpty()) {
                offence = new Field(offenceColumn, national, null);
            } else {
                mapping = profile.offence(national);
                if (mapping == null) {
                    unmapped(row, offenceColumn, national, issues);
                    continue;
                }
                offence = new Field(offenceColumn, mapping.offence(), null);
            }
            Field geo = field(row, "country", fieldIndex, fieldName);
            Field rowYear = field(row, "year", fieldIndex, fieldName);
            Field rowIndicator = field(row, "indicator", fieldIndex, fieldName);
            if (fieldIndex.containsKey("indicator")) {
                rowIndicator = new Field(rowIndicator.column(),
                        profile.indicators().getOrDefault(rowIndicator.text(), rowIndicator.text()), null);
            }
            Field rowFlags = field(row, "flags", fieldIndex, fieldName);
            if (fieldIndex.containsKey("flags")) {
                rowFlags = new Field(rowFlags.column(), profile.flagCodes().getOrDefault(rowFlags.text(), rowFlags.text()),
                        null);
            }
            Field rowNote = field(row, "note", fieldIndex, fieldName);

            for (ValueSlot slot : slots) {
                Field year = slot.year() != null ? new Field(slot.column(), slot.year(), null) : rowYear;
                Integer y = yearOf(year);
                if (y != null && (y < profile.fromYear() || y > profile.toYear())) {
                    continue;
                }
                Cell cell = row.cell(slot.index());
                if (!cell.isNumeric() && profile.missing().contains(cell.text())) {
                    continue;
                }
                Field value = !cell.isNumeric() && profile.zero().contains(cell.text())
                        ? new Field(slot.column(), "0", null) : Field.of(slot.column(), cell);
                Field indicator = slot.indicator() != null ? Field.fixed(slot.indicator()) : rowIndicator;

                Set<String> notes = new LinkedHashSet<>();
                String flags = join(rowFlags.text(), profile.fixed().getOrDefault("flags", ""), slot.flags());
                add(notes, rowNote.text(), profile.fixed().get("note"), slot.note());
                if (mapping != null) {
                    flags = join(flags, mapping.flags());
                    add(notes, mapping.note());
                }
                if (national != null && y != null) {
                    SeriesBreak brk = profile.breakAt(national, y).orElse(null);
                    if (brk != null) {
                        flags = join(flags, brk.flags());
                        add(notes, brk.note());
                    }
                }
                figures.add(new RawFigure(row.line(), geo, year, offence, indicator, value,
                        new Field(rowFlags.column(), flags, null), new Field(rowNote.column(), String.join("; ", notes), null),
                        national));
            }
        }
        return figures;
    }

    private Integer find(Map<String, Integer> byName, ColumnRef ref, TableRow header, IssueCollector issues) {
        Integer index = byName.get(Header.normalise(ref.name()));
        if (index == null) {
            issues.add(Checks.E_MISSING_COLUMN, header.line(), ref.name(), "column", ref.name(),
                    "advice", Phrase.of("advice.profile-column", "profile", profile.fileName(), "line", ref.line(),
                            "headerLine", header.line(), "skipLines", profile.skipLines()));
        }
        return index;
    }

    private boolean ignored(TableRow row, List<Integer> ignoreIndex) {
        for (int i = 0; i < ignoreIndex.size(); i++) {
            if (profile.ignore().get(i).ignores(row.cell(ignoreIndex.get(i)).text())) {
                return true;
            }
        }
        return false;
    }

    private void unmapped(TableRow row, String column, String national, IssueCollector issues) {
        switch (profile.unmapped()) {
            case WARN -> issues.skip(Checks.W_UNMAPPED_OFFENCE, row.line(), column, national,
                    "profile", profile.fileName());
            case ERROR -> issues.add(Checks.E_UNMAPPED_OFFENCE, row.line(), column, "value", national,
                    "profile", profile.fileName());
            case IGNORE -> {
            }
        }
    }

    private Field field(TableRow row, String name, Map<String, Integer> index, Map<String, String> names) {
        Integer i = index.get(name);
        if (i != null) {
            return Field.of(names.get(name), row.cell(i));
        }
        return Field.fixed(profile.fixed().getOrDefault(name, ""));
    }

    private static Integer yearOf(Field f) {
        if (f.number() != null) {
            try {
                return f.number().intValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        return YEAR.matcher(f.text()).matches() ? Integer.valueOf(f.text()) : null;
    }

    private static String join(String... flags) {
        StringBuilder sb = new StringBuilder();
        for (String f : flags) {
            if (f != null) {
                sb.append(f);
            }
        }
        return sb.toString();
    }

    private static void add(Set<String> notes, String... texts) {
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                notes.add(t.strip());
            }
        }
    }
}
