package eu.cyberstat.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;

/**
 * The reference data versioned with cyberstat: countries, the offence classification,
 * indicators, flag labels, population and the national alert platforms.
 */
public record ReferenceData(Countries countries, OffenceClassification offences, List<Indicator> indicators,
                            Map<Character, Labels> flagLabels, PopulationTable population, Map<String, Platform> platforms) {

    private static volatile ReferenceData shipped;

    /** The reference data shipped in this build (loaded once). */
    public static ReferenceData shipped() {
        ReferenceData r = shipped;
        if (r == null) {
            synchronized (ReferenceData.class) {
                if (shipped == null) {
                    shipped = new ReferenceData(Countries.load(), OffenceClassification.load(), loadIndicators(),
                            loadFlagLabels(), PopulationTable.load(), loadPlatforms());
                }
                r = shipped;
            }
        }
        return r;
    }

    /** The codes of the indicators whose category figures are sums of their offences' figures. */
    public Set<String> additiveIndicators() {
        return indicators.stream().filter(Indicator::isAdditive).map(Indicator::code).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    private static List<Indicator> loadIndicators() {
        return ReferenceCsv.read("indicators.csv").stream()
                .map(r -> new Indicator(r.get("code"), Boolean.parseBoolean(r.get("core")),
                        Boolean.parseBoolean(r.get("additive")), ReferenceCsv.labels(r, "label")))
                .toList();
    }

    /** The platform registered under {@code id}, if it is. */
    public Optional<Platform> platform(String id) {
        return Optional.ofNullable(platforms.get(id));
    }

    private static Map<String, Platform> loadPlatforms() {
        Map<String, Platform> map = new java.util.LinkedHashMap<>();
        for (CSVRecord r : ReferenceCsv.read("platforms.csv")) {
            map.put(r.get("platform"), new Platform(r.get("platform"), r.get("geo"), ReferenceCsv.labels(r, "name")));
        }
        return Map.copyOf(map);
    }

    private static Map<Character, Labels> loadFlagLabels() {
        java.util.Map<Character, Labels> map = new java.util.TreeMap<>();
        for (CSVRecord r : ReferenceCsv.read("flags.csv")) {
            map.put(r.get("code").charAt(0), ReferenceCsv.labels(r, "label"));
        }
        return Map.copyOf(map);
    }
}
