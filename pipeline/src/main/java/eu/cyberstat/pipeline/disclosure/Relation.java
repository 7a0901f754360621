package eu.cyberstat.pipeline.disclosure;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A linear relation that holds between published numbers and that anyone can write down:
 * {@code Σ coefficient × cell = 0}. A whole minus its parts: the EU sum minus its Member States,
 * the panel sum minus the panel's Member States, a country's group minus its offences.
 */
record Relation(String kind, Map<TableCell, Integer> terms) {

    static final String EU_SUM = "EU sum";
    static final String PANEL_SUM = "panel sum";
    static final String CLASSIFICATION = "offence classification";

    Relation {
        TreeMap<TableCell, Integer> sorted = new TreeMap<>(TableCell.ORDER);
        sorted.putAll(terms);
        terms = Collections.unmodifiableMap(sorted);
    }

    /** {@code whole − Σ parts = 0}. */
    static Relation wholeOfParts(String kind, TableCell whole, Iterable<TableCell> parts) {
        Map<TableCell, Integer> terms = new TreeMap<>(TableCell.ORDER);
        terms.put(whole, 1);
        for (TableCell p : parts) {
            terms.merge(p, -1, Integer::sum);
        }
        return new Relation(kind, terms);
    }
}
