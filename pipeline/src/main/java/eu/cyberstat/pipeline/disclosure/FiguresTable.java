package eu.cyberstat.pipeline.disclosure;

import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.OffenceClassification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The published numbers of one indicator × year as disclosure control sees them: every cell
 * with its value (the data holder knows them all, confidential ones included; null for a figure
 * sent without a value), and every linear relation between them that a reader knows from the
 * method alone.
 *
 * <p>The relations: each EU27 sum is its Member States with a value; each panel sum is its
 * panel's Member States; and, for additive indicators, a country's parent offence is the sum of
 * its children whenever it has a figure for the parent and for every child (true of a derived
 * parent by construction and assumed of a reported one, whatever W_PARENT_MISMATCH says: a
 * reader would assume it too).
 */
final class FiguresTable {

    private final Map<TableCell, Long> values;
    private final List<Relation> relations;

    private FiguresTable(Map<TableCell, Long> values, List<Relation> relations) {
        this.values = values;
        this.relations = relations;
    }

    /**
     * @param figures   the country figures of one indicator × year
     * @param panels    the panels of this indicator (members have a value in every year of the window)
     * @param additive  whether the indicator adds up the classification (offences recorded)
     */
    static FiguresTable of(List<ReportedFigure> figures, List<PanelMembers> panels, OffenceClassification offences,
                           Set<String> eu27, boolean additive, String indicator, int year) {
        Map<TableCell, Long> values = new TreeMap<>(TableCell.ORDER);
        Map<String, Map<String, ReportedFigure>> byCountry = new TreeMap<>();
        Map<String, List<TableCell>> euParts = new TreeMap<>();
        for (ReportedFigure f : figures) {
            values.put(f.cell(), f.value());
            byCountry.computeIfAbsent(f.geo(), g -> new LinkedHashMap<>()).put(f.offence(), f);
            if (eu27.contains(f.geo()) && f.value() != null) {
                euParts.computeIfAbsent(f.offence(), o -> new ArrayList<>()).add(f.cell());
            }
        }
        List<Relation> relations = new ArrayList<>();
        euParts.forEach((offence, parts) -> {
            TableCell eu = TableCell.eu(offence, indicator, year);
            values.put(eu, sum(parts, values));
            relations.add(Relation.wholeOfParts(Relation.EU_SUM, eu, parts));
        });
        for (PanelMembers p : panels) {
            List<TableCell> parts = p.members().stream()
                    .map(geo -> TableCell.country(geo, p.offence(), indicator, year)).toList();
            if (!parts.isEmpty() && parts.stream().allMatch(c -> values.get(c) != null)) {
                TableCell panel = TableCell.panel(p.offence(), indicator, year);
                values.put(panel, sum(parts, values));
                relations.add(Relation.wholeOfParts(Relation.PANEL_SUM, panel, parts));
            }
        }
        if (additive) {
            byCountry.forEach((geo, reported) -> {
                for (Offence parent : offences.all()) {
                    List<Offence> children = offences.children(parent.code());
                    if (!children.isEmpty() && reported.containsKey(parent.code())
                            && children.stream().allMatch(c -> reported.containsKey(c.code()))) {
                        relations.add(Relation.wholeOfParts(Relation.CLASSIFICATION, reported.get(parent.code()).cell(),
                                children.stream().map(c -> reported.get(c.code()).cell()).toList()));
                    }
                }
            });
        }
        return new FiguresTable(values, relations);
    }

    private static Long sum(List<TableCell> parts, Map<TableCell, Long> values) {
        long s = 0;
        for (TableCell c : parts) {
            s += values.get(c);
        }
        return s;
    }

    /** Every cell, with its value (null when there is none). */
    Map<TableCell, Long> values() {
        return values;
    }

    List<Relation> relations() {
        return relations;
    }
}
