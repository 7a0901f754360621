package eu.cyberstat.reference;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/** The geo codes cyberstat knows, in protocol order (EU27 first). */
public final class Countries {

    /** Eurostat's code for the EU aggregate since 2020. */
    public static final String EU27_2020 = "EU27_2020";

    private final Map<String, Country> byGeo;
    private final List<Country> ordered;

    Countries(Collection<Country> countries) {
        Map<String, Country> map = new LinkedHashMap<>();
        countries.forEach(c -> map.put(c.geo(), c));
        this.byGeo = Map.copyOf(map);
        this.ordered = List.copyOf(countries);
    }

    static Countries load() {
        return new Countries(ReferenceCsv.read("countries.csv").stream().map(Countries::country).toList());
    }

    private static Country country(CSVRecord r) {
        return new Country(r.get("geo"), CountryGroup.valueOf(r.get("group")),
                Boolean.parseBoolean(r.get("eu27")), ReferenceCsv.labels(r, "name"));
    }

    public Optional<Country> find(String geo) {
        return Optional.ofNullable(byGeo.get(geo));
    }

    public Country get(String geo) {
        return find(geo).orElseThrow(() -> new IllegalArgumentException("Unknown geo code '" + geo + "'"));
    }

    public boolean isKnown(String geo) {
        return byGeo.containsKey(geo);
    }

    /** Every country and aggregate, EU27 members first in protocol order. */
    public List<Country> all() {
        return ordered;
    }

    public List<Country> eu27() {
        return ordered.stream().filter(Country::isEu27Member).toList();
    }
}
