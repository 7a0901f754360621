package eu.cyberstat.pipeline.metrics;

import eu.cyberstat.figure.Figure;
import eu.cyberstat.reference.Countries;
import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Indicator;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.ReferenceData;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Publication order of figures, the same on every run: EU27_2020 first, then countries in
 * protocol order; offences in classification order; indicators in reference order; years
 * ascending. Codes the reference data does not know sort after the known ones, by code.
 */
public final class FigureOrder implements Comparator<Figure> {

    private final Map<String, Integer> geoRank = new HashMap<>();
    private final Map<String, Integer> offenceRank = new HashMap<>();
    private final Map<String, Integer> indicatorRank = new HashMap<>();

    public FigureOrder(ReferenceData reference) {
        geoRank.put(Countries.EU27_2020, -1);
        List<Country> countries = reference.countries().all();
        for (int i = 0; i < countries.size(); i++) {
            geoRank.putIfAbsent(countries.get(i).geo(), i);
        }
        List<Offence> offences = reference.offences().all();
        for (int i = 0; i < offences.size(); i++) {
            offenceRank.put(offences.get(i).code(), i);
        }
        List<Indicator> indicators = reference.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            indicatorRank.put(indicators.get(i).code(), i);
        }
    }

    @Override
    public int compare(Figure a, Figure b) {
        int c = byRank(geoRank, a.geo(), b.geo());
        if (c == 0) {
            c = byRank(offenceRank, a.offence(), b.offence());
        }
        if (c == 0) {
            c = byRank(indicatorRank, a.indicator(), b.indicator());
        }
        return c != 0 ? c : Integer.compare(a.year(), b.year());
    }

    private static int byRank(Map<String, Integer> ranks, String a, String b) {
        int c = Integer.compare(ranks.getOrDefault(a, Integer.MAX_VALUE), ranks.getOrDefault(b, Integer.MAX_VALUE));
        return c != 0 ? c : a.compareTo(b);
    }
}
