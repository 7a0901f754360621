package eu.cyberstat.pipeline.metrics;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The fixed panel of one offence × indicator: the EU27 countries whose series is complete and
 * comparable over the whole window, on which the EU trends are computed. Countries that
 * reported some years but not in a way a panel can use are listed with the reason.
 *
 * @param members  geo codes of the panel, sorted
 * @param excluded geo → why the country is not in the panel
 */
public record Panel(String offence, String indicator, List<String> members, SortedMap<String, String> excluded) {

    public Panel {
        members = List.copyOf(members);
        excluded = new TreeMap<>(excluded);
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    public int size() {
        return members.size();
    }

    /** Convenience for tests and callers building a panel by hand. */
    public static Panel of(String offence, String indicator, List<String> members, Map<String, String> excluded) {
        return new Panel(offence, indicator, members, new TreeMap<>(excluded));
    }
}
