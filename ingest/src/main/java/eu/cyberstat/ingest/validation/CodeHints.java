package eu.cyberstat.ingest.validation;

import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Indicator;
import eu.cyberstat.reference.Labels;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.ReferenceData;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Suggestions for codes a file gets wrong, in the words of the message that follows the
 * problem ("Greece is EL."): the usual confusions of ISO and Eurostat country codes, country and
 * offence names written out, and near misses of a code.
 */
final class CodeHints {

    private final ReferenceData reference;
    private final Map<String, String> countryByAlias = new HashMap<>();

    CodeHints(ReferenceData reference) {
        this.reference = reference;
        for (String iso2 : Locale.getISOCountries()) {
            String geo = eurostatGeo(iso2);
            if (reference.countries().isKnown(geo)) {
                try {
                    countryByAlias.put(new Locale("", iso2).getISO3Country(), geo);
                } catch (MissingResourceException e) {
                    // no alpha-3 code for this one
                }
            }
        }
        for (Country c : reference.countries().all()) {
            for (String name : names(c.name())) {
                countryByAlias.put(fold(name), c.geo());
            }
        }
    }

    /** Eurostat writes Greece EL and the United Kingdom UK where ISO 3166 has GR and GB. */
    private static String eurostatGeo(String iso2) {
        return switch (iso2) {
            case "GR" -> "EL";
            case "GB" -> "UK";
            default -> iso2;
        };
    }

    String country(String written) {
        String upper = written.strip().toUpperCase(Locale.ROOT);
        if (upper.equals("GR")) {
            return " Greece is EL in Eurostat's codes.";
        }
        if (upper.equals("GB")) {
            return " The United Kingdom is UK in Eurostat's codes (UKC-L, UKM, UKN for England and Wales, "
                    + "Scotland, Northern Ireland).";
        }
        if (upper.startsWith("EU") || upper.startsWith("EA")) {
            return " Submit national figures only: cyberstat computes the EU aggregate itself.";
        }
        String geo = countryByAlias.get(upper);
        if (geo != null && upper.length() == 3) {
            return " " + upper + " is an ISO 3166 alpha-3 code; " + name(geo) + " is " + geo + ".";
        }
        geo = countryByAlias.get(fold(written));
        if (geo != null) {
            return " Write " + name(geo) + " as " + geo + ".";
        }
        return "";
    }

    /**
     * The reporting countries nearest to what was written: the one an ISO code or a name stands
     * for ({@code GR}, {@code DEU}, {@code Grèce}), else the codes one letter away
     * ({@code DW} → DE), else names two letters away ({@code Germny}); empty when none is near.
     */
    List<Country> nearestCountries(String written) {
        String upper = written.strip().toUpperCase(Locale.ROOT);
        List<Country> reporting = reference.countries().all().stream().filter(c -> !c.isAggregate()).toList();
        String alias = upper.equals("GR") || upper.equals("GB") ? eurostatGeo(upper)
                : countryByAlias.containsKey(upper) ? countryByAlias.get(upper) : countryByAlias.get(fold(written));
        if (alias != null) {
            return reporting.stream().filter(c -> c.geo().equals(alias)).toList();
        }
        List<Country> byCode = closest(reporting, c -> List.of(c.geo()), upper, 1);
        return byCode.isEmpty() ? closest(reporting, c -> names(c.name()).stream().map(CodeHints::fold).toList(),
                fold(written), 2) : byCode;
    }

    /** The countries whose keys come within {@code tolerance} edits of {@code written}, nearest first, at most three. */
    private static List<Country> closest(List<Country> countries, java.util.function.Function<Country, List<String>> keys,
                                         String written, int tolerance) {
        Map<Country, Integer> distances = new java.util.LinkedHashMap<>();
        for (Country c : countries) {
            int d = keys.apply(c).stream().mapToInt(k -> distance(written, k)).min().orElse(Integer.MAX_VALUE);
            if (d <= tolerance && !written.isEmpty()) {
                distances.put(c, d);
            }
        }
        int best = distances.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        return distances.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).limit(3).toList();
    }

    String offence(String written) {
        String upper = written.strip().toUpperCase(Locale.ROOT);
        String folded = fold(written);
        for (Offence o : reference.offences().all()) {
            for (String label : names(o.label())) {
                if (fold(label).equals(folded)) {
                    return " Write '" + written.strip() + "' as " + o.code() + ".";
                }
            }
        }
        if (!upper.isEmpty() && upper.chars().allMatch(Character::isDigit)) {
            return " A national offence code needs a mapping profile (--profile) that maps it to the classification.";
        }
        String near = nearest(upper, reference.offences().all().stream().map(Offence::code).toList());
        return near == null ? "" : " Did you mean " + near + "?";
    }

    String indicator(String written) {
        String upper = written.strip().toUpperCase(Locale.ROOT);
        String folded = fold(written);
        for (Indicator i : reference.indicators()) {
            for (String label : names(i.label())) {
                if (fold(label).equals(folded)) {
                    return " Write '" + written.strip() + "' as " + i.code() + ".";
                }
            }
        }
        String near = nearest(upper, reference.indicators().stream().map(Indicator::code).toList());
        return near == null ? "" : " Did you mean " + near + "?";
    }

    private String name(String geo) {
        return reference.countries().get(geo).name().en();
    }

    private static List<String> names(Labels labels) {
        return List.of(labels.en(), labels.fr(), labels.de());
    }

    /** Case, accents, punctuation and spacing do not matter when matching a name. */
    private static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }

    /** The code closest to the one written, when it is a near miss (a typo, a missing underscore). */
    private static String nearest(String written, List<String> codes) {
        String w = written.replaceAll("[^A-Z0-9]", "");
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String code : codes) {
            int d = distance(w, code.replace("_", ""));
            if (d < bestDistance) {
                bestDistance = d;
                best = code;
            }
        }
        int tolerance = Math.min(2, Math.max(1, w.length() / 3));
        return bestDistance <= tolerance ? best : null;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
