package eu.cyberstat.reports.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Notes that must accompany a name wherever the report prints it: the designation footnote of
 * "Kosovo*" is the one the EU's style requires. The PDF puts each note at the foot of every page
 * where its name appears, in a table, a chart, the map, a heading or the running text.
 */
public record Footnotes(List<Footnote> notes) {

    /** One note: a stable id, the name as printed (with its marker) and the note's text. */
    public record Footnote(String id, String name, String text) {
    }

    public Footnotes {
        notes = List.copyOf(notes);
    }

    public static Footnotes none() {
        return new Footnotes(List.of());
    }

    /** The notes whose name occurs in {@code text}, in their order. */
    public List<Footnote> in(String text) {
        List<Footnote> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (Footnote n : notes) {
            if (text.contains(n.name())) {
                out.add(n);
            }
        }
        return out;
    }

    public Footnote byId(String id) {
        return notes.stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
    }
}
