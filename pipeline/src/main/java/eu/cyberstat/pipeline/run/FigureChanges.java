package eu.cyberstat.pipeline.run;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.figure.FigureColumn;
import eu.cyberstat.figure.FigureColumns;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which published figures a newer run would change against a published one: both runs' {@code
 * metrics-YYYY.csv} read back, figures matched on their key columns (country, offence, ICCS
 * code, indicator, year), every other column compared. A figure only one of the runs has is
 * added or withdrawn.
 */
public final class FigureChanges {

    /**
     * One difference.
     *
     * @param figure    the figure's key, e.g. {@code DE 0701 I0701 NR_OFFENCES 2022}
     * @param column    the column that differs; null when the figure is added or withdrawn
     * @param published its value in the published run (null: the published run does not have the figure)
     * @param newer     its value in the newer run (null: the newer run does not have the figure)
     */
    public record Change(String figure, String column, String published, String newer) {
    }

    private FigureChanges() {
    }

    /** The changes from the published run's output folder to the newer run's, in the published run's figure order. */
    public static List<Change> between(Path publishedDir, Path newerDir, int referenceYear) {
        String name = MetricsCsv.fileName(referenceYear);
        return between(PublishedRun.figures(publishedDir.resolve(name)), PublishedRun.figures(newerDir.resolve(name)));
    }

    static List<Change> between(List<Figure> published, List<Figure> newer) {
        Map<String, Figure> before = byKey(published);
        Map<String, Figure> after = byKey(newer);
        List<Change> changes = new ArrayList<>();
        before.forEach((key, old) -> {
            Figure now = after.get(key);
            if (now == null) {
                changes.add(new Change(key, null, "present", null));
                return;
            }
            for (FigureColumn c : FigureColumns.PUBLISHED) {
                if (c.role() != FigureColumn.Role.KEY && !Objects.equals(old.get(c), now.get(c))) {
                    changes.add(new Change(key, c.name(), text(old.get(c)), text(now.get(c))));
                }
            }
        });
        after.forEach((key, now) -> {
            if (!before.containsKey(key)) {
                changes.add(new Change(key, null, null, "present"));
            }
        });
        return changes;
    }

    private static Map<String, Figure> byKey(List<Figure> figures) {
        Map<String, Figure> m = new LinkedHashMap<>();
        for (Figure f : figures) {
            List<String> key = new ArrayList<>();
            for (FigureColumn c : FigureColumns.PUBLISHED) {
                if (c.role() == FigureColumn.Role.KEY) {
                    key.add(String.valueOf(f.get(c)));
                }
            }
            m.put(String.join(" ", key), f);
        }
        return m;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
