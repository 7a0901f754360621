package eu.cyberstat.figure;

import eu.cyberstat.figure.Observation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A note given with a submission's figures, for one country: its text as the uploader wrote it,
 * the years of the figures that carry it and how many figures do. A note is the uploader's free
 * text, so it may hold anything: every output shows it through {@link #shown()}.
 */
public record SubmissionNote(String geo, String text, List<Integer> years, long figures) {

    /** Longer notes are cut: a note explains a figure, it is not a document. */
    static final int MAX_SHOWN = 300;

    public SubmissionNote {
        years = List.copyOf(new TreeSet<>(years));
    }

    /** The notes of some figures, one per country and text, in the order they were first given. */
    public static List<SubmissionNote> of(Collection<Observation> figures) {
        Map<List<String>, List<Observation>> byNote = new LinkedHashMap<>();
        for (Observation o : figures) {
            if (!o.note().isBlank()) {
                byNote.computeIfAbsent(List.of(o.geo(), o.note().strip()), k -> new ArrayList<>()).add(o);
            }
        }
        List<SubmissionNote> notes = new ArrayList<>();
        byNote.forEach((key, carrying) -> notes.add(new SubmissionNote(key.get(0), key.get(1),
                carrying.stream().map(Observation::year).toList(), carrying.size())));
        return notes;
    }

    /**
     * The note given with a whole submission (on the portal's confirmation, or {@code submit --note}),
     * for each country its figures cover, before the notes of single figures: what the uploader
     * said about the revisions reaches every place a figure's note does.
     */
    public static List<SubmissionNote> of(String submissionNote, Collection<Observation> figures) {
        List<SubmissionNote> notes = new ArrayList<>();
        if (submissionNote != null && !submissionNote.isBlank()) {
            Map<String, List<Observation>> byGeo = new LinkedHashMap<>();
            for (Observation o : figures) {
                byGeo.computeIfAbsent(o.geo(), k -> new ArrayList<>()).add(o);
            }
            byGeo.forEach((geo, carrying) -> notes.add(new SubmissionNote(geo, submissionNote.strip(),
                    carrying.stream().map(Observation::year).toList(), carrying.size())));
        }
        notes.addAll(of(figures));
        return notes;
    }

    /** The note as any output (terminal, PDF, workbook, page) may show it: see {@link #printable}. */
    public String shown() {
        return printable(text);
    }

    /**
     * Text from an upload made safe to show anywhere: on one line (line breaks and tabs become
     * spaces), every other control or invisible formatting character (a terminal escape, a
     * right-to-left override that would reverse what follows) written as its code ({@code \\u001B}),
     * and cut after {@value #MAX_SHOWN} characters. What is left is plain text; each output still
     * escapes it its own way (a workbook cell is never a formula, a page escapes markup).
     */
    public static String printable(String text) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < text.length() && shown < MAX_SHOWN; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            shown++;
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                sb.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || cp == 0x2028 || cp == 0x2029) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        }
        String s = sb.toString().strip();
        return text.codePointCount(0, text.length()) > MAX_SHOWN ? s + "…" : s;
    }
}
