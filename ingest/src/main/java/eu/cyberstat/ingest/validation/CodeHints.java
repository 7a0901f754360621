package eu.cyberstat.ingest.validation;

import eu.cyberstat.problem.Phrase;
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
 * Suggestions for codes a file gets wrong, as the phrase that follows the problem ("Greece is
 * EL."; empty text when there is none): the usual confusions of ISO and Eurostat country codes,
 * country and offence names written out, and near misses of a code.
 */
final class CodeHints {

    /** No hint: the message goes on without one. */
    private static final String NONE = "";

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

    Object country(String written) {
        String upper = written.strip().toUpperCase(Locale.ROOT);
        if (upper.equals("GR")) {
            return Phrase.of("hint.greece");
        }
        if (upper.equals("GB")) {
            return Phrase.of("hint.united-kingdom");
        }
        if (upper.startsWith("EU") || upper.startsWith("EA")) {
            return Phrase.of("hint.aggregate");
        }
        String geo = countryByAlias.get(upper);
        if (geo != null && upper.length() == 3) {
            return Phrase.of("hint.alpha3", "written", upper, "country", name(geo), "geo", geo);
        }
        geo = countryByAlias.get(fold(written));
        if (geo != null) {
            return Phrase.of("hint.write-country-as", "country", name(geo), "geo", geo);
        }
        return NONE;
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

    Object offence(String written) {
        String upper = written.strip().toUpperCase(Locale.ROOT);
        String folded = fold(written);
        for (Offence o : reference.offences().all()) {
            for (String label : names(o.label())) {
                if (fold(label).equals(folded)) {
                    return Phrase.of("hint.write-as", "written", written.strip(), "code", o.code());
                }
            }
        }
        if (!upper.isEmpty() && upper.chars().allMatch(Character::isDigit)) {
            return Phrase.of("hint.needs-profile");
        }
        return didYouMean(nearest(upper, reference.offences().all().stream().map(Offence::code).toList()));
    }

    Object indicator(String written) {
        String upper = written.strip().toUpperCase(Locale.ROOT);
        String folded = fold(written);
        for (Indicator i : reference.indicators()) {
            for (String label : names(i.label())) {
                if (fold(label).equals(folded)) {
                    return Phrase.of("hint.write-as", "written", written.strip(), "code", i.code());
                }
            }
        }
        return didYouMean(nearest(upper, reference.indicators().stream().map(Indicator::code).toList()));
    }

    private static Object didYouMean(String near) {
        return near == null ? NONE : Phrase.of("hint.did-you-mean", "code", near);
    }

    /** The country's name in each language. */
    private Labels name(String geo) {
        return reference.countries().get(geo).name();
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
